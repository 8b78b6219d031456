import type { NormalisedText } from '../analysis.types';
import { bucketOf, continueHash, continueHashCode, seedFor } from './feature-hash';
import {
  INTENSIFIER_BOOST,
  NEGATION_SCALE,
  NEGATION_WINDOW,
  POST_INTENSIFIERS,
  PRE_INTENSIFIERS,
  SCOPE_BREAKERS,
  isNegator,
} from './sentiment-cues';

/** How text becomes features; stored in the model so training and scoring always agree. */
export interface FeatureConfig {
  /** log2 of the number of hash buckets. */
  dimBits: number;
  charMin: number;
  charMax: number;
  /** Weight of the character n-gram group relative to the word group. */
  charWeight: number;
  /** Weight of the lexicon valence features. */
  lexiconWeight: number;
}

/** A sparse vector over hash buckets; a bucket may repeat, its values then add up. */
export interface FeatureVector {
  indices: number[];
  values: number[];
}

/** Word or emoji → valence on VADER's −4…4 scale. */
export type ValenceLexicon = ReadonlyMap<string, number>;

const SEED_WORD = seedFor('w:');
const SEED_NEGATED = seedFor('n:');
const SEED_BIGRAM = seedFor('b:');
const SEED_INTENSE = seedFor('i:');
const SEED_CHAR = seedFor('c:');
const SEED_NEGATED_CHAR = seedFor('nc:');
const SEED_SIGNAL = seedFor('s:');
const SEED_LEXICON = seedFor('lex:');
const BIGRAM_GAP = 0x20;

interface WordMarks {
  negated: boolean[];
  intensified: boolean[];
}

/** Marks words inside a negation scope and words an intensifier strengthens. */
export function markWords(words: readonly string[]): WordMarks {
  const negated = new Array<boolean>(words.length).fill(false);
  const intensified = new Array<boolean>(words.length).fill(false);
  let scopeLeft = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (SCOPE_BREAKERS.has(word)) {
      scopeLeft = 0;
    } else if (isNegator(word)) {
      // A second negator restarts the scope rather than cancelling it: `tidak kurang` is rare, `tidak pernah` common.
      scopeLeft = NEGATION_WINDOW;
    } else if (scopeLeft > 0) {
      negated[i] = true;
      scopeLeft--;
    }
    if (PRE_INTENSIFIERS.has(word) && i + 1 < words.length) intensified[i + 1] = true;
    if (POST_INTENSIFIERS.has(word) && i > 0) intensified[i - 1] = true;
  }
  return { negated, intensified };
}

function pushCharGrams(out: number[], word: string, seed: number, config: FeatureConfig): void {
  // `<word>` so prefixes and suffixes are their own grams.
  const padded = `<${word}>`;
  for (let start = 0; start + config.charMin <= padded.length; start++) {
    let h = seed;
    for (let len = 0; len < config.charMax && start + len < padded.length; len++) {
      h = continueHashCode(h, padded.charCodeAt(start + len));
      if (len + 1 >= config.charMin) out.push(bucketOf(h, config.dimBits));
    }
  }
}

/** The hashed features of one text: words (negation-marked), bigrams, intensified words, character n-grams, emoji, valence. */
export function extractSentimentFeatures(text: NormalisedText, config: FeatureConfig, lexicon: ValenceLexicon): FeatureVector {
  const { words, signals } = text;
  const { negated, intensified } = markWords(words);
  const { dimBits } = config;
  const wordBuckets: number[] = [];
  const charBuckets: number[] = [];
  let positive = 0;
  let negative = 0;
  let previous = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const isNegated = negated[i] === true;
    wordBuckets.push(bucketOf(continueHash(isNegated ? SEED_NEGATED : SEED_WORD, word), dimBits));
    if (i > 0) wordBuckets.push(bucketOf(continueHash(continueHashCode(continueHash(SEED_BIGRAM, previous), BIGRAM_GAP), word), dimBits));
    if (intensified[i] === true) wordBuckets.push(bucketOf(continueHash(SEED_INTENSE, word), dimBits));
    pushCharGrams(charBuckets, word, isNegated ? SEED_NEGATED_CHAR : SEED_CHAR, config);
    const valence = lexicon.get(word);
    if (valence !== undefined) {
      const v = valence * (isNegated ? NEGATION_SCALE : 1) * (intensified[i] === true ? INTENSIFIER_BOOST : 1);
      if (v > 0) positive += v;
      else negative -= v;
    }
    previous = word;
  }
  for (const signal of signals) {
    wordBuckets.push(bucketOf(continueHash(SEED_SIGNAL, signal), dimBits));
    const valence = lexicon.get(signal);
    if (valence !== undefined) {
      if (valence > 0) positive += valence;
      else negative -= valence;
    }
  }
  const indices: number[] = [];
  const values: number[] = [];
  appendGroup(indices, values, wordBuckets, 1);
  appendGroup(indices, values, charBuckets, config.charWeight);
  appendValence(indices, values, positive, negative, config);
  return { indices, values };
}

/** Each group is scaled to unit length so long reviews and short tweets weigh alike. */
function appendGroup(indices: number[], values: number[], buckets: readonly number[], weight: number): void {
  if (buckets.length === 0 || weight === 0) return;
  const value = weight / Math.sqrt(buckets.length);
  for (const bucket of buckets) {
    indices.push(bucket);
    values.push(value);
  }
}

/** Lexicon valence as a few dense features: log-scaled sums and their balance. */
function appendValence(indices: number[], values: number[], positive: number, negative: number, config: FeatureConfig): void {
  if (config.lexiconWeight === 0 || positive + negative === 0) return;
  const pos = Math.log1p(positive);
  const neg = Math.log1p(negative);
  const w = config.lexiconWeight;
  indices.push(bucketOf(continueHash(SEED_LEXICON, '+'), config.dimBits), bucketOf(continueHash(SEED_LEXICON, '-'), config.dimBits));
  values.push(w * pos, w * neg);
  const balance = pos - neg;
  const bin = balance > 1 ? '++' : balance > 0.25 ? '+' : balance < -1 ? '--' : balance < -0.25 ? '-' : '0';
  indices.push(bucketOf(continueHash(SEED_LEXICON, `bin${bin}`), config.dimBits));
  values.push(w);
}
