import { SENTIMENTS, type NormalisedText, type Sentiment, type SentimentScores } from '../analysis.types';
import { emitSentimentFeatures, groupScale, type FeatureSink, type FeatureVector } from './sentiment-features';
import { CLASS_COUNT, type SentimentModel } from './sentiment-model';
import type { SentimentWord } from './sentiment-word';

/** A workspace's learnt correction on top of the shipped model: sparse weight deltas and a class bias. */
export interface SentimentAdjustment {
  /** Bucket → deltas for (negative, neutral, positive). */
  weights: ReadonlyMap<number, readonly [number, number, number]>;
  bias: readonly [number, number, number];
}

export interface SentimentResult {
  sentiment: Sentiment;
  scores: SentimentScores;
}

/** Raw class scores before temperature and softmax. */
export function computeLogits(model: SentimentModel, features: FeatureVector, adjustment?: SentimentAdjustment): [number, number, number] {
  const logits: [number, number, number] = [model.bias[0], model.bias[1], model.bias[2]];
  const { weights } = model;
  const { indices, values } = features;
  for (let i = 0; i < indices.length; i++) {
    const base = (indices[i] ?? 0) * CLASS_COUNT;
    const value = values[i] ?? 0;
    logits[0] += (weights[base] ?? 0) * value;
    logits[1] += (weights[base + 1] ?? 0) * value;
    logits[2] += (weights[base + 2] ?? 0) * value;
  }
  if (adjustment) {
    logits[0] += adjustment.bias[0];
    logits[1] += adjustment.bias[1];
    logits[2] += adjustment.bias[2];
    for (let i = 0; i < indices.length; i++) {
      const delta = adjustment.weights.get(indices[i] ?? -1);
      if (!delta) continue;
      const value = values[i] ?? 0;
      logits[0] += delta[0] * value;
      logits[1] += delta[1] * value;
      logits[2] += delta[2] * value;
    }
  }
  return logits;
}

/** Softmax of `logits / temperature`; the temperature is fitted on validation data so scores are calibrated. */
export function softmax(logits: readonly [number, number, number], temperature: number): [number, number, number] {
  const max = Math.max(logits[0], logits[1], logits[2]);
  const e0 = Math.exp((logits[0] - max) / temperature);
  const e1 = Math.exp((logits[1] - max) / temperature);
  const e2 = Math.exp((logits[2] - max) / temperature);
  const sum = e0 + e1 + e2;
  return [e0 / sum, e1 / sum, e2 / sum];
}

export function resultFromProbabilities(p: readonly [number, number, number]): SentimentResult {
  const best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
  return {
    sentiment: SENTIMENTS[best] ?? 'neutral',
    scores: { negative: p[0], neutral: p[1], positive: p[2] },
  };
}

/** A word's character n-gram weight sums (three classes) and how many n-grams it has. */
type CharSums = readonly [number, number, number, number];

/** Sums weights per feature group as features stream in, so scoring allocates no feature vector. */
class LogitAccumulator implements FeatureSink {
  private pending0 = 0;
  private pending1 = 0;
  private pending2 = 0;
  private pendingCount = 0;
  word0 = 0;
  word1 = 0;
  word2 = 0;
  wordCount = 0;
  char0 = 0;
  char1 = 0;
  char2 = 0;
  charCount = 0;
  dense0 = 0;
  dense1 = 0;
  dense2 = 0;

  constructor(
    private readonly weights: Float32Array,
    private readonly adjustment: SentimentAdjustment | undefined,
    /**
     * The model whose character sums words keep (see `SentimentWord.chars`); absent with an adjustment,
     * whose deltas may touch character buckets.
     */
    private readonly cacheOwner: SentimentModel | undefined,
  ) {}

  cachedChars(word: SentimentWord, negated: boolean): boolean {
    if (this.cacheOwner === undefined || word.charsOwner !== this.cacheOwner) return false;
    const hit = negated ? word.negatedChars : word.chars;
    if (hit) this.addChars(hit[0]!, hit[1]!, hit[2]!, hit[3]!);
    return hit !== undefined;
  }

  endChars(word: SentimentWord, negated: boolean): void {
    const sums: CharSums = [this.pending0, this.pending1, this.pending2, this.pendingCount];
    this.pending0 = this.pending1 = this.pending2 = this.pendingCount = 0;
    this.addChars(sums[0], sums[1], sums[2], sums[3]);
    if (this.cacheOwner === undefined) return;
    if (word.charsOwner !== this.cacheOwner) {
      word.charsOwner = this.cacheOwner;
      word.chars = word.negatedChars = undefined;
    }
    if (negated) word.negatedChars = sums;
    else word.chars = sums;
  }

  private addChars(c0: number, c1: number, c2: number, count: number): void {
    this.char0 += c0;
    this.char1 += c1;
    this.char2 += c2;
    this.charCount += count;
  }

  word(bucket: number): void {
    const base = bucket * CLASS_COUNT;
    this.word0 += this.weights[base] ?? 0;
    this.word1 += this.weights[base + 1] ?? 0;
    this.word2 += this.weights[base + 2] ?? 0;
    this.wordCount++;
    const delta = this.adjustment?.weights.get(bucket);
    if (delta) {
      this.word0 += delta[0];
      this.word1 += delta[1];
      this.word2 += delta[2];
    }
  }

  char(bucket: number): void {
    const base = bucket * CLASS_COUNT;
    this.pending0 += this.weights[base] ?? 0;
    this.pending1 += this.weights[base + 1] ?? 0;
    this.pending2 += this.weights[base + 2] ?? 0;
    this.pendingCount++;
    const delta = this.adjustment?.weights.get(bucket);
    if (delta) {
      this.pending0 += delta[0];
      this.pending1 += delta[1];
      this.pending2 += delta[2];
    }
  }

  valence(bucket: number, value: number): void {
    const base = bucket * CLASS_COUNT;
    const delta = this.adjustment?.weights.get(bucket);
    this.dense0 += ((this.weights[base] ?? 0) + (delta?.[0] ?? 0)) * value;
    this.dense1 += ((this.weights[base + 1] ?? 0) + (delta?.[1] ?? 0)) * value;
    this.dense2 += ((this.weights[base + 2] ?? 0) + (delta?.[2] ?? 0)) * value;
  }
}

/** Sentiment of a normalised text with calibrated probabilities, optionally with a workspace's adjustment. */
export function scoreSentiment(
  model: SentimentModel,
  normalised: NormalisedText,
  adjustment?: SentimentAdjustment,
  /** The words' sentiment facts when the caller has them (`sentimentWordsOfRecords`). */
  words?: readonly SentimentWord[],
): SentimentResult {
  const sums = new LogitAccumulator(model.weights, adjustment, adjustment ? undefined : model);
  emitSentimentFeatures(normalised, model.features, model.lexicon, sums, words);
  const w = groupScale(sums.wordCount, 1);
  const c = groupScale(sums.charCount, model.features.charWeight);
  const extra = adjustment?.bias ?? [0, 0, 0];
  const logits: [number, number, number] = [
    model.bias[0] + extra[0] + sums.word0 * w + sums.char0 * c + sums.dense0,
    model.bias[1] + extra[1] + sums.word1 * w + sums.char1 * c + sums.dense1,
    model.bias[2] + extra[2] + sums.word2 * w + sums.char2 * c + sums.dense2,
  ];
  return resultFromProbabilities(softmax(logits, model.temperature));
}

/** A plain-JSON form of an adjustment, for storing a workspace's adjustment. */
export interface StoredSentimentAdjustment {
  weights: [number, number, number, number][];
  bias: [number, number, number];
}

export function storeSentimentAdjustment(adjustment: SentimentAdjustment): StoredSentimentAdjustment {
  return {
    weights: [...adjustment.weights].map(([bucket, d]) => [bucket, d[0], d[1], d[2]]),
    bias: [adjustment.bias[0], adjustment.bias[1], adjustment.bias[2]],
  };
}

export function restoreSentimentAdjustment(stored: StoredSentimentAdjustment): SentimentAdjustment {
  return { weights: new Map(stored.weights.map(([bucket, a, b, c]) => [bucket, [a, b, c] as const])), bias: stored.bias };
}
