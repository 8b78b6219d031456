/** Word lists for synthetic mentions, written for this project. */

// prettier-ignore
export const FIRST_NAMES = [
  'Budi', 'Siti', 'Dewi', 'Agus', 'Rizky', 'Putri', 'Andi', 'Fajar', 'Nur', 'Intan', 'Wahyu', 'Eko', 'Sri', 'Dian',
  'Rina', 'Yusuf', 'Ahmad', 'Fitri', 'Hendra', 'Indah', 'Joko', 'Kartika', 'Maya', 'Nanda', 'Rahmat', 'Sari', 'Teguh',
  'Wulan', 'Yogi', 'Bayu', 'Citra', 'Dimas', 'Galih', 'Hana', 'Ilham', 'Jihan', 'Kevin', 'Larasati', 'Mega', 'Nabila',
  'Reza', 'Salsa', 'Tiara', 'Umar', 'Vina', 'Wawan', 'Zahra', 'Aldi', 'Bella', 'Cahya', 'Desi', 'Erik', 'Farah',
  'Gita', 'Hadi', 'Irfan', 'Jessica', 'Ketut', 'Made', 'Nyoman', 'Wayan', 'Lina', 'Michael', 'Novi', 'Oktaviani',
  'Pandu', 'Ratna', 'Stefanus', 'Tono', 'Ujang', 'Asep', 'Cecep', 'Euis', 'Neneng', 'Slamet', 'Sugeng', 'Tri', 'Yanti',
];

// prettier-ignore
export const LAST_NAMES = [
  'Santoso', 'Pratama', 'Wijaya', 'Saputra', 'Hidayat', 'Nugroho', 'Lestari', 'Kurniawan', 'Siregar', 'Simanjuntak',
  'Harahap', 'Nasution', 'Situmorang', 'Wibowo', 'Setiawan', 'Susanto', 'Halim', 'Gunawan', 'Permata', 'Rahayu',
  'Putra', 'Hakim', 'Maulana', 'Ramadhan', 'Firmansyah', 'Sihombing', 'Lubis', 'Tanjung', 'Manurung', 'Sembiring',
  'Utami', 'Anggraini', 'Suryani', 'Hartono', 'Sulistyo', 'Purnomo', 'Daulay', 'Pangaribuan', 'Wulandari', 'Sanjaya',
];

/** Nicknames people put in handles instead of, or after, their name. */
// prettier-ignore
export const HANDLE_WORDS = [
  'ganteng', 'cantik', 'kece', 'official', 'real', 'id', 'jkt', 'sby', 'bdg', 'kuliner', 'foodie', 'traveller',
  'gamer', 'mamah', 'papah', 'bunda', 'anakkos', 'ojol', 'santuy', 'rebahan', 'kopi', 'senja', 'ngopi', 'jajan',
];

/** Made-up news outlets (a reserved `.example` domain, so no real site is named). */
// prettier-ignore
export const NEWS_OUTLETS = [
  ['kabarnusa', 'Kabar Nusa'], ['wartaharian', 'Warta Harian'], ['lensaberita', 'Lensa Berita'], ['suararakyat', 'Suara Rakyat'],
  ['portalkota', 'Portal Kota'], ['jakartadaily', 'Jakarta Daily'], ['beritabisnis', 'Berita Bisnis'], ['metropagi', 'Metro Pagi'],
  ['infoekonomi', 'Info Ekonomi'], ['kabarsurabaya', 'Kabar Surabaya'], ['medanpos', 'Medan Pos'], ['bandungraya', 'Bandung Raya'],
  ['teknoid', 'Tekno ID'], ['konsumenkita', 'Konsumen Kita'], ['pasarmodal', 'Pasar Modal Harian'], ['nusantaratimes', 'Nusantara Times'],
] as const;

// prettier-ignore
export const CITIES = [
  'Jakarta', 'Surabaya', 'Bandung', 'Medan', 'Semarang', 'Makassar', 'Palembang', 'Depok', 'Tangerang', 'Bekasi',
  'Bogor', 'Yogyakarta', 'Malang', 'Solo', 'Denpasar', 'Balikpapan', 'Pontianak', 'Manado', 'Padang', 'Pekanbaru',
  'Batam', 'Banjarmasin', 'Jayapura', 'Kupang', 'Cirebon', 'Tasikmalaya', 'Jember', 'Samarinda', 'Mataram', 'Ambon',
];

/** Informal spellings, chosen per use so the same word appears in its many written forms. */
export const SLANG: Readonly<Record<string, readonly string[]>> = {
  gak: ['gak', 'ga', 'nggak', 'enggak', 'tidak', 'gk', 'ngga', 'kagak'],
  bgt: ['bgt', 'banget', 'bangettt', 'bngt', 'bener2'],
  udah: ['udah', 'udh', 'sudah', 'dah', 'sdh'],
  blm: ['blm', 'belum', 'belom', 'blom'],
  yg: ['yg', 'yang'],
  skrg: ['skrg', 'sekarang', 'skrng', 'sekarang2'],
  kemarin: ['kemarin', 'kmrn', 'kemaren', 'tadi pagi', 'semalem', 'dari senin', 'minggu lalu'],
  tolong: ['tolong', 'tlg', 'mohon', 'plis', 'tolongin'],
  gimana: ['gimana', 'gmn', 'bagaimana', 'gimana sih'],
  laugh: ['wkwk', 'wkwkwk', 'haha', 'awokwok', 'xixixi', 'wkwkwkwk', 'hahaha'],
};

export const OPENERS_ID = ['Min,', 'Halo kak,', 'Guys,', 'Jujur ya,', 'Asli,', 'Duh,', 'Hadeh,', 'Gaes,', 'Wah,', 'Fix,'];
export const CLOSERS_ID = ['tolong dong', 'gimana sih', 'parah', 'hadeh', 'plis', 'makasih', 'sedih', 'mantap', 'ok sip', 'kapok'];
export const OPENERS_EN = ['Honestly,', 'Ok so', 'PSA:', 'Ugh,', 'Wow,', 'Not gonna lie,'];
export const CLOSERS_EN = ['smh', 'lol', 'just saying', 'please fix this', 'thanks!', 'ugh'];

export const EMOJI_POSITIVE = ['😍', '🤤', '🔥', '👍', '😋', '🥰', '🙏', '✨', '💯', '👏', '😁'];
export const EMOJI_NEGATIVE = ['😡', '😤', '😭', '🙄', '😠', '💔', '😩', '🤬', '😞', '🥲'];
export const EMOJI_QUESTION = ['🤔', '🙏', '😅', '🧐', '👀'];

export const GENERIC_HASHTAGS = [
  '#fyp',
  '#viral',
  '#kuliner',
  '#infojakarta',
  '#anakkos',
  '#review',
  '#kecewa',
  '#mantap',
  '#promo',
  '#belanjaonline',
];

/** Rupiah amounts as they are typed: `50rb`, `Rp150.000`, `1,2jt`. */
export const AMOUNTS = [
  '25rb',
  '50rb',
  '75rb',
  '100rb',
  '150rb',
  'Rp50.000',
  'Rp125.000',
  'Rp250.000',
  'Rp1.200.000',
  '1,5jt',
  '300 ribu',
  '2jt',
];

/** A second sentence people add to a post, by tone. */
export const FOLLOW_UPS: Record<'id' | 'en', Record<'complaint' | 'praise' | 'question' | 'promo', readonly string[]>> = {
  id: {
    complaint: [
      'padahal {udah} langganan dari dulu.',
      '{udah} {n}x kejadian kayak gini, {gak} ada perbaikan.',
      'minta tanggung jawabnya dong.',
      'semoga cepet ditanggepin, {udah} capek nunggu.',
      'ga lagi2 deh pake ini.',
      'screenshot chat CS nya ada, bisa aku kirim kalo perlu.',
    ],
    praise: ['recommended {bgt} pokoknya.', 'langganan terus deh.', 'sukses terus ya!', 'harga bersahabat, kualitas oke.'],
    question: ['makasih sebelumnya ya.', 'ditunggu jawabannya min.', 'soalnya bingung nih.'],
    promo: ['buruan sebelum kehabisan!', 'info lengkap cek bio ya.'],
  },
  en: {
    complaint: ['never again.', 'this is the third time this month.', 'customer service is useless.', 'expected better honestly.'],
    praise: ['highly recommend.', 'would buy again.', 'good job team!'],
    question: ['thanks in advance!', 'anyone?'],
    promo: ['link in bio.', 'ends sunday!'],
  },
};
