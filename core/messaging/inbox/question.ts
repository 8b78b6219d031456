/**
 * Whether a mention asks something, in Indonesian or English: a question mark ending a sentence (not
 * one inside a link), or a sentence that opens with a question word (`apakah`, `kapan`, `gimana`,
 * `how`, `why`, an auxiliary such as `can`/`is`), or a word carrying the question particle `-kah`.
 * Cheap and pure: it runs on every ingested mention the inbox rules look at.
 */
const ID_QUESTION_WORDS = new Set([
  'apa',
  'apakah',
  'apaan',
  'kapan',
  'kenapa',
  'mengapa',
  'knp',
  'napa',
  'bagaimana',
  'gimana',
  'gmn',
  'bgmn',
  'gmna',
  'dimana',
  'mana',
  'kemana',
  'berapa',
  'brp',
  'siapa',
  'bisakah',
  'bolehkah',
  'adakah',
  'kok',
  'kah',
  'tolong',
  'mohon',
  'mau',
]);

/** Requests (`tolong`, `mohon`) ask for an answer as much as questions do, so they count too. */
const EN_QUESTION_WORDS = new Set([
  'what',
  'when',
  'why',
  'how',
  'where',
  'who',
  'whom',
  'which',
  'whose',
  'can',
  'could',
  'would',
  'will',
  'should',
  'is',
  'are',
  'am',
  'was',
  'were',
  'do',
  'does',
  'did',
  'have',
  'has',
  'any',
  'anyone',
]);

/** Words ending in `-kah` that are not the question particle. */
const NOT_KAH = new Set(['langkah', 'nikah', 'menikah', 'sekolah', 'rumah', 'marah', 'kakah', 'pernikahan']);

const TAG_NEGATIONS = new Set(['gak', 'ga', 'nggak', 'ngga', 'enggak', 'tidak', 'belum', 'kan']);
const ALTERNATIVE_OPENERS = new Set(['bisa', 'ada', 'sudah', 'udah', 'boleh', 'jadi', 'masih', 'benar', 'bener']);

const LINK = /(?:https?:\/\/|www\.)\S+/gi;
const HANDLE_OR_TAG = /[@#][\w.]+/g;

export function detectQuestion(text: string): boolean {
  const clean = text.replace(LINK, ' ').replace(HANDLE_OR_TAG, ' ');
  if (/[?？]/.test(clean)) return true;
  for (const sentence of clean.split(/[.!;\n]+/)) {
    const words = sentence
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const first = words[0];
    if (first === undefined) continue;
    if (ID_QUESTION_WORDS.has(first) || EN_QUESTION_WORDS.has(first)) {
      // "apa" and "mana" open plenty of statements too; they ask when something follows.
      if (words.length >= 2) return true;
    }
    if (words.some((w) => w.length > 4 && w.endsWith('kah') && !NOT_KAH.has(w))) return true;
    // "bisa dibatalkan gak", "sudah diproses belum": an alternative question without a mark.
    const last = words[words.length - 1]!;
    if (words.length >= 3 && TAG_NEGATIONS.has(last) && words.slice(0, -1).some((w) => ALTERNATIVE_OPENERS.has(w))) return true;
  }
  return false;
}
