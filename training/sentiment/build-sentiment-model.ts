import { SENTIMENTS, type NormalisedText, type Sentiment } from '../../core/analysis/analysis.types';
import {
  emitSentimentFeatures,
  extractSentimentFeatures,
  groupScale,
  type FeatureConfig,
} from '../../core/analysis/sentiment/sentiment-features';
import type { HashedValenceTable } from '../../core/analysis/sentiment/valence-table';
import { parseSentimentModel, type SentimentModel, type SentimentModelArtifact } from '../../core/analysis/sentiment/sentiment-model';
import { computeLogits, softmax } from '../../core/analysis/sentiment/score-sentiment';
import { encodeSentimentModel } from './encode-sentiment-model';
import { measureClassification } from './classification-metrics';
import { trainSoftmax, type TrainedWeights } from './softmax-trainer';
import type { LabelledText } from './sentiment-data';
import { createRandom, shuffleInPlace } from './seeded-random';
import type { FeatureVector } from '../../core/analysis/sentiment/sentiment-features';

export type Normalise = (text: string) => NormalisedText;

export interface TrainingSource {
  name: string;
  texts: readonly LabelledText[];
  weight: number;
  /**
   * Positive/negative texts with no neutral option (PRDECT-ID, IndoLEM): their loss is over those two
   * classes only, so they teach polarity without teaching that nothing is neutral; NB ratios leave them out.
   */
  polarityOnly?: boolean;
  /** The source the class offsets are cross-fitted on (its out-of-fold predictions); at most one. */
  crossFit?: boolean;
}

export interface SentimentTrainingConfig {
  version: string;
  seed: number;
  features: FeatureConfig;
  epochs: number;
  learningRate: number;
  /** Learning-rate decay per epoch (rate / (1 + decay · epoch)). */
  decay: number;
  /** Epoch from which end-of-epoch weights are averaged; `epochs` for none. */
  averageFrom: number;
  l2: number;
  /**
   * NB scaling (Wang & Manning 2012): each word and character bucket's value is multiplied by
   * `1 − nb + nb · r`, r its largest one-vs-rest log-count ratio; 0 for none. Baked into the weights on export.
   */
  nb: number;
  pruneBelow: number;
  /** Bits per stored weight (8 or 16); absent: 8. */
  weightBits?: 8 | 16;
  /** Loss weight per class (negative, neutral, positive): counters SmSA's scarce neutral class. */
  classWeights: readonly [number, number, number];
  /** Models trained with consecutive seeds whose weights are averaged (a bagging-free ensemble). */
  ensemble: number;
  /**
   * Per-class logit offsets (negative, neutral; positive stays 0) searched to maximise macro-F1, on a grid
   * of this step from −range to +range; absent for none. With `folds`, they are fitted on the out-of-fold
   * predictions of the `crossFit` source (each fold predicted by a model trained without it), not on the
   * calibration set.
   */
  offsets?: { range: number; step: number; folds?: number };
  /**
   * Ensemble members, each trained on its own (on all groups, words only or characters only, with its own
   * NB scaling and seed offset) and combined by weighted logit sum. All members read the same features, so
   * the sum folds into one weight table and scoring costs what one model costs; absent: one member.
   */
  members?: readonly EnsembleMember[];
}

export interface EnsembleMember {
  groups: 'all' | 'word' | 'char';
  weight: number;
  nb?: number;
  seedOffset?: number;
}

export interface BuiltSentimentModel {
  artifact: SentimentModelArtifact;
  model: SentimentModel;
  /** With cross-fitted offsets: macro-F1 of the out-of-fold predictions without and with the offsets. */
  crossFit?: {
    folds: number;
    count: number;
    macroF1: number;
    macroF1WithOffsets: number;
    /** Macro-F1 of each fold's out-of-fold predictions without offsets (their mean is the cross-validated score). */
    foldMacroF1: number[];
  };
}

export interface GroupedFeatures {
  word: number[];
  char: number[];
  dense: number[];
  denseValues: number[];
}

export function extractGroups(text: NormalisedText, config: FeatureConfig, lexicon: HashedValenceTable): GroupedFeatures {
  const out: GroupedFeatures = { word: [], char: [], dense: [], denseValues: [] };
  emitSentimentFeatures(text, config, lexicon, {
    word: (bucket) => out.word.push(bucket),
    char: (bucket) => out.char.push(bucket),
    valence: (bucket, value) => {
      out.dense.push(bucket);
      out.denseValues.push(value);
    },
  });
  return out;
}

/**
 * Per-bucket NB scale: one-vs-rest log-count ratios of each class (document counts, add-one smoothed,
 * each side normalised by its total); the bucket's scale is `1 − nb + nb · max |ratio|`.
 */
export function nbScales(grouped: readonly { groups: GroupedFeatures; label: number }[], dimBits: number, nb: number): Float32Array {
  const size = 1 << dimBits;
  const scales = new Float32Array(size).fill(1);
  if (nb === 0) return scales;
  const counts = [new Float64Array(size), new Float64Array(size), new Float64Array(size)];
  const seen = new Uint32Array(size);
  let stamp = 0;
  for (const { groups, label } of grouped) {
    stamp++;
    const row = counts[label];
    if (!row) continue;
    for (const bucket of [...groups.word, ...groups.char]) {
      if (seen[bucket] === stamp) continue;
      seen[bucket] = stamp;
      row[bucket] = (row[bucket] ?? 0) + 1;
    }
  }
  const totals = counts.map((row) => row.reduce((a, b) => a + b, 0) + size);
  const all = totals.reduce((a, b) => a + b, 0);
  for (let f = 0; f < size; f++) {
    let best = 0;
    for (let c = 0; c < 3; c++) {
      const own = (counts[c]?.[f] ?? 0) + 1;
      const rest = (counts[0]?.[f] ?? 0) + (counts[1]?.[f] ?? 0) + (counts[2]?.[f] ?? 0) + 3 - own;
      const ratio = Math.abs(Math.log(own / (totals[c] ?? 1)) - Math.log(rest / (all - (totals[c] ?? 0))));
      best = Math.max(best, ratio);
    }
    scales[f] = 1 - nb + nb * best;
  }
  for (const { groups } of grouped) for (const bucket of groups.dense) scales[bucket] = 1;
  return scales;
}

export function toVector(
  groups: GroupedFeatures,
  config: FeatureConfig,
  scales: Float32Array,
  use: EnsembleMember['groups'] = 'all',
): FeatureVector {
  const indices: number[] = [];
  const values: number[] = [];
  const wordValue = use === 'char' ? 0 : groupScale(groups.word.length, 1);
  for (const bucket of groups.word) {
    indices.push(bucket);
    values.push(wordValue * (scales[bucket] ?? 1));
  }
  const charValue = use === 'word' ? 0 : groupScale(groups.char.length, config.charWeight);
  for (const bucket of groups.char) {
    indices.push(bucket);
    values.push(charValue * (scales[bucket] ?? 1));
  }
  indices.push(...groups.dense);
  values.push(...groups.denseValues);
  return { indices, values };
}

interface GroupedExample {
  groups: GroupedFeatures;
  label: number;
  weight: number;
  polarityOnly: boolean;
  crossFit: boolean;
}

function toGrouped(
  sources: readonly TrainingSource[],
  normalise: Normalise,
  config: SentimentTrainingConfig,
  lexicon: HashedValenceTable,
): GroupedExample[] {
  const grouped: GroupedExample[] = [];
  for (const source of sources) {
    for (const { text, label } of source.texts) {
      const index = SENTIMENTS.indexOf(label);
      grouped.push({
        groups: extractGroups(normalise(text), config.features, lexicon),
        label: index,
        weight: source.weight * (config.classWeights[index] ?? 1),
        polarityOnly: source.polarityOnly === true,
        crossFit: source.crossFit === true,
      });
    }
  }
  return grouped;
}

/** Trains one member (seeds averaged) and folds its NB scales into its weights. */
function trainMember(grouped: readonly GroupedExample[], config: SentimentTrainingConfig, member: EnsembleMember): TrainedWeights {
  const scales = nbScales(
    grouped.filter((example) => !example.polarityOnly),
    config.features.dimBits,
    member.nb ?? config.nb,
  );
  const examples = grouped.map(({ groups, label, weight, polarityOnly }) => ({
    features: toVector(groups, config.features, scales, member.groups),
    label,
    weight,
    polarityOnly,
  }));
  const trained = averageModels(
    Array.from({ length: config.ensemble }, (_, k) =>
      trainSoftmax(examples, {
        dimBits: config.features.dimBits,
        epochs: config.epochs,
        learningRate: config.learningRate,
        decay: config.decay,
        averageFrom: config.averageFrom,
        l2: config.l2,
        seed: config.seed + (member.seedOffset ?? 0) + k,
      }),
    ),
  );
  for (let k = 0; k < trained.weights.length; k++) trained.weights[k] = (trained.weights[k] ?? 0) * (scales[Math.floor(k / 3)] ?? 1);
  return trained;
}

/** Mean negative log-likelihood of the gold labels at a temperature. */
function negativeLogLikelihood(logits: readonly [number, number, number][], gold: readonly number[], temperature: number): number {
  let total = 0;
  logits.forEach((l, i) => {
    total -= Math.log(Math.max(1e-12, softmax(l, temperature)[gold[i] ?? 0] ?? 0));
  });
  return total / Math.max(1, logits.length);
}

/** Temperature scaling: a one-parameter grid search on held-apart validation texts. */
function fitTemperature(model: SentimentModel, calibration: readonly LabelledText[], normalise: Normalise): number {
  const logits = calibration.map(({ text }) =>
    computeLogits(model, extractSentimentFeatures(normalise(text), model.features, model.lexicon)),
  );
  const gold = calibration.map(({ label }) => SENTIMENTS.indexOf(label));
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.3; t <= 4.001; t += 0.05) {
    const loss = negativeLogLikelihood(logits, gold, t);
    if (loss < bestLoss) {
      bestLoss = loss;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}

/** Macro-F1 of argmax(logits + offsets) against gold class indices. */
function macroF1With(logits: readonly (readonly [number, number, number])[], gold: readonly number[], offsets: readonly number[]): number {
  const predicted = logits.map((l) => {
    const a = l[0] + (offsets[0] ?? 0);
    const b = l[1] + (offsets[1] ?? 0);
    const c = l[2] + (offsets[2] ?? 0);
    return SENTIMENTS[a >= b && a >= c ? 0 : b >= c ? 1 : 2] ?? 'neutral';
  });
  return measureClassification(
    gold.map((g) => SENTIMENTS[g] ?? 'neutral'),
    predicted,
  ).macroF1;
}

/**
 * Grid search of negative and neutral logit offsets (positive fixed at 0) for macro-F1 on the calibration
 * set; among equal scores the offsets closest to zero win, so a flat optimum does not drift.
 */
export function fitOffsets(
  model: SentimentModel,
  calibration: readonly LabelledText[],
  normalise: Normalise,
  grid: { range: number; step: number },
): [number, number, number] {
  const logits = calibration.map(({ text }) =>
    computeLogits(model, extractSentimentFeatures(normalise(text), model.features, model.lexicon)),
  );
  return fitOffsetsOn(
    logits,
    calibration.map(({ label }) => SENTIMENTS.indexOf(label)),
    grid,
  );
}

function fitOffsetsOn(
  logits: readonly (readonly [number, number, number])[],
  gold: readonly number[],
  grid: { range: number; step: number },
): [number, number, number] {
  const steps = Math.round(grid.range / grid.step);
  let best: [number, number, number] = [0, 0, 0];
  let bestScore = macroF1With(logits, gold, best);
  let bestSize = 0;
  for (let i = -steps; i <= steps; i++) {
    for (let j = -steps; j <= steps; j++) {
      const offsets: [number, number, number] = [Math.round(i * grid.step * 100) / 100, Math.round(j * grid.step * 100) / 100, 0];
      const score = macroF1With(logits, gold, offsets);
      const size = Math.abs(offsets[0]) + Math.abs(offsets[1]);
      if (score > bestScore + 1e-12 || (Math.abs(score - bestScore) <= 1e-12 && size < bestSize)) {
        best = offsets;
        bestScore = score;
        bestSize = size;
      }
    }
  }
  return best;
}

/** The members' weighted logit sum as one weight table (NB scales folded in). */
function trainMembers(grouped: readonly GroupedExample[], config: SentimentTrainingConfig): TrainedWeights {
  const members = config.members ?? [{ groups: 'all', weight: 1 }];
  const trained: TrainedWeights = { weights: new Float32Array((1 << config.features.dimBits) * 3), bias: [0, 0, 0] };
  for (const member of members) {
    // The NB scales are folded in, so scoring reads the unscaled features; members add up as logits.
    const one = trainMember(grouped, config, member);
    for (let k = 0; k < trained.weights.length; k++) trained.weights[k] = (trained.weights[k] ?? 0) + member.weight * (one.weights[k] ?? 0);
    for (let c = 0; c < 3; c++) trained.bias[c] = (trained.bias[c] ?? 0) + member.weight * (one.bias[c] ?? 0);
  }
  return trained;
}

function logitsOf(trained: TrainedWeights, features: FeatureVector): [number, number, number] {
  const logits: [number, number, number] = [trained.bias[0], trained.bias[1], trained.bias[2]];
  for (let i = 0; i < features.indices.length; i++) {
    const base = (features.indices[i] ?? 0) * 3;
    const value = features.values[i] ?? 0;
    logits[0] += (trained.weights[base] ?? 0) * value;
    logits[1] += (trained.weights[base + 1] ?? 0) * value;
    logits[2] += (trained.weights[base + 2] ?? 0) * value;
  }
  return logits;
}

/**
 * Out-of-fold logits of the cross-fit source: its examples are split into `folds` folds (seeded shuffle);
 * each fold is predicted by a model trained on everything else, so the offsets never see their own texts.
 */
function crossFitLogits(
  grouped: readonly GroupedExample[],
  config: SentimentTrainingConfig,
  folds: number,
): { logits: [number, number, number][]; gold: number[]; foldOf: number[] } {
  const order = grouped.flatMap((example, i) => (example.crossFit ? [i] : []));
  shuffleInPlace(order, createRandom(config.seed));
  const fold = new Map(order.map((index, k) => [index, k % folds]));
  const logits: [number, number, number][] = [];
  const gold: number[] = [];
  const foldOf: number[] = [];
  for (let f = 0; f < folds; f++) {
    const trained = trainMembers(
      grouped.filter((_, i) => fold.get(i) !== f),
      config,
    );
    for (const index of order.filter((i) => fold.get(i) === f)) {
      const example = grouped[index];
      if (!example) continue;
      logits.push(logitsOf(trained, toVector(example.groups, config.features, new Float32Array(1 << config.features.dimBits).fill(1))));
      gold.push(example.label);
      foldOf.push(f);
    }
  }
  return { logits, gold, foldOf };
}

/** Linear models average into one linear model: the ensemble costs nothing at inference. */
function averageModels(models: readonly TrainedWeights[]): TrainedWeights {
  const first = models[0];
  if (!first) throw new Error('no models to average');
  const weights = new Float32Array(first.weights.length);
  const bias: [number, number, number] = [0, 0, 0];
  for (const m of models) {
    for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) + (m.weights[i] ?? 0) / models.length;
    for (let c = 0; c < 3; c++) bias[c] = (bias[c] ?? 0) + (m.bias[c] ?? 0) / models.length;
  }
  return { weights, bias };
}

/** Trains, prunes and quantises, then calibrates the quantised model's temperature. */
export function buildSentimentModel(
  config: SentimentTrainingConfig,
  sources: readonly TrainingSource[],
  lexicon: HashedValenceTable,
  calibration: readonly LabelledText[],
  normalise: Normalise,
): BuiltSentimentModel {
  const grouped = toGrouped(sources, normalise, config, lexicon);
  const trained = trainMembers(grouped, config);
  const encode = (temperature: number) =>
    encodeSentimentModel({
      version: config.version,
      features: config.features,
      lexicon,
      ...trained,
      temperature,
      pruneBelow: config.pruneBelow,
      weightBits: config.weightBits,
    });
  const uncalibrated = parseSentimentModel(JSON.parse(JSON.stringify(encode(1))));
  const artifact = encode(fitTemperature(uncalibrated, calibration, normalise));
  let crossFit: BuiltSentimentModel['crossFit'];
  if (config.offsets?.folds) {
    const { logits, gold, foldOf } = crossFitLogits(grouped, config, config.offsets.folds);
    artifact.offsets = fitOffsetsOn(logits, gold, config.offsets);
    crossFit = {
      folds: config.offsets.folds,
      count: gold.length,
      macroF1: macroF1With(logits, gold, [0, 0, 0]),
      macroF1WithOffsets: macroF1With(logits, gold, artifact.offsets),
      foldMacroF1: Array.from({ length: config.offsets.folds }, (_, f) => {
        const inFold = foldOf.flatMap((g, i) => (g === f ? [i] : []));
        return macroF1With(
          inFold.map((i) => logits[i] ?? [0, 0, 0]),
          inFold.map((i) => gold[i] ?? 0),
          [0, 0, 0],
        );
      }),
    };
  } else if (config.offsets) {
    const calibrated = parseSentimentModel(JSON.parse(JSON.stringify(artifact)));
    artifact.offsets = fitOffsets(calibrated, calibration, normalise, config.offsets);
  }
  return { artifact, model: parseSentimentModel(JSON.parse(JSON.stringify(artifact))), crossFit };
}

export function predictAll(model: SentimentModel, texts: readonly LabelledText[], normalise: Normalise): Sentiment[] {
  return texts.map(({ text }) => {
    const p = softmax(computeLogits(model, extractSentimentFeatures(normalise(text), model.features, model.lexicon)), model.temperature);
    const best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
    return SENTIMENTS[best] ?? 'neutral';
  });
}
