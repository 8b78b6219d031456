import type { BrandSector } from './synthetic-brands';

/**
 * Post templates written for this project. Slots: {b} brand as people spell it, {p} product,
 * {h} brand account, {tag} brand hashtag, {rival} another brand of the sector, {city}, {n} a small
 * number, {amt} an amount, {order} a tracking or order number, {friend} another user, {pos} {neg}
 * {q} emoji, and informal spellings such as {gak} {bgt} {udah} (see SLANG).
 */
export type Tone = 'complaint' | 'praise' | 'question' | 'promo';
type ByTone = Record<Tone, readonly string[]>;

export const INDONESIAN: Record<BrandSector, ByTone> = {
  noodle: {
    complaint: [
      '{b} {yg} aku beli {kemarin} rasanya aneh, {gak} kayak biasanya. {udah} ganti resep ya? {neg}',
      'beli {p} di warung deket rumah, pas dibuka mienya hancur semua. kecewa {bgt} {neg} {h}',
      '{h} kok {p} {skrg} porsinya makin dikit ya? harga naik isi berkurang {neg}',
      '{udah} {n} kali nemu bumbu {p} {yg} kosong. QC nya {gimana} {b}',
      '{p} kadaluarsa masih dijual di minimarket {city}. hati2 guys cek tanggalnya dulu {tag}',
      'minyak bumbunya {p} bocor semua ke dalem bungkus, {gak} bisa dimakan. {tolong} {h} {neg}',
      'kenapa ya {b} varian pedasnya {skrg} {gak} pedes sama sekali? kecewa {neg}',
    ],
    praise: [
      '{p} emang {gak} ada lawan buat malam2 hujan gini {pos}',
      'sarapan {p} + telor ceplok, mantap jiwa {pos} {tag}',
      'fix {p} varian baru enak {bgt}, pedesnya pas {pos}',
      'anak kos wajib stok {b} {pos} {laugh}',
      '{p} dikasih sawi sama cabe rawit, nikmat mana lagi yg kau dustakan {pos}',
      'akhir bulan penyelamat: {b} {pos} {laugh}',
    ],
    question: [
      '{h} min, {p} {udah} ada di {city} {blm} ya? {q}',
      '{b} vs {rival} enakan mana sih guys? {q}',
      'ada yg tau {p} halal {gak}? mau beli buat oleh2 {q}',
      '{friend} kamu {udah} coba {p} {blm}? katanya enak',
      'harga {p} di {city} berapa ya {skrg}? {q}',
    ],
    promo: [
      'GIVEAWAY {p}! follow {h}, like & tag 3 temen kamu ya {tag} #giveaway',
      'promo {b} di minimarket {city}: beli 5 gratis 1 {pos} #promo',
      'kuis berhadiah {b} satu dus, jawab di kolom komentar {tag}',
    ],
  },
  courier: {
    complaint: [
      'paket aku {udah} {n} hari {gak} gerak di gudang {city}. resi {order} {h} {tolong} dicek dong {neg}',
      'kurir {b} lempar paket ke pager, isinya pecah. {bgt} kecewa {neg}',
      'status {udah} diterima padahal paketnya {blm} sampe. {b} {gimana} ini?? #pakethilang',
      'CS nya lambat {bgt}, {udah} chat dari {kemarin} {blm} dibales. {h} {neg}',
      'COD ditolak tapi ongkir {amt} tetep ditagih. {b} aneh {bgt}',
      'paket hilang, {b} cuma bilang sabar kak. {udah} {n} hari kak! {neg} #pakethilang',
      'telat lagi telat lagi, pengiriman {b} {skrg} lambat {bgt} {neg}',
    ],
    praise: [
      'makasih kurir {b} {udah} nganterin pas hujan deres {pos}',
      '{b} cepet {bgt}, kirim dari {city} sehari nyampe {pos}',
      'kurir {b} ramah {bgt}, ditelpon dulu sebelum dateng {pos}',
      'pake {p} buat kirim ke {city}, aman sampe {gak} ada yg penyok {pos}',
    ],
    question: [
      '{h} min, resi {order} kok {gak} bisa dilacak ya? {q}',
      'ongkir {b} ke {city} berapa ya {skrg}? {q}',
      '{b} buka {gak} pas tanggal merah? mau kirim paket {q}',
      'ada yg tau cara klaim paket rusak di {b}? {q}',
    ],
    promo: ['gratis ongkir {b} ke seluruh {city} minggu ini! {tag} #promo', 'diskon {amt} pake {p} khusus pengguna baru {tag}'],
  },
  wallet: {
    complaint: [
      'saldo {b} aku kepotong {amt} tapi top up gagal. refund kapan {h}?? {neg}',
      'akun {b} tiba2 diblokir, {udah} verifikasi ulang tetep {gak} bisa. {tolong} {h}',
      'ada yg dapet sms OTP palsu ngatasnamain {b}? hati2 penipuan guys {tag}',
      'transfer ke bank pake {b} pending dari {kemarin}. CS nya cuma bales template {neg}',
      'bayar pake {b} gagal terus di kasir, malu {bgt} {neg}',
      '{h} kenapa ada transaksi {amt} yg {gak} aku lakuin?? akun aku dibobol? {neg}',
    ],
    praise: [
      'cashback {b} hari ini lumayan {bgt} {laugh} {pos}',
      'bayar parkir di {city} {udah} bisa pake {b}, praktis {pos}',
      'CS {b} cepet tanggap, refund {amt} {udah} balik {pos}',
      '{p} ngebantu {bgt} pas akhir bulan {laugh}',
    ],
    question: [
      '{h} promo cashback {amt} masih berlaku {gak} min? {q}',
      'cara upgrade akun {b} ke premium {gimana} ya? {q}',
      'top up {b} lewat minimarket kena biaya {gak} sih? {q}',
      '{b} atau {rival} yg cashbacknya lebih gede? {q}',
    ],
    promo: [
      'cashback 50% pake {b} di merchant pilihan {city}! {tag} #promo',
      'GIVEAWAY saldo {b} {amt} buat 10 orang, follow {h} #giveaway',
    ],
  },
};

export const ENGLISH: Record<BrandSector, ByTone> = {
  noodle: {
    complaint: [
      'Bought {p} yesterday and the seasoning packet was empty. Not the first time {h} {neg}',
      'Is it just me or did {b} change the recipe? tastes off now',
      'found something weird inside my {p} pack. {h} please explain {neg}',
      'so disappointed, {p} portions keep getting smaller while the price goes up',
    ],
    praise: [
      '{p} at 2am hits different {pos}',
      'honestly {b} is the best instant noodle, fight me {laugh}',
      'tried the new {p} and it is amazing {pos} {tag}',
    ],
    question: ['Is {p} available in Singapore? asking for a friend {q}', '{b} or {rival}, which one is better? {q}'],
    promo: ['Win a year of {b}! follow {h} and tag a friend #giveaway'],
  },
  courier: {
    complaint: [
      '{h} my parcel {order} has been stuck in {city} for {n} days. terrible service {neg}',
      'the {b} driver marked my package delivered but it never arrived {neg}',
      '{b} is always late lately, third time this month',
    ],
    praise: ['shoutout to the {b} driver who delivered in the pouring rain {pos}', '{p} got my parcel to {city} in one day, impressive'],
    question: ['does {b} deliver to {city} on weekends? {q}', 'how do I claim a damaged parcel with {b}? {q}'],
    promo: ['free shipping with {b} this week only {tag}'],
  },
  wallet: {
    complaint: [
      '{b} charged me twice for the same top up. still waiting for a refund {neg}',
      'got a phishing sms pretending to be {b}, be careful everyone {tag}',
      'my {b} account got locked for no reason {h} please help {neg}',
    ],
    praise: ['{b} cashback this week is actually decent {pos}', 'paying with {b} in {city} is so convenient now'],
    question: ['does {b} work for paying tolls in {city}? {q}', 'is {b} or {rival} better for transfers? {q}'],
    promo: ['{b} cashback promo is back, 50% at selected merchants #promo'],
  },
};

/** Javanese, Sundanese and code-switched posts: fewer, so one list per sector. */
export const REGIONAL: Record<'jv' | 'su' | 'mixed', Record<BrandSector, readonly string[]>> = {
  jv: {
    noodle: [
      '{p} pancen enak tenan, murah meneh {pos}',
      'wes tak tuku {p}, rasane kok bedo yo {neg}',
      'ono sing ngerti {b} varian anyar? {q}',
    ],
    courier: ['paketku durung teko {n} dino, kurir {b} piye iki {neg}', 'matur nuwun kurir {b}, cepet tenan {pos}'],
    wallet: ['saldo {b} ilang {amt}, aku kudu piye {neg}', 'cashback {b} lumayan lho {pos}'],
  },
  su: {
    noodle: ['asli ngeunah pisan {p} teh {pos}', '{b} ayeuna teu raos, kumaha ieu {neg}'],
    courier: ['paket can datang wae ti {kemarin}, kurir {b} kamana atuh {neg}', 'nuhun kurir {b}, gancang pisan {pos}'],
    wallet: ['kumaha ieu {b}, saldo abdi leungit {amt} {neg}', 'mayar nganggo {b} gampil pisan {pos}'],
  },
  mixed: {
    noodle: ['literally {p} tuh comfort food {bgt} sih {pos}', 'so disappointed sama {b}, rasanya beda {bgt} {neg}'],
    courier: ['so disappointed sama {b}, {udah} nunggu {n} days paketnya {blm} dateng {neg}', 'btw {b} fast {bgt} delivery nya {pos}'],
    wallet: ['which is better, {b} or {rival}? menurut kalian {gimana} {q}', 'top up {b} failed again, kesel {bgt} {neg}'],
  },
};

/** Headlines and leads in the register of online news. */
export const NEWS: Record<'id' | 'en', Record<BrandSector, readonly string[]>> = {
  id: {
    noodle: [
      '{b} Luncurkan Varian Baru {p} di {city}. Perusahaan menyebut permintaan mi instan meningkat menjelang akhir tahun.',
      'Harga {p} Naik {amt} per Dus, Pedagang di {city} Mengeluh Penjualan Turun',
      'Konsumen di {city} Laporkan Kemasan {p} Rusak, {b} Janji Lakukan Pemeriksaan',
    ],
    courier: [
      'Konsumen Keluhkan Keterlambatan Pengiriman {b} di {city}, Perusahaan Minta Maaf',
      '{b} Buka {n} Gudang Baru untuk Percepat Pengiriman ke Indonesia Timur',
    ],
    wallet: [
      '{b} Catat Pertumbuhan Pengguna Aktif, Transaksi Harian Capai {n} Juta',
      'Waspada Penipuan Mengatasnamakan {b}, Pengguna Diminta Tidak Memberikan Kode OTP',
    ],
  },
  en: {
    noodle: ['{b} launches new {p} flavour in {city} as instant noodle demand grows'],
    courier: ['{b} expands same-day delivery to {city}, eyes {n} new hubs next year'],
    wallet: ['{b} reports strong user growth as digital payments spread beyond Java'],
  },
};

/** A crisis in the making: one product, one defect, many angry posts within a day and a half. */
export const CRISIS: Record<'id' | 'en', readonly string[]> = {
  id: [
    'ADA SERANGGA DI DALEM {p}!!! {h} ini gimana tanggung jawabnya {neg} #rasamieberulat',
    'barusan liat video serangga di bungkus {p}, {gak} mau beli {b} lagi {neg}',
    '{friend} jangan makan {p} dulu, lagi viral ada serangganya {neg}',
    'kecewa {bgt} sama {b}, {udah} {n} orang nemu serangga. BPOM tolong cek {neg} #rasamieberulat',
    '{h} {udah} 12 jam {gak} ada klarifikasi soal serangga di {p}?? {neg}',
  ],
  en: ['insects found in {p} packs, {b} still silent {neg}', 'not buying {b} again after that insect video {neg} #rasamieberulat'],
};

/** Everyday chatter that names no brand; some of it uses the same words brand posts do. */
export const CHATTER: Record<'id' | 'en', readonly string[]> = {
  id: [
    'macet parah di {city} pagi ini, telat ngantor lagi {neg}',
    'hujan deres {bgt} di {city}, mager keluar {laugh}',
    'ada rekomendasi bakso enak di {city} {gak}? {q}',
    'mie ayam langganan tutup, sedih {neg}',
    'nunggu gajian masih {n} hari lagi {laugh}',
    'kurir paket tetangga {udah} dateng, punyaku kapan ya {q}',
    'top up pulsa gagal terus, provider lagi gangguan? {neg}',
    'akhirnya weekend, waktunya rebahan {pos}',
    'listrik mati lagi di {city}, {udah} {n} jam {neg}',
    '{friend} jadi nonton {gak} nanti malem?',
    'harga cabe naik lagi, emak2 pada ngeluh {neg}',
  ],
  en: [
    'traffic in {city} is insane today {neg}',
    'anyone know a good coffee place in {city}? {q}',
    'the rain will not stop {neg}',
    'finally friday {pos}',
  ],
};
