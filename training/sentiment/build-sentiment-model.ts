import { SENTIMENTS, type NormalisedText, type Sentiment } from '../../core/analysis/analysis.types';
import { extractSentimentFeatures, type FeatureConfig } from '../../core/analysis/sentiment/sentiment-features';
import { parseSentimentModel, type SentimentModel, type SentimentModelArtifact } from '../../core/analysis/sentiment/sentiment-model';
import { computeLogits, softmax } from '../../core/analysis/sentiment/score-sentiment';
import { encodeSentimentModel } from './encode-sentiment-model';
import { trainSoftmax, type TrainedWeights, type TrainingExample } from './softmax-trainer';
import type { LabelledText } from './sentiment-data';

export type Normalise = (text: string) => NormalisedText;

export interface TrainingSource {
  name: string;
  texts: readonly LabelledText[];
  weight: number;
}

export interface SentimentTrainingConfig {
  version: string;
  seed: number;
  features: FeatureConfig;
  epochs: number;
  learningRate: number;
  l2: number;
  pruneBelow: number;
  /** Loss weight per class (negative, neutral, positive): counters SmSA's scarce neutral class. */
  classWeights: readonly [number, number, number];
  /** Models trained with consecutive seeds whose weights are averaged (a bagging-free ensemble). */
  ensemble: number;
}

export interface BuiltSentimentModel {
  artifact: SentimentModelArtifact;
  model: SentimentModel;
}

function toExamples(
  sources: readonly TrainingSource[],
  normalise: Normalise,
  config: SentimentTrainingConfig,
  lexicon: ReadonlyMap<string, number>,
): TrainingExample[] {
  const examples: TrainingExample[] = [];
  for (const source of sources) {
    for (const { text, label } of source.texts) {
      const features = extractSentimentFeatures(normalise(text), config.features, lexicon);
      const index = SENTIMENTS.indexOf(label);
      examples.push({ features, label: index, weight: source.weight * (config.classWeights[index] ?? 1) });
    }
  }
  return examples;
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
  lexicon: ReadonlyMap<string, number>,
  calibration: readonly LabelledText[],
  normalise: Normalise,
): BuiltSentimentModel {
  const examples = toExamples(sources, normalise, config, lexicon);
  const trained = averageModels(
    Array.from({ length: config.ensemble }, (_, k) =>
      trainSoftmax(examples, {
        dimBits: config.features.dimBits,
        epochs: config.epochs,
        learningRate: config.learningRate,
        l2: config.l2,
        seed: config.seed + k,
      }),
    ),
  );
  const encode = (temperature: number) =>
    encodeSentimentModel({
      version: config.version,
      features: config.features,
      lexicon,
      ...trained,
      temperature,
      pruneBelow: config.pruneBelow,
    });
  const uncalibrated = parseSentimentModel(JSON.parse(JSON.stringify(encode(1))));
  const artifact = encode(fitTemperature(uncalibrated, calibration, normalise));
  return { artifact, model: parseSentimentModel(JSON.parse(JSON.stringify(artifact))) };
}

export function predictAll(model: SentimentModel, texts: readonly LabelledText[], normalise: Normalise): Sentiment[] {
  return texts.map(({ text }) => {
    const p = softmax(computeLogits(model, extractSentimentFeatures(normalise(text), model.features, model.lexicon)), model.temperature);
    const best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
    return SENTIMENTS[best] ?? 'neutral';
  });
}
