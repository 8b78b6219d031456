import { CLITIC_TAILS } from '../../query/clitics';
import { normaliseQueryText } from '../../query/text.normalise';
import { isKnownWord } from './known-words';
import { lookupSlang } from './slang-lexicon';
import { squeezeRepeats } from './word.squeeze';
import { WordRecord, recordGeneration, recordOf } from './word-record';

export interface WordNormalisation {
  /** Folded, squeezed, leetspeak undone: what `Token.norm` holds. */
  surface: string;
  /** What the word contributes to `NormalisedText.words`: slang expanded, clitics split, reduplication reduced. */
  words: readonly string[];
}

const PARTICLES = ['lah', 'kah', 'pun'] as const;
const POSSESSIVES = ['nya', 'ku', 'mu'] as const;
const PROCLITICS = ['kau', 'ku'] as const;

/** Reduplications whose meaning is not the base word's (`hati-hati` is "careful", `kupu-kupu` a butterfly). */
const LEXICAL_REDUPLICATIONS: ReadonlySet<string> = new Set([
  'hati',
  'kupu',
  'laba',
  'kura',
  'oleh',
  'mata',
  'pura',
  'tiba',
  'sia',
  'gara',
  'rata',
  'masing',
  'sama',
  'ubur',
  'paru',
  'cumi',
  'mentang',
  'kunang',
  'biri',
  'undang',
  'alih',
  'bayang',
]);

const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '6': 'g', '7': 't', '9': 'g' };
const LEET_DIGITS = /[0134-79]/g;
const HAS_LETTER = /[a-z]/;
const HAS_DIGIT = /\d/;
const REDUPLICATED_2 = /^([a-z]{2,})2(an|nya|ku|mu|lah)?$/;
const NUMBER_UNIT = /^(\d+)(rb|ribu|k|jt|juta)$/;
const UNITS: Readonly<Record<string, string>> = { rb: 'ribu', ribu: 'ribu', k: 'ribu', jt: 'juta', juta: 'juta' };
const LAUGH_WK = /^[awko]+$/;
const LAUGH_HA = /^(?:[ha]+|[he]+|[hi]+|[xi]+)$/;

/** A form the normaliser may settle on: a standard word or a lexicon entry. */
function isCandidate(word: string): boolean {
  return isKnownWord(word) || lookupSlang(word) !== undefined;
}

function count(word: string, char: string): number {
  let n = 0;
  for (const c of word) if (c === char) n++;
  return n;
}

/** `wkwkwk`, `awokawok`, `hahaha`, `hehe`, `xixixi`: all laughter, read as one word. */
function isLaughter(word: string): boolean {
  if (word.length < 4) return false;
  if (LAUGH_WK.test(word)) return count(word, 'w') >= 2 && count(word, 'k') >= 2;
  if (!LAUGH_HA.test(word)) return false;
  const first = word[0];
  const second = word[1];
  return count(word, first === 'h' ? 'h' : (second ?? '')) >= 2 && word !== 'haah';
}

function undoLeet(word: string): string {
  return word.replace(LEET_DIGITS, (digit) => LEET[digit] ?? digit);
}

/** Normalisation of a stem that may still carry clitics; `undefined` when it is not a word we recognise. */
function recognisedStem(stem: string, clitic: string): readonly string[] | undefined {
  if (stem.length < 2) return undefined;
  const squeezed = squeezeRepeats(stem, isCandidate);
  if (isCandidate(squeezed)) return normaliseSimple(squeezed).words;
  // `-nya` is by far the most common clitic and brand names never are known words: `indomienya`.
  // Short stems are refused (`punya`, `hanya`, `tanya` are known words and never get here anyway).
  if (clitic === 'nya' && stem.length >= 3) return [squeezed];
  return undefined;
}

function splitPossessive(word: string): readonly string[] | undefined {
  for (const possessive of POSSESSIVES) {
    if (!word.endsWith(possessive)) continue;
    const stem = recognisedStem(word.slice(0, -possessive.length), possessive);
    if (stem) return [...stem, possessive];
  }
  return undefined;
}

/** `makanannya` → `makanan nya`, `rumahnyalah` → `rumah nya lah`; `sekolah`, `salah`, `buku` are known and never reach here. */
function splitClitics(word: string): readonly string[] | undefined {
  for (const particle of PARTICLES) {
    if (!word.endsWith(particle)) continue;
    const stemText = word.slice(0, -particle.length);
    const stem = recognisedStem(stemText, particle) ?? splitPossessive(stemText);
    if (stem) return [...stem, particle];
  }
  const possessive = splitPossessive(word);
  if (possessive) return possessive;
  // `kutunggu`, `kauambil`: only before a known word of four letters or more, so `kurus`, `kulkas` stay whole.
  for (const proclitic of PROCLITICS) {
    const rest = word.slice(proclitic.length);
    if (word.startsWith(proclitic) && rest.length >= 4 && isKnownWord(rest)) return [proclitic, rest];
  }
  return undefined;
}

function withDigits(word: string): WordNormalisation | undefined {
  const unit = NUMBER_UNIT.exec(word);
  if (unit) return { surface: word, words: [unit[1] ?? '', UNITS[unit[2] ?? ''] ?? ''] };
  const reduplicated = REDUPLICATED_2.exec(word);
  if (reduplicated) {
    const base = normaliseSimple(reduplicated[1] ?? '');
    const suffix = reduplicated[2];
    const lexical = LEXICAL_REDUPLICATIONS.has(base.surface);
    const baseWords = lexical ? [`${base.surface}-${base.surface}`] : base.words;
    return { surface: word, words: suffix && suffix !== 'an' ? [...baseWords, suffix] : baseWords };
  }
  if (!HAS_LETTER.test(word)) return undefined;
  const unleeted = squeezeRepeats(undoLeet(word), isCandidate);
  return isCandidate(unleeted) ? normaliseSimple(unleeted) : undefined;
}

/** One hyphen-free, folded word. */
function normaliseSimple(word: string): WordNormalisation {
  const slang = lookupSlang(word);
  if (slang) return { surface: word, words: slang.words };
  if (word.includes("'")) {
    const bare = word.endsWith("'s") ? word.slice(0, -2) : word.replace(/'/g, '');
    return bare === '' ? { surface: word, words: [] } : normaliseSimple(bare);
  }
  if (HAS_DIGIT.test(word)) {
    const result = withDigits(word);
    if (result) return result;
    return { surface: word, words: [word] };
  }
  const squeezed = squeezeRepeats(word, isCandidate);
  if (squeezed !== word) return normaliseSimple(squeezed);
  if (isLaughter(word)) return { surface: word, words: ['haha'] };
  if (isKnownWord(word)) return { surface: word, words: [word] };
  // `bangett`, `kerenn`: a doubled last letter is usually emphasis too.
  const last = word.length - 1;
  if (last >= 3 && word[last] === word[last - 1] && isCandidate(word.slice(0, last))) return normaliseSimple(word.slice(0, last));
  const split = splitClitics(word);
  return { surface: word, words: split ?? [word] };
}

/** A clitic tail after a hyphen: `nyalah` → `nya`, `lah`. */
function splitTail(tail: string): string[] {
  const particle = PARTICLES.find((p) => tail.length > p.length && tail.endsWith(p));
  return particle ? [tail.slice(0, -particle.length), particle] : [tail];
}

function normaliseHyphenated(folded: string): WordNormalisation {
  const parts = folded.split('-').filter((part) => part !== '');
  const [first, second] = parts;
  if (first === undefined) return { surface: folded, words: [] };
  if (parts.length === 2 && second !== undefined && CLITIC_TAILS.has(second)) {
    // `hp-nya`, `indomie-nyalah`: the hyphen marks the clitic explicitly.
    const base = normaliseSimple(first);
    return { surface: `${base.surface}-${second}`, words: [...base.words, ...splitTail(second)] };
  }
  const normalised = parts.map(normaliseSimple);
  const surfaces = normalised.map((part) => part.surface);
  const surface = surfaces.join('-');
  const base = surfaces[0] ?? '';
  if (surfaces.every((s) => s === base)) {
    // Full reduplication: `kecewa-kecewa` is `kecewa`, but `hati-hati` keeps its own meaning.
    if (LEXICAL_REDUPLICATIONS.has(base)) return { surface, words: [`${base}-${base}`] };
    return { surface, words: normalised[0]?.words ?? [] };
  }
  return { surface, words: normalised.flatMap((part) => part.words) };
}

/**
 * A word token's normalisation as cached, which is also the record of the word as written (its
 * `word` is the token as written): other parts keep what they work out per written word on it
 * (its language vote, its offensive-language tokens) instead of in maps of their own. One object
 * rather than a form pointing at a record: each object a word reaches is a likely cache miss.
 */
export class WordForm extends WordRecord implements WordNormalisation {
  readonly surface: string;
  readonly words: readonly string[];
  /** The word when `words` holds exactly one, as it mostly does: read without reaching the list. */
  readonly onlyWord: string | undefined;
  /** The records of `words` (see `recordsOfForm`), the first of them, and the record generation they belong to. */
  records: WordRecord[] | undefined = undefined;
  firstRecord: WordRecord | undefined = undefined;
  recordsGeneration = -1;

  constructor(raw: string, normalisation: WordNormalisation) {
    super(raw);
    this.surface = normalisation.surface;
    this.words = normalisation.words;
    this.onlyWord = normalisation.words.length === 1 ? normalisation.words[0] : undefined;
  }

  /** The record of the word as written: the form itself. */
  get written(): WordRecord {
    return this;
  }
}

/**
 * The records of a form's words, kept on the form: a word token then costs one lookup (its form) rather
 * than two. They are looked up again once the record map has started afresh.
 */
export function recordsOfForm(form: WordForm): readonly WordRecord[] {
  const generation = recordGeneration();
  if (form.records === undefined || form.recordsGeneration !== generation) {
    form.records = form.words.map(recordOf);
    form.firstRecord = form.records[0];
    form.recordsGeneration = generation;
  }
  return form.records;
}

/** The record of a form's only word (`onlyWord` is set): `recordsOfForm(form)[0]` without reaching the list. */
export function onlyRecordOf(form: WordForm): WordRecord {
  if (form.recordsGeneration !== recordGeneration()) recordsOfForm(form);
  return form.firstRecord!;
}

const MAX_CACHED = 50_000;
const cache = new Map<string, WordForm>();

/** Normalises one word token as written; memoised, since social media repeats the same words endlessly. */
export function normaliseWord(raw: string): WordForm {
  const known = cache.get(raw);
  if (known) return known;
  const folded = normaliseQueryText(raw).replace(/\u2019/g, "'");
  const { surface, words } = folded.includes('-') ? normaliseHyphenated(folded) : normaliseSimple(folded);
  const form = new WordForm(raw, { surface, words });
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(raw, form);
  return form;
}
