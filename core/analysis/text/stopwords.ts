/**
 * Stop words for key phrases and similar keyword work, written for this project: function words,
 * pronouns, particles and fillers in Indonesian and English, in the normalised form `normaliseText`
 * produces (so `yg`, `gw` are covered through `yang`, `saya`).
 *
 * Negations are deliberately NOT stop words: `tidak enak` and `not good` mean the opposite of
 * `enak` and `good`, so they must survive into phrases and features.
 */
const INDONESIAN = `
yang dan di ke dari pada untuk dengan dalam oleh atau juga karena agar supaya sebab bahwa jika kalau apabila bila
maka lalu kemudian setelah sebelum sesudah sejak sampai hingga ketika saat waktu sambil selama sedangkan namun tetapi
tapi melainkan padahal walau walaupun meskipun biarpun serta bagi tentang terhadap akan sudah telah sedang masih baru
pernah lagi saja cuma hanya pun lah kah tah nya ku mu sih dong deh kok loh lho kan nih tuh yah ya iya oh eh ah wah
nah hmm hm ini itu sini situ sana begini begitu demikian tersebut ada adalah ialah merupakan yaitu yakni
saya aku kamu anda dia ia beliau kami kita mereka kalian engkau kau
sebuah seorang para sang si pak bu bapak ibu kak kakak mas mbak bang abang om tante min admin
apa siapa mana di mana ke mana kapan mengapa kenapa bagaimana berapa apakah
bisa dapat boleh harus mau ingin perlu mesti
sangat amat sekali banget terlalu cukup agak lebih paling makin semakin
semua segala setiap tiap beberapa banyak sedikit para masing
sama bersama antara oleh per
jadi menjadi buat membuat bikin punya mempunyai memiliki
aja deh dong yuk ayo kayak seperti sepertinya mungkin memang emang toh kali
kemarin besok hari ini tadi nanti sekarang
haha hehe hihi
`;

const ENGLISH = `
a an the this that these those here there
i me my mine myself you your yours yourself he him his she her hers it its itself we us our ours they them their theirs
who whom whose which what when where why how
am is are was were be been being have has had having do does did doing
will would shall should can could may might must
and or but if then else so because as until while of at by for with about against between into through during
before after above below to from up down in out on off over under again further once
all any both each few more most other some such only own same than too very just also even still already yet
get got go goes going gone come came make made really much many lot lots
oh ah eh hey hi hello ok okay yeah yes yep well like
`;

/** Words that reverse the meaning of what follows; never stop words, and may start a phrase. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'tidak',
  'bukan',
  'belum',
  'jangan',
  'kurang',
  'tanpa',
  'tak',
  'not',
  'no',
  'never',
  'nothing',
  'none',
  'nobody',
  'neither',
  'nor',
  'without',
  'cannot',
  "n't",
]);

function parseWords(block: string): string[] {
  return block.split(/\s+/).filter((word) => word !== '');
}

export const STOP_WORDS: ReadonlySet<string> = new Set(
  [...parseWords(INDONESIAN), ...parseWords(ENGLISH)].filter((word) => !NEGATIONS.has(word)),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

export function isNegation(word: string): boolean {
  return NEGATIONS.has(word);
}
