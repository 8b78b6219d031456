import { describe, expect, it } from 'vitest';
import { normaliseText } from '../text';
import { featureHi, featureHiAt, featureLo, hashFeature } from './hash64';
import { EMPTY_CLUSTER_KEY, areNearDuplicates, clusterBands, computeClusterKey, hammingDistance } from './cluster-key';

const BASE =
  'Saya kecewa sekali dengan pelayanan Indomaret cabang Sudirman, kasirnya jutek dan antrian panjang banget tidak ada yang peduli';

const DIFFERENT = [
  BASE,
  'Paket saya sudah dua minggu belum sampai juga, kurirnya tidak bisa dihubungi dan customer service cuma kasih jawaban template',
  'Tolong cek akun saya min, saldo tiba-tiba berkurang padahal saya tidak pernah melakukan transaksi apapun sejak kemarin malam',
  'Makanan yang saya pesan lewat aplikasi datang dalam keadaan dingin dan basi, pas dibuka baunya sudah tidak enak sama sekali',
  'Aplikasinya error terus dari pagi, tidak bisa login sama sekali padahal mau bayar tagihan listrik sebelum jatuh tempo',
  'Harga paket internet naik lagi tanpa pemberitahuan, kuotanya malah makin sedikit, benar-benar merugikan pelanggan setia',
  'Data pribadi pelanggan bocor dan dijual di forum, perusahaan harus bertanggung jawab dan segera memberi klarifikasi resmi',
  'Terima kasih untuk tim support yang sigap membantu mengembalikan dana saya dalam waktu kurang dari satu hari',
  'Ada hoaks yang beredar soal produk ini mengandung babi, tolong jangan langsung percaya sebelum cek sumber resmi',
  'Listrik padam sejak jam tujuh pagi di seluruh kecamatan, belum ada informasi kapan akan menyala kembali',
  'Driver ojol tadi ugal-ugalan di jalan dan hampir menabrak anak sekolah yang sedang menyeberang, tolong ditindak',
  'Promo diskon akhir tahun ternyata cuma gimmick, harga dinaikkan dulu baru dipotong supaya kelihatan murah',
  'Minuman kemasan yang saya beli di minimarket ada serangga di dalamnya, segel masih utuh waktu dibuka',
  'Kartu kredit saya dipakai transaksi di luar negeri tanpa izin, bank lambat sekali memblokir kartunya',
  'Kamarnya kotor, seprai bau, AC tidak dingin, sangat tidak sesuai dengan foto di situs pemesanan hotel',
  'The delivery was late again and the food arrived cold, I will never order from this restaurant again',
  'Great service at the Sudirman branch today, the staff were friendly and helped me choose the right phone',
  'Pesawat delay lima jam tanpa kompensasi apapun, penumpang dibiarkan menunggu di ruang tunggu yang panas',
  'Iklan terbaru mereka dianggap melecehkan perempuan dan menuai kecaman luas di media sosial sejak semalam',
  'Pegawai bank di cabang ini menolak melayani nasabah lansia dengan alasan sistem sedang gangguan',
  'Air PDAM keruh dan berbau sudah tiga hari, warga terpaksa membeli air galon untuk masak dan minum',
];

function distance(a: string, b: string): number {
  return hammingDistance(computeClusterKey(a), computeClusterKey(b));
}

describe('computeClusterKey', () => {
  it('is 16 hex digits and deterministic', () => {
    expect(computeClusterKey(BASE)).toMatch(/^[0-9a-f]{16}$/);
    expect(computeClusterKey(BASE)).toBe(computeClusterKey(BASE));
  });

  it('accepts a normalisation as well as text', () => {
    expect(computeClusterKey(normaliseText(BASE))).toBe(computeClusterKey(BASE));
  });

  it.each([
    ['a retweet', `RT @budi_s: ${BASE}`],
    ['an added handle', `@IndomaretCare ${BASE}`],
    ['an added link', `${BASE} https://t.co/AbCdEf123`],
    ['added emoji', `${BASE} 😡😡👎🏽`],
    ['changed case and punctuation', BASE.toUpperCase().replace(',', '!!!')],
    ['changed numbers', `${BASE} 10.000`],
    ['spelling variants the normaliser reads alike', BASE.replace('tidak', 'gak').replace('banget', 'bgttt')],
  ])('gives the same key to a copy with %s', (_, copy) => {
    expect(computeClusterKey(copy)).toBe(computeClusterKey(BASE));
  });

  it.each([
    ['a changed word', BASE.replace('jutek', 'galak')],
    ['another changed word', BASE.replace('Sudirman', 'Thamrin')],
    ['a word added', `${BASE} sumpah`],
    ['a word removed', BASE.replace(' sekali', '')],
    ['a changed word and an added handle', `@indomaret ${BASE.replace('panjang', 'lama')}`],
  ])('keeps a light edit (%s) near', (_, edited) => {
    expect(areNearDuplicates(computeClusterKey(BASE), computeClusterKey(edited))).toBe(true);
  });

  it('keeps one-word edits of several posts near', () => {
    for (const text of DIFFERENT.slice(1, 6)) {
      const words = text.split(' ');
      for (const at of [2, 7, 12]) {
        const edited = [...words.slice(0, at), 'qwerty', ...words.slice(at + 1)].join(' ');
        expect(areNearDuplicates(computeClusterKey(text), computeClusterKey(edited)), edited).toBe(true);
      }
    }
  });

  it('keeps 20 different realistic posts pairwise far apart', () => {
    const keys = DIFFERENT.map((text) => computeClusterKey(text));
    let closest = 64;
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) closest = Math.min(closest, hammingDistance(keys[i] ?? '', keys[j] ?? ''));
    }
    expect(closest).toBeGreaterThan(14);
  });

  it('separates short texts by characters, not only by whole words', () => {
    expect(distance('indomie enak', 'Indomie enak!!')).toBe(0);
    expect(distance('indomie enak', 'pelayanan buruk')).toBeGreaterThan(14);
  });

  it('keys emoji-only posts by their emoji and empty posts by a fixed key', () => {
    expect(computeClusterKey('😡😡')).not.toBe(computeClusterKey('😍'));
    expect(computeClusterKey('')).toBe(EMPTY_CLUSTER_KEY);
    expect(computeClusterKey('@a https://t.co/x')).toBe(EMPTY_CLUSTER_KEY);
  });
});

describe('hammingDistance and areNearDuplicates', () => {
  it('counts differing bits', () => {
    expect(hammingDistance('0000000000000000', '0000000000000000')).toBe(0);
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('8000000000000001', '0000000000000000')).toBe(2);
  });

  it('treats malformed keys as maximally distant', () => {
    expect(hammingDistance('xyz', '0000000000000000')).toBe(64);
  });

  it('honours the threshold', () => {
    expect(areNearDuplicates('1000000000000000', '1000000000000007', 3)).toBe(true);
    expect(areNearDuplicates('1000000000000000', '100000000000000f', 3)).toBe(false);
  });

  it('never calls the empty-content key near anything but itself', () => {
    expect(areNearDuplicates(EMPTY_CLUSTER_KEY, '0000000000000001')).toBe(false);
    expect(areNearDuplicates(EMPTY_CLUSTER_KEY, EMPTY_CLUSTER_KEY)).toBe(true);
  });
});

describe('clusterBands', () => {
  it('splits a key into four positioned 16-bit bands', () => {
    expect(clusterBands('0123456789abcdef')).toEqual(['0:0123', '1:4567', '2:89ab', '3:cdef']);
  });

  it('lets light edits share a band', () => {
    const a = clusterBands(computeClusterKey(BASE));
    const b = clusterBands(computeClusterKey(BASE.replace('jutek', 'galak')));
    expect(a.some((band) => b.includes(band))).toBe(true);
  });
});

describe('feature hashes', () => {
  it('hash a marked slice as the string it stands for', () => {
    for (const [mark, s, start, end] of [
      [0, ' kopi susu ', 0, 3],
      [0, ' kopi susu ', 4, 7],
      [1, '😡', 0, 2],
    ] as const) {
      expect(featureHiAt(mark, s, start, end)).toBe(hashFeature(String.fromCharCode(mark) + s.slice(start, end)).hi);
      expect(featureLo(featureHi(s))).toBe(hashFeature(s).lo);
    }
  });
});
