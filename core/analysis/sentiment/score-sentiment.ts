import { SENTIMENTS, type NormalisedText, type Sentiment, type SentimentScores } from '../analysis.types';
import { emitSentimentFeatures, groupScale, type FeatureSink, type FeatureVector } from './sentiment-features';
import { CLASS_COUNT, type SentimentEmbedding, type SentimentModel } from './sentiment-model';

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

/** Raw class scores before temperature and softmax: the linear model's, plus the embedding model's when there is one. */
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
  const { embedding } = model;
  if (embedding) {
    const { codes, scales, dim } = embedding;
    const mask = (1 << embedding.rowBits) - 1;
    const sum = new Float64Array(dim);
    for (let i = 0; i < indices.length; i++) {
      const row = (indices[i] ?? 0) & mask;
      const base = row * dim;
      const value = (scales[row] ?? 0) * (values[i] ?? 0);
      for (let d = 0; d < dim; d++) sum[d] = (sum[d] ?? 0) + (codes[base + d] ?? 0) * value;
    }
    addEmbeddingLogits(embedding, sum, logits);
  }
  return logits;
}

/** The embedding model's ReLU layer and output layer on a summed embedding, added to `logits`. */
function addEmbeddingLogits(embedding: SentimentEmbedding, sum: Float64Array, logits: [number, number, number]): void {
  const { dim, hidden, w1, b1, w2, b2 } = embedding;
  let l0 = b2[0] ?? 0;
  let l1 = b2[1] ?? 0;
  let l2 = b2[2] ?? 0;
  for (let h = 0; h < hidden; h++) {
    let a = b1[h] ?? 0;
    const base = h * dim;
    for (let d = 0; d < dim; d++) a += (w1[base + d] ?? 0) * (sum[d] ?? 0);
    if (a <= 0) continue;
    l0 += (w2[h] ?? 0) * a;
    l1 += (w2[hidden + h] ?? 0) * a;
    l2 += (w2[2 * hidden + h] ?? 0) * a;
  }
  logits[0] += l0;
  logits[1] += l1;
  logits[2] += l2;
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

/**
 * A word's character n-gram sums: the linear weights of the three classes, how many n-grams it has, then
 * (with an embedding model) the sum of their embedding rows.
 */
type CharSums = Float64Array;
const CHAR_CACHE_LIMIT = 200_000;
/** Per model and seed: word → its character n-gram sums, so frequent words hash their n-grams once. */
const charCaches = new WeakMap<SentimentModel, Map<number, Map<string, CharSums>>>();

function charCacheOf(model: SentimentModel): Map<number, Map<string, CharSums>> {
  let cache = charCaches.get(model);
  if (!cache) {
    cache = new Map();
    charCaches.set(model, cache);
  }
  return cache;
}

/** Embedding sums of one text by group, reused from text to text (scoring is synchronous), by width. */
const rowScratch = new Map<number, [Float64Array, Float64Array, Float64Array]>();

function rowScratchOf(dim: number): [Float64Array, Float64Array, Float64Array] {
  let scratch = rowScratch.get(dim);
  if (!scratch) {
    scratch = [new Float64Array(dim), new Float64Array(dim), new Float64Array(dim)];
    rowScratch.set(dim, scratch);
  } else for (const sums of scratch) sums.fill(0);
  return scratch;
}

/** Sums weights (and embedding rows) per feature group as features stream in, so scoring builds no feature vector. */
class LogitAccumulator implements FeatureSink {
  /** The current word's character sums; a fresh array per word, since it goes into the cache. */
  private pending: Float64Array | undefined;
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
  /** Embedding row sums of the word group, the character group and the dense values (value-weighted). */
  readonly wordRows: Float64Array;
  readonly charRows: Float64Array;
  readonly denseRows: Float64Array;
  private readonly codes: Int8Array | undefined;
  private readonly scales: Float32Array | undefined;
  private readonly dim: number;
  private readonly mask: number;

  constructor(
    private readonly weights: Float32Array,
    embedding: SentimentEmbedding | undefined,
    private readonly adjustment: SentimentAdjustment | undefined,
    /** Absent with an adjustment: its deltas may touch character buckets. */
    private readonly cache: Map<number, Map<string, CharSums>> | undefined,
  ) {
    this.codes = embedding?.codes;
    this.scales = embedding?.scales;
    this.dim = embedding?.dim ?? 0;
    this.mask = embedding ? (1 << embedding.rowBits) - 1 : 0;
    [this.wordRows, this.charRows, this.denseRows] = rowScratchOf(this.dim);
  }

  cachedChars(word: string, seed: number): boolean {
    const hit = this.cache?.get(seed)?.get(word);
    if (hit) this.addChars(hit);
    return hit !== undefined;
  }

  endChars(word: string, seed: number): void {
    const sums = this.pending ?? new Float64Array(4 + this.dim);
    this.pending = undefined;
    this.addChars(sums);
    if (!this.cache) return;
    let bySeed = this.cache.get(seed);
    if (!bySeed) {
      bySeed = new Map();
      this.cache.set(seed, bySeed);
    }
    if (bySeed.size >= CHAR_CACHE_LIMIT) bySeed.clear();
    bySeed.set(word, sums);
  }

  private addChars(sums: CharSums): void {
    this.char0 += sums[0] ?? 0;
    this.char1 += sums[1] ?? 0;
    this.char2 += sums[2] ?? 0;
    this.charCount += sums[3] ?? 0;
    const { charRows, dim } = this;
    for (let d = 0; d < dim; d++) charRows[d] = (charRows[d] ?? 0) + (sums[4 + d] ?? 0);
  }

  private addRow(target: Float64Array, offset: number, bucket: number, value: number): void {
    const { codes, dim } = this;
    if (!codes) return;
    const row = bucket & this.mask;
    const base = row * dim;
    const scaled = (this.scales?.[row] ?? 0) * value;
    for (let d = 0; d < dim; d++) target[offset + d] = (target[offset + d] ?? 0) + (codes[base + d] ?? 0) * scaled;
  }

  word(bucket: number): void {
    const base = bucket * CLASS_COUNT;
    this.word0 += this.weights[base] ?? 0;
    this.word1 += this.weights[base + 1] ?? 0;
    this.word2 += this.weights[base + 2] ?? 0;
    this.wordCount++;
    this.addRow(this.wordRows, 0, bucket, 1);
    const delta = this.adjustment?.weights.get(bucket);
    if (delta) {
      this.word0 += delta[0];
      this.word1 += delta[1];
      this.word2 += delta[2];
    }
  }

  char(bucket: number): void {
    const base = bucket * CLASS_COUNT;
    const pending = (this.pending ??= new Float64Array(4 + this.dim));
    pending[0] = (pending[0] ?? 0) + (this.weights[base] ?? 0);
    pending[1] = (pending[1] ?? 0) + (this.weights[base + 1] ?? 0);
    pending[2] = (pending[2] ?? 0) + (this.weights[base + 2] ?? 0);
    pending[3] = (pending[3] ?? 0) + 1;
    this.addRow(pending, 4, bucket, 1);
    const delta = this.adjustment?.weights.get(bucket);
    if (delta) {
      pending[0] += delta[0];
      pending[1] += delta[1];
      pending[2] += delta[2];
    }
  }

  valence(bucket: number, value: number): void {
    const base = bucket * CLASS_COUNT;
    const delta = this.adjustment?.weights.get(bucket);
    this.dense0 += ((this.weights[base] ?? 0) + (delta?.[0] ?? 0)) * value;
    this.dense1 += ((this.weights[base + 1] ?? 0) + (delta?.[1] ?? 0)) * value;
    this.dense2 += ((this.weights[base + 2] ?? 0) + (delta?.[2] ?? 0)) * value;
    this.addRow(this.denseRows, 0, bucket, value);
  }
}

/** Sentiment of a normalised text with calibrated probabilities, optionally with a workspace's adjustment. */
export function scoreSentiment(model: SentimentModel, normalised: NormalisedText, adjustment?: SentimentAdjustment): SentimentResult {
  const { embedding } = model;
  const sums = new LogitAccumulator(model.weights, embedding, adjustment, adjustment ? undefined : charCacheOf(model));
  emitSentimentFeatures(normalised, model.features, model.lexicon, sums);
  const w = groupScale(sums.wordCount, 1);
  const c = groupScale(sums.charCount, model.features.charWeight);
  const extra = adjustment?.bias ?? [0, 0, 0];
  const logits: [number, number, number] = [
    model.bias[0] + extra[0] + sums.word0 * w + sums.char0 * c + sums.dense0,
    model.bias[1] + extra[1] + sums.word1 * w + sums.char1 * c + sums.dense1,
    model.bias[2] + extra[2] + sums.word2 * w + sums.char2 * c + sums.dense2,
  ];
  if (embedding) {
    const { wordRows, charRows, denseRows } = sums;
    for (let d = 0; d < embedding.dim; d++) denseRows[d] = (wordRows[d] ?? 0) * w + (charRows[d] ?? 0) * c + (denseRows[d] ?? 0);
    addEmbeddingLogits(embedding, denseRows, logits);
  }
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
