import type { FeatureVector } from '../../core/analysis/sentiment/sentiment-features';
import { createRandom, shuffleInPlace } from './seeded-random';

const CLASSES = 3;

export interface TrainingExample {
  features: FeatureVector;
  /** 0 negative, 1 neutral, 2 positive. */
  label: number;
  weight: number;
  /** Polarity-only example (positive or negative, no neutral option): the loss is over those two classes. */
  polarityOnly?: boolean;
}

export interface TrainerOptions {
  dimBits: number;
  epochs: number;
  learningRate: number;
  /** The learning rate of epoch e is learningRate / (1 + decay · e). */
  decay?: number;
  /** Epoch from which the end-of-epoch weights are averaged into the result (Polyak averaging); absent: no averaging. */
  averageFrom?: number;
  l2: number;
  seed: number;
}

export interface TrainedWeights {
  weights: Float32Array;
  bias: [number, number, number];
}

/**
 * Multinomial logistic regression by AdaGrad over hashed sparse features, with L2 applied to the
 * weights an example touches. One seeded shuffle per epoch keeps runs reproducible.
 */
export function trainSoftmax(examples: readonly TrainingExample[], options: TrainerOptions): TrainedWeights {
  const size = (1 << options.dimBits) * CLASSES;
  const weights = new Float32Array(size);
  const squares = new Float32Array(size);
  const bias: [number, number, number] = [0, 0, 0];
  const biasSquares = [0, 0, 0];
  const random = createRandom(options.seed);
  const order = examples.map((_, i) => i);
  const { l2 } = options;
  const grad = [0, 0, 0];
  const averageFrom = options.averageFrom ?? options.epochs;
  const averaged = new Float64Array(averageFrom < options.epochs ? size : 0);
  const averagedBias = [0, 0, 0];
  let snapshots = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const lr = options.learningRate / (1 + (options.decay ?? 0) * epoch);
    shuffleInPlace(order, random);
    for (const index of order) {
      const example = examples[index];
      if (!example) continue;
      const { indices, values } = example.features;
      const logits = [bias[0], bias[1], bias[2]];
      for (let i = 0; i < indices.length; i++) {
        const base = (indices[i] ?? 0) * CLASSES;
        const v = values[i] ?? 0;
        for (let c = 0; c < CLASSES; c++) logits[c] = (logits[c] ?? 0) + (weights[base + c] ?? 0) * v;
      }
      const skip = example.polarityOnly === true ? 1 : -1;
      let max = -Infinity;
      for (let c = 0; c < CLASSES; c++) if (c !== skip) max = Math.max(max, logits[c] ?? 0);
      let sum = 0;
      for (let c = 0; c < CLASSES; c++) if (c !== skip) sum += Math.exp((logits[c] ?? 0) - max);
      for (let c = 0; c < CLASSES; c++) {
        const p = c === skip ? 0 : Math.exp((logits[c] ?? 0) - max) / sum;
        grad[c] = c === skip ? 0 : (p - (c === example.label ? 1 : 0)) * example.weight;
      }
      for (let i = 0; i < indices.length; i++) {
        const base = (indices[i] ?? 0) * CLASSES;
        const v = values[i] ?? 0;
        for (let c = 0; c < CLASSES; c++) {
          const k = base + c;
          const w = weights[k] ?? 0;
          const g = (grad[c] ?? 0) * v + l2 * w;
          const s = (squares[k] ?? 0) + g * g;
          squares[k] = s;
          weights[k] = w - (lr * g) / Math.sqrt(s + 1e-8);
        }
      }
      for (let c = 0; c < CLASSES; c++) {
        const g = grad[c] ?? 0;
        biasSquares[c] = (biasSquares[c] ?? 0) + g * g;
        bias[c] = (bias[c] ?? 0) - (lr * g) / Math.sqrt((biasSquares[c] ?? 0) + 1e-8);
      }
    }
    if (epoch >= averageFrom) {
      for (let k = 0; k < size; k++) averaged[k] = (averaged[k] ?? 0) + (weights[k] ?? 0);
      for (let c = 0; c < CLASSES; c++) averagedBias[c] = (averagedBias[c] ?? 0) + (bias[c] ?? 0);
      snapshots++;
    }
  }
  if (snapshots === 0) return { weights, bias };
  const out = new Float32Array(size);
  for (let k = 0; k < size; k++) out[k] = (averaged[k] ?? 0) / snapshots;
  return {
    weights: out,
    bias: [(averagedBias[0] ?? 0) / snapshots, (averagedBias[1] ?? 0) / snapshots, (averagedBias[2] ?? 0) / snapshots],
  };
}
