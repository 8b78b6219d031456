import { createRandom, shuffleInPlace } from './seeded-random';

const CLASSES = 3;

/** One text as embedding rows with their values (rows may repeat; their values add up). */
export interface EmbeddingExample {
  rows: Int32Array;
  values: Float32Array;
  label: number;
  weight: number;
  /** Loss over negative and positive only (see TrainingSource.polarityOnly). */
  polarityOnly?: boolean;
}

export interface EmbeddingTrainerOptions {
  /** log2 of the number of embedding rows. */
  rowBits: number;
  dim: number;
  /** Width of the ReLU hidden layer; 0 for a linear softmax over the averaged embedding (fastText). */
  hidden: number;
  epochs: number;
  /** Starting learning rate, decayed linearly to zero over all updates (as fastText does). */
  learningRate: number;
  seed: number;
}

export interface EmbeddingWeights {
  rowBits: number;
  dim: number;
  hidden: number;
  /** `embeddings[row * dim + d]`; rows no training text touched stay exactly zero. */
  embeddings: Float32Array;
  /** `w1[h * dim + d]`, empty without a hidden layer. */
  w1: Float32Array;
  b1: Float32Array;
  /** `w2[c * width + k]`, width the hidden size or, without one, the embedding size. */
  w2: Float32Array;
  b2: Float32Array;
}

/** Logits of one text; `scratch` holds the hidden activations for the backward pass. */
export function embeddingLogits(
  model: EmbeddingWeights,
  rows: ArrayLike<number>,
  values: ArrayLike<number>,
  sum: Float64Array,
  act: Float64Array,
  logits: Float64Array,
): void {
  const { dim, hidden, embeddings, w1, b1, w2, b2 } = model;
  sum.fill(0);
  for (let i = 0; i < rows.length; i++) {
    const base = (rows[i] ?? 0) * dim;
    const v = values[i] ?? 0;
    for (let d = 0; d < dim; d++) sum[d] = (sum[d] ?? 0) + (embeddings[base + d] ?? 0) * v;
  }
  let out = sum;
  if (hidden > 0) {
    for (let h = 0; h < hidden; h++) {
      let a = b1[h] ?? 0;
      const base = h * dim;
      for (let d = 0; d < dim; d++) a += (w1[base + d] ?? 0) * (sum[d] ?? 0);
      act[h] = a > 0 ? a : 0;
    }
    out = act;
  }
  const width = hidden > 0 ? hidden : dim;
  for (let c = 0; c < CLASSES; c++) {
    let l = b2[c] ?? 0;
    const base = c * width;
    for (let k = 0; k < width; k++) l += (w2[base + k] ?? 0) * (out[k] ?? 0);
    logits[c] = l;
  }
}

/**
 * A fastText-style classifier: hashed feature embeddings summed with the feature values (so the word and
 * character groups are averaged as the linear model scales them), optionally a ReLU hidden layer, then a
 * softmax. Plain SGD, one example at a time, learning rate decayed linearly to zero; embeddings start at
 * zero and the dense layers at seeded uniform values, so the same seed always gives the same weights.
 */
export function trainEmbeddingModel(examples: readonly EmbeddingExample[], options: EmbeddingTrainerOptions): EmbeddingWeights {
  const { rowBits, dim, hidden, epochs, learningRate, seed } = options;
  const random = createRandom(seed);
  const uniform = (n: number, bound: number) => {
    const out = new Float32Array(n);
    for (let k = 0; k < n; k++) out[k] = (random() * 2 - 1) * bound;
    return out;
  };
  const width = hidden > 0 ? hidden : dim;
  const model: EmbeddingWeights = {
    rowBits,
    dim,
    hidden,
    embeddings: new Float32Array((1 << rowBits) * dim),
    w1: hidden > 0 ? uniform(hidden * dim, Math.sqrt(6 / dim)) : new Float32Array(0),
    b1: new Float32Array(hidden).fill(0.1),
    w2: uniform(CLASSES * width, Math.sqrt(6 / width)),
    b2: new Float32Array(CLASSES),
  };
  const { embeddings, w1, b1, w2, b2 } = model;
  const sum = new Float64Array(dim);
  const act = new Float64Array(Math.max(1, hidden));
  const logits = new Float64Array(CLASSES);
  const grad = new Float64Array(CLASSES);
  const dOut = new Float64Array(width);
  const dSum = new Float64Array(dim);
  const order = examples.map((_, i) => i);
  const total = Math.max(1, epochs * examples.length);
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const index of order) {
      const example = examples[index];
      if (!example) continue;
      const lr = learningRate * (1 - step / total);
      step++;
      const { rows, values } = example;
      embeddingLogits(model, rows, values, sum, act, logits);
      const skip = example.polarityOnly === true ? 1 : -1;
      let max = -Infinity;
      for (let c = 0; c < CLASSES; c++) if (c !== skip) max = Math.max(max, logits[c] ?? 0);
      let z = 0;
      for (let c = 0; c < CLASSES; c++) if (c !== skip) z += Math.exp((logits[c] ?? 0) - max);
      for (let c = 0; c < CLASSES; c++)
        grad[c] = c === skip ? 0 : (Math.exp((logits[c] ?? 0) - max) / z - (c === example.label ? 1 : 0)) * example.weight;
      const out = hidden > 0 ? act : sum;
      dOut.fill(0);
      for (let c = 0; c < CLASSES; c++) {
        const g = grad[c] ?? 0;
        if (g === 0) continue;
        const base = c * width;
        for (let k = 0; k < width; k++) {
          dOut[k] = (dOut[k] ?? 0) + g * (w2[base + k] ?? 0);
          w2[base + k] = (w2[base + k] ?? 0) - lr * g * (out[k] ?? 0);
        }
        b2[c] = (b2[c] ?? 0) - lr * g;
      }
      if (hidden > 0) {
        dSum.fill(0);
        for (let h = 0; h < hidden; h++) {
          if ((act[h] ?? 0) <= 0) continue;
          const g = dOut[h] ?? 0;
          const base = h * dim;
          for (let d = 0; d < dim; d++) {
            dSum[d] = (dSum[d] ?? 0) + g * (w1[base + d] ?? 0);
            w1[base + d] = (w1[base + d] ?? 0) - lr * g * (sum[d] ?? 0);
          }
          b1[h] = (b1[h] ?? 0) - lr * g;
        }
      } else {
        dSum.set(dOut);
      }
      for (let i = 0; i < rows.length; i++) {
        const base = (rows[i] ?? 0) * dim;
        const step = lr * (values[i] ?? 0);
        for (let d = 0; d < dim; d++) embeddings[base + d] = (embeddings[base + d] ?? 0) - step * (dSum[d] ?? 0);
      }
    }
  }
  // A learning rate too large for the example weights makes SGD diverge; say so rather than ship NaN.
  if (![...w2, ...b2].every(Number.isFinite)) throw new Error(`embedding model diverged (learning rate ${learningRate})`);
  return model;
}
