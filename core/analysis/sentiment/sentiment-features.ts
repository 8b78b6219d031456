import type { NormalisedText } from '../analysis.types';
import { bucketOf, continueHash, continueHashCode, seedFor } from './feature-hash';
import { INTENSIFIER_BOOST, NEGATION_SCALE, NEGATION_WINDOW } from './sentiment-cues';
import { BIGRAM_GAP, Cue, SentimentWord, cuesOf, sentimentWordsOf } from './sentiment-word';
import { renderEnglishAsIndonesian } from './english-indonesian';
import { SIGNAL_VALENCE } from './signal-valence';
import { scoreValence } from './valence-scorer';
import type { ValenceLexicon } from './valence-table';

export type { ValenceLexicon } from './valence-table';

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
  /** Word trigrams in the word group. */
  trigrams?: boolean;
  /** Weight of the rule-based valence scores (compound and polarity shares, split by English share); 0 or absent for none. */
  ruleWeight?: number;
  /**
   * English texts (English share ≥ 0.5) also emit the word features of their word-by-word Indonesian
   * rendering (`english-indonesian.ts`), so weights learnt from Indonesian apply to English.
   */
  translate?: boolean;
  /** With `translate`: the rendering's character n-grams too. */
  translateChars?: boolean;
  /**
   * Words after an adversative (`tapi`, `namun`, `but`, …) also emit a feature of their own, so the clause
   * that usually carries a mixed review's verdict can weigh differently from the rest.
   */
  contrast?: boolean;
  /**
   * Text-shape features of texts that are not mostly English: the length band (log2 of the word count), how many
   * numbers (0, 1, 2 or more), and whether there is a `?`, `!` or `:`. Headlines, adverts and questions lean
   * neutral, long reviews do not. English texts emit none: the English training texts are synthetic or
   * hand-written, so their shapes say nothing about real ones.
   */
  shape?: boolean;
}

/** A sparse vector over hash buckets; a bucket may repeat, its values then add up. */
export interface FeatureVector {
  indices: number[];
  values: number[];
}

const SEED_CHAR = seedFor('c:');
const SEED_NEGATED_CHAR = seedFor('nc:');
const SEED_SIGNAL = seedFor('s:');
const SEED_LEXICON = seedFor('lex:');
const SEED_VALENCE = seedFor('v:');
const SEED_VALENCE_EN = seedFor('ve:');
const SEED_TRIGRAM = seedFor('t:');

interface WordMarks {
  negated: boolean[];
  intensified: boolean[];
  /** Index of the first adversative (`tapi`, `but`, …); the words after it form the contrast clause. −1 for none. */
  contrastAt: number;
}

/**
 * Marks words inside a negation scope and words an intensifier strengthens. A scope ends after
 * NEGATION_WINDOW words, at a contrast word, or at a clause boundary (`breaks`, from the normaliser):
 * in `gak ramah, kecewa berat` only `ramah` is negated.
 */
export function markWords(words: readonly string[], breaks: readonly number[] = []): WordMarks {
  return markCues(words.map(cuesOf), breaks);
}

/** `markWords` over the words' cue bits (`SentimentWord.cues`). */
function markCues(cues: ArrayLike<number>, breaks: readonly number[] = []): WordMarks {
  const count = cues.length;
  const negated = new Array<boolean>(count).fill(false);
  const intensified = new Array<boolean>(count).fill(false);
  let scopeLeft = 0;
  let nextBreak = 0;
  let contrastAt = -1;
  for (let i = 0; i < count; i++) {
    const cue = cues[i]!;
    while (nextBreak < breaks.length && (breaks[nextBreak] ?? 0) < i) nextBreak++;
    if (breaks[nextBreak] === i) scopeLeft = 0;
    if ((cue & Cue.breaker) !== 0) {
      scopeLeft = 0;
      if (contrastAt < 0 && (cue & Cue.adversative) !== 0) contrastAt = i;
    } else if ((cue & Cue.negator) !== 0) {
      // A second negator restarts the scope rather than cancelling it: `tidak kurang` is rare, `tidak pernah` common.
      scopeLeft = NEGATION_WINDOW;
    } else if (scopeLeft > 0) {
      negated[i] = true;
      scopeLeft--;
    }
    if ((cue & Cue.preIntensifier) !== 0 && i + 1 < count) intensified[i + 1] = true;
    if ((cue & Cue.postIntensifier) !== 0 && i > 0) intensified[i - 1] = true;
  }
  return { negated, intensified, contrastAt };
}

function cuesOfWords(words: readonly SentimentWord[]): number[] {
  const cues = new Array<number>(words.length);
  for (let i = 0; i < words.length; i++) cues[i] = words[i]!.cues;
  return cues;
}

/** Receives features as they are found: the word group, the character group, then dense valence values. */
export interface FeatureSink {
  word(bucket: number): void;
  char(bucket: number): void;
  valence(bucket: number, value: number): void;
  /**
   * Optional cache hook: called before a word's character n-grams (its negated ones when `negated`);
   * returning true means the sink has accounted for them and they are not emitted. `endChars` follows
   * emitted ones.
   */
  cachedChars?(word: SentimentWord, negated: boolean): boolean;
  endChars?(word: SentimentWord, negated: boolean): void;
}

const LEFT_PAD = 0x3c;
const RIGHT_PAD = 0x3e;

function codeAt(word: string, position: number): number {
  // Position 0 and length + 1 are the `<` and `>` pads, so prefixes and suffixes are their own grams.
  return position === 0 ? LEFT_PAD : position > word.length ? RIGHT_PAD : word.charCodeAt(position - 1);
}

function emitCharGrams(sink: FeatureSink, word: string, seed: number, config: FeatureConfig): void {
  const length = word.length + 2;
  const { charMin, charMax, dimBits } = config;
  for (let start = 0; start + charMin <= length; start++) {
    let h = seed;
    for (let len = 0; len < charMax && start + len < length; len++) {
      h = continueHashCode(h, codeAt(word, start + len));
      if (len + 1 >= charMin) sink.char(bucketOf(h, dimBits));
    }
  }
}

/** A word's character n-grams, through the sink's cache when it has one. */
function emitWordChars(sink: FeatureSink, word: SentimentWord, negated: boolean, config: FeatureConfig): void {
  if (sink.cachedChars?.(word, negated) === true) return;
  emitCharGrams(sink, word.word, negated ? SEED_NEGATED_CHAR : SEED_CHAR, config);
  sink.endChars?.(word, negated);
}

/**
 * Emits the hashed features of one text: words (negation-marked), bigrams, intensified words and the
 * rounded valence of lexicon words into the word group; character n-grams into the character group;
 * emoji as words; lexicon valence sums as dense values. Scoring sums straight into logits from here.
 * `known` holds the words' sentiment facts when the caller has them (the analyzer does).
 */
export function emitSentimentFeatures(
  text: NormalisedText,
  config: FeatureConfig,
  lexicon: ValenceLexicon,
  sink: FeatureSink,
  known?: readonly SentimentWord[],
): void {
  const { words: written, signals } = text;
  const words = known ?? sentimentWordsOf(written);
  const cues = cuesOfWords(words);
  const { negated, intensified, contrastAt } = markCues(cues, text.breaks);
  const { dimBits } = config;
  const useChars = config.charWeight > 0;
  const useValence = config.lexiconWeight > 0;
  const english = englishShareOfCues(cues);
  const valenceSeed = english >= 0.5 ? SEED_VALENCE_EN : SEED_VALENCE;
  const ruleWeight = config.ruleWeight ?? 0;
  const valences: (number | undefined)[] | undefined = ruleWeight > 0 ? new Array<number | undefined>(words.length) : undefined;
  let positive = 0;
  let negative = 0;
  let bigramPrefix = 0;
  let trigramPrefix = 0;
  // Past every word when the feature is off or the text has no adversative.
  const contrastFrom = config.contrast === true && contrastAt >= 0 ? contrastAt + 1 : words.length;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const spelt = word.word;
    const isNegated = negated[i] === true;
    sink.word(bucketOf(isNegated ? word.negated : word.plain, dimBits));
    if (i >= contrastFrom) sink.word(bucketOf(isNegated ? word.contrastNegated : word.contrast, dimBits));
    if (i > 0) sink.word(bucketOf(continueHash(bigramPrefix, spelt), dimBits));
    if (config.trigrams === true) {
      if (i > 1) sink.word(bucketOf(continueHash(trigramPrefix, spelt), dimBits));
      trigramPrefix = continueHashCode(continueHash(continueHashCode(bigramPrefix, BIGRAM_GAP) ^ SEED_TRIGRAM, spelt), BIGRAM_GAP);
    }
    bigramPrefix = word.bigramHead;
    if (intensified[i] === true) sink.word(bucketOf(word.intense, dimBits));
    if (useChars) emitWordChars(sink, word, isNegated, config);
    const valence = word.valenceIn(lexicon);
    if (valences) valences[i] = valence;
    if (valence !== undefined) {
      const v = valence * (isNegated ? NEGATION_SCALE : 1) * (intensified[i] === true ? INTENSIFIER_BOOST : 1);
      if (v > 0) positive += v;
      else negative -= v;
      // The word's rounded valence as a feature of its own (English texts apart), so what the model
      // learns from lexicon words seen in training carries over to lexicon words it never saw.
      if (useValence) sink.word(bucketOf(continueHashCode(valenceSeed, 64 + Math.round(v * 2)), dimBits));
    }
  }
  if (config.translate === true && english >= ENGLISH_RENDERING_FROM) emitRendering(sink, written, text.breaks, config);
  for (const signal of signals) {
    sink.word(bucketOf(continueHash(SEED_SIGNAL, signal), dimBits));
    const valence = lexicon.get(signal) ?? SIGNAL_VALENCE.get(signal);
    if (valence !== undefined) {
      if (valence > 0) positive += valence;
      else negative -= valence;
    }
  }
  if (config.shape === true && english < ENGLISH_RENDERING_FROM) emitShape(sink, text, dimBits);
  if (useValence && positive + negative > 0) emitValence(sink, positive, negative, config);
  if (valences) emitRuleScores(sink, text, lexicon, { negated, valences, cues }, english, ruleWeight, dimBits);
}

const SEED_SHAPE = seedFor('shape:');

/** The `shape` features (see FeatureConfig). */
function emitShape(sink: FeatureSink, text: NormalisedText, dimBits: number): void {
  let numbers = 0;
  let question = false;
  let exclamation = false;
  let colon = false;
  for (const token of text.tokens) {
    if (token.kind === 'number') numbers++;
    else if (token.kind === 'punct') {
      if (token.raw.includes('?')) question = true;
      if (token.raw.includes('!')) exclamation = true;
      if (token.raw.includes(':')) colon = true;
    }
  }
  const band = Math.min(6, Math.floor(Math.log2(text.words.length + 1)));
  sink.word(bucketOf(continueHashCode(SEED_SHAPE, band), dimBits));
  sink.word(bucketOf(continueHashCode(SEED_SHAPE, 16 + Math.min(numbers, 2)), dimBits));
  if (question) sink.word(bucketOf(continueHashCode(SEED_SHAPE, 32), dimBits));
  if (exclamation) sink.word(bucketOf(continueHashCode(SEED_SHAPE, 33), dimBits));
  if (colon) sink.word(bucketOf(continueHashCode(SEED_SHAPE, 34), dimBits));
}

/** English share from which a text is also read through its Indonesian rendering. */
export const ENGLISH_RENDERING_FROM = 0.5;

/** The Indonesian rendering's words (negation-marked), bigrams and intensified words, with the seeds Indonesian words use. */
function emitRendering(sink: FeatureSink, words: readonly string[], breaks: readonly number[] | undefined, config: FeatureConfig): void {
  const rendering = renderEnglishAsIndonesian(words, breaks);
  // Facts made afresh rather than from the records: the records of the text being scored must stay as they are.
  const rendered = rendering.words.map((word) => new SentimentWord(word));
  const { negated, intensified } = markCues(cuesOfWords(rendered), rendering.breaks);
  const { dimBits } = config;
  const withChars = config.translateChars === true && config.charWeight > 0;
  let bigramPrefix = 0;
  for (let i = 0; i < rendered.length; i++) {
    const word = rendered[i]!;
    const isNegated = negated[i] === true;
    sink.word(bucketOf(isNegated ? word.negated : word.plain, dimBits));
    if (i > 0) sink.word(bucketOf(continueHash(bigramPrefix, word.word), dimBits));
    bigramPrefix = word.bigramHead;
    if (intensified[i] === true) sink.word(bucketOf(word.intense, dimBits));
    if (withChars) emitWordChars(sink, word, isNegated, config);
  }
}

/** Share of a text's words that are English function words, scaled so ordinary English prose reaches 1. */
function englishShareOfCues(cues: readonly number[]): number {
  if (cues.length === 0) return 0;
  let count = 0;
  for (const cue of cues) if ((cue & Cue.englishFunctionWord) !== 0) count++;
  return Math.min(1, (2.5 * count) / cues.length);
}

const RULE_SEEDS = ['compound', 'positive', 'negative'].flatMap((name) => [seedFor(`r:${name}:en`), seedFor(`r:${name}:id`)]);
const RULE_ENGLISH = seedFor('r:english');

/** The rule-based valence scores as dense features, once weighted by the English share and once by the rest. */
function emitRuleScores(
  sink: FeatureSink,
  text: NormalisedText,
  lexicon: ValenceLexicon,
  known: { negated: readonly boolean[]; valences: readonly (number | undefined)[]; cues: readonly number[] },
  english: number,
  weight: number,
  dimBits: number,
): void {
  const scores = scoreValence(text, lexicon, known.negated, known);
  const values = [scores.compound, scores.positive, scores.negative];
  values.forEach((value, k) => {
    sink.valence(bucketOf(RULE_SEEDS[2 * k] ?? 0, dimBits), weight * value * english);
    sink.valence(bucketOf(RULE_SEEDS[2 * k + 1] ?? 0, dimBits), weight * value * (1 - english));
  });
  sink.valence(bucketOf(RULE_ENGLISH, dimBits), weight * english);
}

const VALENCE_POSITIVE = seedFor('lex:+');
const VALENCE_NEGATIVE = seedFor('lex:-');
const VALENCE_BINS = ['++', '+', '0', '-', '--'].map((bin) => continueHash(SEED_LEXICON, `bin${bin}`));

/** Lexicon valence as a few dense features: log-scaled sums and a bin of their balance. */
function emitValence(sink: FeatureSink, positive: number, negative: number, config: FeatureConfig): void {
  const pos = Math.log1p(positive);
  const neg = Math.log1p(negative);
  const w = config.lexiconWeight;
  sink.valence(bucketOf(VALENCE_POSITIVE, config.dimBits), w * pos);
  sink.valence(bucketOf(VALENCE_NEGATIVE, config.dimBits), w * neg);
  const balance = pos - neg;
  const bin = balance > 1 ? 0 : balance > 0.25 ? 1 : balance < -1 ? 4 : balance < -0.25 ? 3 : 2;
  sink.valence(bucketOf(VALENCE_BINS[bin] ?? 0, config.dimBits), w);
}

/** Each group is scaled to unit length so long reviews and short tweets weigh alike. */
export function groupScale(count: number, weight: number): number {
  return count === 0 ? 0 : weight / Math.sqrt(count);
}

/** The features of one text as a sparse vector (training and adjustment use this; scoring streams). */
export function extractSentimentFeatures(text: NormalisedText, config: FeatureConfig, lexicon: ValenceLexicon): FeatureVector {
  const wordBuckets: number[] = [];
  const charBuckets: number[] = [];
  const indices: number[] = [];
  const values: number[] = [];
  const valenceIndices: number[] = [];
  const valenceValues: number[] = [];
  emitSentimentFeatures(text, config, lexicon, {
    word: (bucket) => wordBuckets.push(bucket),
    char: (bucket) => charBuckets.push(bucket),
    valence: (bucket, value) => {
      valenceIndices.push(bucket);
      valenceValues.push(value);
    },
  });
  const wordValue = groupScale(wordBuckets.length, 1);
  for (const bucket of wordBuckets) {
    indices.push(bucket);
    values.push(wordValue);
  }
  const charValue = groupScale(charBuckets.length, config.charWeight);
  for (const bucket of charBuckets) {
    indices.push(bucket);
    values.push(charValue);
  }
  indices.push(...valenceIndices);
  values.push(...valenceValues);
  return { indices, values };
}
