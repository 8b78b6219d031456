import type { LanguageCode, NormalisedText, Token } from '../analysis.types';
import { LEXICONS } from './language.lexicon';
import { TRIGRAM_LOG_RATIOS } from './language.ngrams';
import { extractLanguageWords, languageWordOfToken, wordTrigrams } from './language.words';
import { normaliseWord } from '../text';
import { WordFact, type WordRecord } from '../text/word-record';

export interface LanguageGuess {
  language: LanguageCode;
  /** 0…1: how clearly the winner beat the runner-up, scaled by how much of the text we recognised. */
  confidence: number;
}

/** Scored languages; the index order is also the tie order: Indonesian first, then its neighbours. */
const LANGS = ['id', 'ms', 'jv', 'su', 'en'] as const;
const ID = 0;
const MS = 1;
const JV = 2;
const SU = 3;
const EN = 4;
/** Extra slot: function words of languages we do not detect. */
const FOREIGN = 5;

/** Per word: what it adds to each language's score (indexed like LANGS). Built once. */
const WORD_WEIGHTS = buildWordWeights();
const TRIGRAMS = new Map<string, number>(
  TRIGRAM_LOG_RATIOS.flatMap((line) => line.split(' ').map((entry): [string, number] => [entry.slice(0, 3), Number(entry.slice(3))])),
);

function buildWordWeights(): Map<string, Float64Array> {
  const weights = new Map<string, Float64Array>();
  const entryOf = (word: string): Float64Array => {
    let entry = weights.get(word);
    if (!entry) weights.set(word, (entry = new Float64Array(LANGS.length + 1)));
    return entry;
  };
  const add = (set: ReadonlySet<string>, lang: number, weight: number): void => {
    // A word may sit in several lists of one language: the larger weight wins.
    for (const word of set) entryOf(word)[lang] = Math.max(entryOf(word)[lang] ?? 0, weight);
  };
  add(LEXICONS.idMs, ID, 1);
  add(LEXICONS.idMs, MS, 1);
  add(LEXICONS.id, ID, 1.2);
  add(LEXICONS.en, EN, 1.2);
  // Distinctive regional words weigh more: their presence is rarer and more telling.
  add(LEXICONS.ms, MS, 1.5);
  add(LEXICONS.jv, JV, 1.5);
  add(LEXICONS.su, SU, 1.5);
  // Weak words also turn up in Indonesian: they override to a small weight.
  for (const [set, lang] of [
    [LEXICONS.msWeak, MS],
    [LEXICONS.jvWeak, JV],
    [LEXICONS.suWeak, SU],
  ] as const) {
    for (const word of set) entryOf(word)[lang] = 0.4;
  }
  add(LEXICONS.other, FOREIGN, 1.2);
  return weights;
}

const ID_PREFIXES = ['meng', 'meny', 'mem', 'men', 'me', 'ber', 'ter', 'di', 'peng', 'pem', 'pen', 'pe', 'ke', 'se'];
const ID_SUFFIXES = ['kan', 'an', 'nya', 'lah'];

/** Indonesian/Malay morphology (`mengecewakan`, `pelayanannya`) for words outside the lists. */
function looksAffixedMalayic(word: string): boolean {
  if (word.length < 6) return false;
  if (word.endsWith('nya')) return true;
  let prefixed = false;
  for (const p of ID_PREFIXES) if (word.startsWith(p)) prefixed = true;
  if (!prefixed) return false;
  for (const s of ID_SUFFIXES) if (word.endsWith(s)) return true;
  return false;
}

/** Mean Indonesian-vs-English log ratio of a word's known trigrams; 0 when none is known. */
function trigramLeaning(word: string): number {
  let sum = 0;
  let n = 0;
  for (const tri of wordTrigrams(word)) {
    const r = TRIGRAMS.get(tri);
    if (r === undefined) continue;
    sum += r;
    n++;
  }
  return n === 0 ? 0 : sum / n;
}

/** What one word adds: to each language's score (indexed like LANGS), to FOREIGN, and to RECOGNISED. */
type WordVote = Float64Array;
const RECOGNISED = FOREIGN + 1;

function computeVote(word: string): WordVote {
  const vote = new Float64Array(RECOGNISED + 1);
  const weights = WORD_WEIGHTS.get(word);
  if (weights) {
    vote.set(weights);
    vote[RECOGNISED] = 1;
  } else if (word.startsWith('wkwk')) {
    vote[RECOGNISED] = 1; // Indonesian laughter
    vote[ID] = 1;
  } else if (looksAffixedMalayic(word)) {
    vote[RECOGNISED] = 1;
    vote[ID] = 0.8;
    vote[MS] = 0.8;
  } else if (word.length >= 3) {
    // Unknown word: its spelling leans it towards Indonesian or English, at most half a word.
    const leaning = trigramLeaning(word);
    if (Math.abs(leaning) >= 1) vote[RECOGNISED] = 0.5;
    vote[leaning > 0 ? ID : EN] = Math.min(0.5, Math.abs(leaning) / 4);
  }
  return vote;
}

// Word frequencies are skewed: a small cache saves most lookups and trigram scoring on a real stream.
const VOTE_CACHE_LIMIT = 20_000;
const VOTE_CACHE = new Map<string, WordVote>();

function voteOf(word: string): WordVote {
  let vote = VOTE_CACHE.get(word);
  if (vote) return vote;
  vote = computeVote(word);
  if (VOTE_CACHE.size >= VOTE_CACHE_LIMIT) VOTE_CACHE.clear();
  VOTE_CACHE.set(word, vote);
  return vote;
}

/** Votes summed over a text's words, in order, with the word and letter counts. */
class Tally {
  readonly sums = new Float64Array(RECOGNISED + 1);
  words = 0;
  latinLetters = 0;
  otherScriptLetters = 0;

  add(vote: WordVote): void {
    // Adding the zero entries too leaves every sum exactly as adding only the non-zero ones would.
    for (let l = 0; l <= RECOGNISED; l++) this.sums[l]! += vote[l]!;
    this.words++;
  }
}

/** A word token's language word (see `extractLanguageWords`) and its vote, by `Token.norm`. */
interface TokenVote {
  letters: number;
  vote: WordVote | null;
}
const TOKEN_CACHE = new Map<string, TokenVote>();

function tokenVote(norm: string): TokenVote {
  let known = TOKEN_CACHE.get(norm);
  if (known) return known;
  const word = languageWordOfToken(norm);
  known = { letters: word.length, vote: word.length > 0 ? voteOf(word) : null };
  if (TOKEN_CACHE.size >= VOTE_CACHE_LIMIT) TOKEN_CACHE.clear();
  TOKEN_CACHE.set(norm, known);
  return known;
}

/**
 * A written word's `tokenVote` flattened into one array kept on its record (see `WordForm`): the
 * vote by language (indexed like the tally), then the letters, then 1 when there is a vote. One
 * object per word instead of three to reach, as words of a text are scattered in memory.
 */
const LETTERS = RECOGNISED + 1;
const HAS_VOTE = RECOGNISED + 2;
const WRITTEN_VOTE = new WordFact<Float64Array>((raw) => {
  // Its `Token.norm` is its normalised surface.
  const { letters, vote } = tokenVote(normaliseWord(raw).surface);
  const flat = new Float64Array(HAS_VOTE + 1);
  if (vote) flat.set(vote);
  flat[LETTERS] = letters;
  flat[HAS_VOTE] = vote ? 1 : 0;
  return sharedVote(flat);
});

/**
 * Equal votes shared: most words are listed words whose votes repeat (and short words with the same
 * letter count), and shared arrays stay in the processor's cache where one per word would not.
 */
const SHARED_VOTES = new Map<string, Float64Array>();
const SHARED_VOTES_LIMIT = 5_000;

function sharedVote(flat: Float64Array): Float64Array {
  const key = flat.join(' ');
  const shared = SHARED_VOTES.get(key);
  if (shared) return shared;
  if (SHARED_VOTES.size >= SHARED_VOTES_LIMIT) SHARED_VOTES.clear();
  SHARED_VOTES.set(key, flat);
  return flat;
}

/** `tallyTokens` reading each word token's vote off the record of the word as written, when there is one. */
function tallyWrittenWords(normalised: NormalisedText, writtenWords: readonly (WordRecord | undefined)[]): Tally {
  const tally = new Tally();
  const { tokens } = normalised;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    const written = writtenWords[i];
    if (!written) {
      tallyToken(tally, token);
      continue;
    }
    const flat = WRITTEN_VOTE.of(written);
    tally.latinLetters += flat[LETTERS]!;
    if (flat[HAS_VOTE] === 1) tally.add(flat);
    else tally.otherScriptLetters += token.raw.length;
  }
  return tally;
}

function tallyToken(tally: Tally, token: Token): void {
  const { letters, vote } = tokenVote(token.norm);
  tally.latinLetters += letters;
  if (vote) tally.add(vote);
  else tally.otherScriptLetters += token.raw.length;
}

function tallyTokens(normalised: NormalisedText): Tally {
  const tally = new Tally();
  for (const token of normalised.tokens) if (token.kind === 'word') tallyToken(tally, token);
  return tally;
}

function tallyText(text: string): Tally {
  const tally = new Tally();
  const { words, otherScriptLetters, latinLetters } = extractLanguageWords(text);
  for (const word of words) tally.add(voteOf(word));
  tally.latinLetters = latinLetters;
  tally.otherScriptLetters = otherScriptLetters;
  return tally;
}

/**
 * Guesses the language of a short social-media text: Indonesian, English, Javanese, Sundanese,
 * Malay, or `und` (no words, another script, or a language we do not know). Pass the normalised
 * text when there is one to reuse its tokens; the raw words (before slang expansion) are what count.
 */
export function detectLanguage(text: string, normalised?: NormalisedText): LanguageGuess {
  return guessFromTally(normalised ? tallyTokens(normalised) : tallyText(text));
}

/** `detectLanguage` given the normalisation and, per token, the record of the word as written (see `TextLayout`). */
export function detectLanguageOf(normalised: NormalisedText, writtenWords: readonly (WordRecord | undefined)[]): LanguageGuess {
  return guessFromTally(tallyWrittenWords(normalised, writtenWords));
}

function guessFromTally(tally: Tally): LanguageGuess {
  if (tally.words === 0 || tally.otherScriptLetters > tally.latinLetters) return { language: 'und', confidence: 0 };
  const scores = tally.sums;
  const foreign = scores[FOREIGN]!;
  let best = 0;
  for (let l = 1; l < LANGS.length; l++) if (scores[l]! > scores[best]!) best = l;
  let runnerUp = 0;
  for (let l = 0; l < LANGS.length; l++) if (l !== best) runnerUp = Math.max(runnerUp, scores[l]!);
  const top = scores[best]!;
  const coverage = scores[RECOGNISED]! / tally.words;
  if (foreign > top) return { language: 'und', confidence: round((1 - Math.exp(top - foreign)) * coverage) };
  // Nothing, or almost nothing, recognised: a language we do not know, or gibberish.
  if (top === 0 || (tally.words >= 3 && coverage < 0.2)) return { language: 'und', confidence: 0 };
  const confidence = (1 - Math.exp(runnerUp - top)) * Math.min(1, 0.4 + coverage);
  return { language: LANGS[best]!, confidence: round(confidence) };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Exposed for tests: the languages a known word counts for. */
export function languagesOfWord(word: string): LanguageCode[] {
  const weights = WORD_WEIGHTS.get(word);
  return weights ? LANGS.filter((_, i) => (weights[i] ?? 0) > 0) : [];
}
