import { SENTIMENTS, type NormalisedText, type Sentiment } from '../analysis.types';
import { extractSentimentFeatures, type FeatureVector } from './sentiment-features';
import { CLASS_COUNT, type SentimentModel } from './sentiment-model';
import { computeLogits, softmax, type SentimentAdjustment } from './score-sentiment';

export interface SentimentCorrection {
  normalised: NormalisedText;
  label: Sentiment;
}

export interface AdjustmentOptions {
  /** Pull of each weight delta toward zero; larger keeps the adjustment closer to the shipped model. */
  l2?: number;
  /** Pull of the class bias toward zero; kept strong so corrections move their phrases, not every text. */
  biasL2?: number;
  iterations?: number;
  learningRate?: number;
}

const DEFAULTS: Required<AdjustmentOptions> = { l2: 0.02, biasL2: 2, iterations: 300, learningRate: 0.5 };
/** Deltas smaller than this are left out of the adjustment. */
const NEGLIGIBLE = 1e-4;

interface Prepared {
  features: FeatureVector;
  baseLogits: [number, number, number];
  label: number;
}

/**
 * Learns a workspace's correction from its users' relabelled texts: full-batch gradient descent on the
 * cross-entropy of the shipped model plus a sparse delta, L2-regularised toward zero. Deterministic:
 * the same corrections always give the same adjustment.
 */
export function fitSentimentAdjustment(
  model: SentimentModel,
  examples: readonly SentimentCorrection[],
  options: AdjustmentOptions = {},
): SentimentAdjustment {
  const { l2, biasL2, iterations, learningRate } = { ...DEFAULTS, ...options };
  const prepared: Prepared[] = examples.map(({ normalised, label }) => {
    const features = extractSentimentFeatures(normalised, model.features, model.lexicon);
    return { features, baseLogits: computeLogits(model, features), label: SENTIMENTS.indexOf(label) };
  });
  const slots = new Map<number, number>();
  for (const { features } of prepared) for (const bucket of features.indices) if (!slots.has(bucket)) slots.set(bucket, slots.size);
  const delta = new Float64Array(slots.size * CLASS_COUNT);
  const bias = [0, 0, 0];
  const scale = 1 / Math.max(1, prepared.length);
  for (let step = 0; step < iterations; step++) {
    const grad = new Float64Array(delta.length);
    const biasGrad = [0, 0, 0];
    for (const { features, baseLogits, label } of prepared) {
      const logits: [number, number, number] = [
        baseLogits[0] + (bias[0] ?? 0),
        baseLogits[1] + (bias[1] ?? 0),
        baseLogits[2] + (bias[2] ?? 0),
      ];
      features.indices.forEach((bucket, i) => {
        const base = (slots.get(bucket) ?? 0) * CLASS_COUNT;
        const v = features.values[i] ?? 0;
        logits[0] += (delta[base] ?? 0) * v;
        logits[1] += (delta[base + 1] ?? 0) * v;
        logits[2] += (delta[base + 2] ?? 0) * v;
      });
      const p = softmax(logits, model.temperature);
      for (let c = 0; c < CLASS_COUNT; c++) {
        const g = (((p[c] ?? 0) - (c === label ? 1 : 0)) / model.temperature) * scale;
        biasGrad[c] = (biasGrad[c] ?? 0) + g;
        features.indices.forEach((bucket, i) => {
          const k = (slots.get(bucket) ?? 0) * CLASS_COUNT + c;
          grad[k] = (grad[k] ?? 0) + g * (features.values[i] ?? 0);
        });
      }
    }
    for (let k = 0; k < delta.length; k++) delta[k] = (delta[k] ?? 0) - learningRate * ((grad[k] ?? 0) + l2 * (delta[k] ?? 0));
    for (let c = 0; c < CLASS_COUNT; c++) bias[c] = (bias[c] ?? 0) - learningRate * ((biasGrad[c] ?? 0) + biasL2 * (bias[c] ?? 0));
  }
  const weights = new Map<number, readonly [number, number, number]>();
  for (const [bucket, slot] of slots) {
    const row: [number, number, number] = [delta[slot * 3] ?? 0, delta[slot * 3 + 1] ?? 0, delta[slot * 3 + 2] ?? 0];
    if (row.some((d) => Math.abs(d) >= NEGLIGIBLE)) weights.set(bucket, row);
  }
  return { weights, bias: [bias[0] ?? 0, bias[1] ?? 0, bias[2] ?? 0] };
}
