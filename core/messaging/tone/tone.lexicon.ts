/**
 * The tone check's word lists, Indonesian and English, written by us in the pattern language of
 * `phrase-pattern.ts`. Words are written as people type them; the slang lexicon folds `gak`, `ga`,
 * `nggak` and `tdk` into `tidak`, `lu`, `lo` and `km` into `kamu`, `udh` and `dah` into `sudah`, so one
 * entry covers those spellings. Regular expressions catch what is not words (`100%`, links, numbers).
 */
export interface TonePattern {
  regex: RegExp;
  /** Text the pattern cannot match without; checked first because running the regex costs more. */
  requires?: string;
}

export interface ToneLexicon {
  id: readonly string[];
  en: readonly string[];
  patterns?: readonly TonePattern[];
}

const YOU_ID = 'anda|kamu|kakak|kalian|bapak|ibu|agan|sis|gan|bro|mas|mbak';

/** Blaming the reader, lecturing, sarcasm and insults. */
export const CONFRONTATION: ToneLexicon = {
  id: [
    `${YOU_ID} yang? salah`,
    `${YOU_ID} yang? kurang|tidak teliti|baca|membaca|paham|mengerti|ngerti`,
    `${YOU_ID} sendiri yang`,
    'salah sendiri',
    'salah baca|lihat|tangkap',
    'coba|tolong baca|dibaca dulu|lagi|baik-baik',
    'baca|dibaca dulu|lagi|baik-baik',
    'makanya',
    'kan sudah? kami|saya? bilang|dibilang|dijelaskan|diinformasikan|ditulis|tertulis',
    'sudah kami|saya bilang|bilangin|jelaskan',
    'seperti yang sudah kami|saya? bilang|sampaikan|jelaskan',
    'sudah jelas tertulis|ditulis|dijelaskan',
    'jangan asal|sembarangan nuduh|menuduh|ngomong|bicara|komen|komentar',
    'dasar netizen|pelanggan|konsumen|customer',
    'haha',
    'bodoh|goblok|tolol|bego|dungu|norak|kampungan',
    'bisa baca tidak',
    'sok tahu|tau',
    'ngeyel|dibilangin',
    'netizen maha benar',
    'risiko|resiko anda|kamu|kakak|sendiri',
    'itu fitnah',
  ],
  en: [
    'you clearly|obviously|simply|just didn’t|never read|understand|check',
    'you didn’t|never read|understand|check',
    'did you even read|check',
    'you misread|misunderstood',
    'you are|were wrong|mistaken|confused',
    'your fault|mistake|problem',
    'as we|I already|previously|clearly said|stated|explained|mentioned|told',
    'as already said|stated|explained|mentioned',
    'we already told|said|explained',
    'if you had read',
    'learn to read',
    'try reading',
    'read it? again|carefully|properly',
    'read the faq|instructions|terms|post first|again|carefully',
    'user error',
    'nice try',
    'good luck with that',
    'stupid|idiot|dumb|ridiculous',
    'you should’ve|should have',
    'that’s on you',
    'clearly stated',
  ],
};

/** Denying, deflecting, minimising or telling people how to feel. */
export const DEFENSIVE: ToneLexicon = {
  id: [
    'bukan salah|kesalahan kami|kita|perusahaan',
    'bukan tanggung jawab kami|kita',
    'di luar tanggung jawab kami|kita',
    'bukan urusan kami|kita',
    'oknum',
    'tenang|santai saja',
    'harap|mohon tenang',
    'jangan panik|berlebihan|baper|heboh|marah|ribut',
    'tidak usah|perlu panik|berlebihan|baper|heboh|marah|ribut|dibesar',
    'dibesar besarkan',
    'hanya|cuma sebagian|segelintir kecil?',
    'hanya|cuma masalah|hal|kasus kecil|sepele',
    'sudah sesuai prosedur|sop|aturan|ketentuan',
    'kami sudah? tidak bisa berbuat apa',
    'kalau|jika tidak suka',
    'silakan pakai|pindah|beli * lain',
    'terserah',
    'bukan cuma|hanya anda|kamu|kakak',
    'kami tidak menerima komplain|keluhan',
    'mohon dimaklumi',
  ],
  en: [
    'not our fault|responsibility|problem|issue',
    'we’re not responsible|liable',
    'we’re not to blame',
    'calm down',
    'relax',
    'don’t panic|overreact',
    'overreacting',
    'isolated incident|case',
    'a few bad apples',
    'rogue employee|individual|staff',
    'only a few|handful',
    'only a small number',
    'we followed|complied with? * procedure|procedures|protocol|protocols|policy',
    'as per our policy',
    'nothing we can do',
    'if you don’t like it',
    'take your business elsewhere',
    'whatever',
  ],
};

/**
 * The law invoked against critics: in Indonesia a threat of UU ITE or defamation charges turns a
 * complaint into a scandal. Legal action against fraud in the brand's name is legitimate, hence a
 * warning for the lawyer and the crisis lead rather than a block.
 */
export const LEGAL_THREAT: ToneLexicon = {
  id: [
    'kami * laporkan|melaporkan|polisikan|tuntut|menuntut|somasi|perkarakan|mempolisikan',
    'jalur|tindakan|langkah hukum',
    'uu ite',
    'pencemaran nama baik',
    'fitnah',
  ],
  en: ['legal action', 'defamation|defamatory|slander|libel', 'see you in court', 'we * sue|report you', 'our lawyers'],
};

/** Promises nobody can keep: guarantees, absolutes, certainty about the future. */
export const PROMISE: ToneLexicon = {
  id: [
    'dijamin|terjamin|jaminan',
    'kami|saya jamin|menjamin',
    'tidak akan pernah? terulang|terjadi lagi?',
    'tidak akan ada lagi',
    'seratus persen',
    'pasti beres|selesai|aman|kembali|diganti|bisa',
    'selamanya',
    'tanpa kecuali',
  ],
  en: [
    'guaranteed|guarantee',
    'never happen|occur again',
    'will never',
    'one hundred percent',
    'rest assured',
    'we promise',
    'definitely will|be',
    'forever',
  ],
  patterns: [{ regex: /\b100\s?(?:%|persen\b|percent\b)/giu, requires: '100' }],
};

/** Admissions of fault, negligence or liability, and commitments to compensate: the lawyer reads these first. */
export const ADMISSION: ToneLexicon = {
  id: [
    'kami lalai',
    'kelalaian kami|kita|perusahaan',
    'kami * mengakui|akui kesalahan|kelalaian|kelalaiannya',
    'kesalahan|salah kami|kita sepenuhnya',
    'sepenuhnya kesalahan|salah kami|kita',
    'kami * bertanggung jawab penuh|sepenuhnya',
    'tanggung jawab penuh|sepenuhnya kami|kita',
    'kami akan? mengganti|ganti semua? kerugian',
    'ganti rugi',
    'kompensasi penuh',
    'data anda|kamu|pelanggan|nasabah * bocor',
    'kebocoran data',
  ],
  en: [
    'we were|are negligent',
    'our negligence',
    'we admit * liability|fault|negligence|responsibility',
    'entirely|completely|fully|totally our fault',
    'our fault entirely|completely',
    'we accept full * liability|responsibility',
    'we’re liable',
    'fully liable',
    'we will compensate|reimburse all|everyone|every',
    'full compensation',
    'data breach',
    'your data was|has been leaked|exposed|stolen|compromised',
  ],
};
