/**
 * Made-up brands for synthetic data (no real company is named): an instant noodle, its competitor,
 * a courier and an e-wallet, each with the watch queries a communications team would write for it.
 */
export type BrandSector = 'noodle' | 'courier' | 'wallet';
export type BrandKey = 'rasamie' | 'jempol' | 'kilat' | 'saku';

export interface SyntheticBrand {
  key: BrandKey;
  name: string;
  kind: 'own' | 'competitor';
  description: string;
  sector: BrandSector;
  /** How people write the name in posts, including a clitic form (`rasamienya`). */
  spellings: readonly string[];
  handle: string;
  hashtags: readonly string[];
  products: readonly string[];
  queries: readonly { name: string; query: string }[];
}

export const SYNTHETIC_BRANDS: readonly SyntheticBrand[] = [
  {
    key: 'rasamie',
    name: 'Rasamie',
    kind: 'own',
    description: 'Mi instan (merek sendiri)',
    sector: 'noodle',
    spellings: ['Rasamie', 'rasamie', 'RASAMIE', 'Rasa Mie', 'rasamienya', 'Rasamie-nya'],
    handle: '@rasamie_id',
    hashtags: ['#rasamie', '#rasamiegoreng', '#makanrasamie'],
    products: ['Rasamie Goreng', 'Rasamie Soto', 'Rasamie Kari Ayam', 'Rasamie Cup Pedas', 'Rasamie Geprek', 'Rasamie Rendang'],
    queries: [
      { name: 'Semua sebutan', query: 'rasamie OR "rasa mie" OR #rasamie OR #rasamiegoreng OR @rasamie_id' },
      {
        name: 'Keluhan produk',
        query:
          '(rasamie OR "rasa mie" OR @rasamie_id) (kecewa OR serangga OR kadaluarsa OR basi OR "rasanya aneh" OR "ganti resep" OR disappointed OR "changed the recipe")',
      },
      { name: 'Bahasa Inggris', query: '(rasamie OR #rasamie) lang:en' },
      { name: 'TikTok & Instagram', query: '(rasamie OR #rasamie) (platform:tiktok OR platform:instagram) -giveaway' },
      { name: 'Tanpa giveaway', query: 'rasamie NOT (giveaway OR #giveaway OR kuis)' },
    ],
  },
  {
    key: 'jempol',
    name: 'Mie Jempol',
    kind: 'competitor',
    description: 'Pesaing mi instan',
    sector: 'noodle',
    spellings: ['Mie Jempol', 'mie jempol', 'MIE JEMPOL', 'miejempol'],
    handle: '@miejempol',
    hashtags: ['#miejempol', '#jempolgoreng'],
    products: ['Mie Jempol Goreng', 'Mie Jempol Rendang', 'Mie Jempol Ayam Bawang', 'Mie Jempol Cup'],
    queries: [
      { name: 'Semua sebutan', query: '"mie jempol" OR miejempol OR #miejempol OR @miejempol' },
      { name: 'Pujian', query: '("mie jempol" OR #miejempol) (enak OR mantap OR murah OR amazing OR "the best")' },
      { name: 'Bahasa Indonesia tanpa promo', query: '("mie jempol" OR #miejempol) lang:id -promo' },
    ],
  },
  {
    key: 'kilat',
    name: 'KirimKilat',
    kind: 'own',
    description: 'Jasa kurir dan logistik',
    sector: 'courier',
    spellings: ['KirimKilat', 'kirimkilat', 'Kirim Kilat', 'KIRIMKILAT', 'kirimkilatnya'],
    handle: '@kirimkilat',
    hashtags: ['#kirimkilat', '#kilatexpress'],
    products: ['KirimKilat Reguler', 'KirimKilat Sameday', 'KirimKilat Kargo', 'KirimKilat COD'],
    queries: [
      { name: 'Semua sebutan', query: 'kirimkilat OR "kirim kilat" OR #kirimkilat OR @kirimkilat' },
      {
        name: 'Pengiriman bermasalah',
        query:
          '(kirimkilat OR "kirim kilat" OR @kirimkilat) (telat OR hilang OR lambat OR rusak OR pecah OR stuck OR "belum sampe" OR "blm sampe" OR late)',
      },
      { name: 'Resi dan paket', query: '(kirimkilat OR @kirimkilat) (resi OR paket OR parcel OR tracking) NOT promo' },
      { name: 'Paket hilang', query: '#pakethilang OR (kirimkilat "paket hilang")' },
      { name: 'Bahasa Inggris', query: '(kirimkilat OR @kirimkilat) lang:en' },
    ],
  },
  {
    key: 'saku',
    name: 'SakuPay',
    kind: 'own',
    description: 'Dompet digital',
    sector: 'wallet',
    spellings: ['SakuPay', 'sakupay', 'Saku Pay', 'SAKUPAY', 'sakupaynya'],
    handle: '@sakupay_id',
    hashtags: ['#sakupay', '#cashbacksakupay'],
    products: ['SakuPay', 'SakuPay Premium', 'SakuPay PayLater', 'SakuPay Cashback'],
    queries: [
      { name: 'Semua sebutan', query: 'sakupay OR "saku pay" OR #sakupay OR @sakupay_id' },
      {
        name: 'Keamanan akun',
        query: '(sakupay OR "saku pay" OR @sakupay_id) (penipuan OR otp OR "akun diblokir" OR scam OR phishing OR hacked)',
      },
      { name: 'Transaksi gagal', query: '(sakupay OR @sakupay_id) (refund OR kepotong OR gagal OR pending OR "charged me twice")' },
      { name: 'Promo tanpa giveaway', query: '(sakupay OR #sakupay) (cashback OR promo) NOT #giveaway' },
      { name: 'Twitter', query: '(sakupay OR #sakupay OR @sakupay_id) platform:twitter' },
      { name: 'Bahasa daerah', query: 'sakupay (lang:jv OR lang:su)' },
    ],
  },
];
