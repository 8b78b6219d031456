import type { LanguageCode, NormalisedText } from '../analysis.types';
import { LEXICONS } from './language.lexicon';
import { TRIGRAM_LOG_RATIOS } from './language.ngrams';
import { extractLanguageWords, wordTrigrams } from './language.words';

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
  const cached = LEANING_CACHE.get(word);
  if (cached !== undefined) return cached;
  let sum = 0;
  let n = 0;
  for (const tri of wordTrigrams(word)) {
    const r = TRIGRAMS.get(tri);
    if (r === undefined) continue;
    sum += r;
    n++;
  }
  const leaning = n === 0 ? 0 : sum / n;
  // Word frequencies are skewed: a small cache saves most trigram lookups on a real stream.
  if (LEANING_CACHE.size >= LEANING_CACHE_LIMIT) LEANING_CACHE.clear();
  LEANING_CACHE.set(word, leaning);
  return leaning;
}

const LEANING_CACHE_LIMIT = 20_000;
const LEANING_CACHE = new Map<string, number>();

/**
 * Guesses the language of a short social-media text: Indonesian, English, Javanese, Sundanese,
 * Malay, or `und` (no words, another script, or a language we do not know). Pass the normalised
 * text when there is one to reuse its tokens; the raw words (before slang expansion) are what count.
 */
export function detectLanguage(text: string, normalised?: NormalisedText): LanguageGuess {
  const { words, otherScriptLetters, latinLetters } = extractLanguageWords(text, normalised);
  if (words.length === 0 || otherScriptLetters > latinLetters) return { language: 'und', confidence: 0 };
  const scores = [0, 0, 0, 0, 0];
  let recognised = 0;
  let foreign = 0;
  for (const word of words) {
    const weights = WORD_WEIGHTS.get(word);
    if (weights) {
      recognised++;
      for (let l = 0; l < LANGS.length; l++) scores[l]! += weights[l]!;
      foreign += weights[FOREIGN]!;
    } else if (word.startsWith('wkwk')) {
      recognised++; // Indonesian laughter
      scores[ID]! += 1;
    } else if (looksAffixedMalayic(word)) {
      recognised++;
      scores[ID]! += 0.8;
      scores[MS]! += 0.8;
    } else if (word.length >= 3) {
      // Unknown word: its spelling leans it towards Indonesian or English, at most half a word.
      const leaning = trigramLeaning(word);
      if (Math.abs(leaning) >= 1) recognised += 0.5;
      scores[leaning > 0 ? ID : EN]! += Math.min(0.5, Math.abs(leaning) / 4);
    }
  }
  let best = 0;
  for (let l = 1; l < LANGS.length; l++) if (scores[l]! > scores[best]!) best = l;
  let runnerUp = 0;
  for (let l = 0; l < LANGS.length; l++) if (l !== best) runnerUp = Math.max(runnerUp, scores[l]!);
  const top = scores[best]!;
  const coverage = recognised / words.length;
  if (foreign > top) return { language: 'und', confidence: round((1 - Math.exp(top - foreign)) * coverage) };
  // Nothing, or almost nothing, recognised: a language we do not know, or gibberish.
  if (top === 0 || (words.length >= 3 && coverage < 0.2)) return { language: 'und', confidence: 0 };
  const confidence = (1 - Math.exp(runnerUp - top)) * Math.min(1, 0.4 + coverage);
  return { language: LANGS[best]!, confidence: round(confidence) };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Exposed for tests: the languages a known word counts for. */
export function languagesOfWord(word: string): LanguageCode[] {
  const weights = WORD_WEIGHTS.get(word);
  return weights ? LANGS.filter((_, i) => (weights[i] ?? 0) > 0) : [];
}
