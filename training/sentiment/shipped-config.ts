import type { SentimentTrainingConfig, TrainingSource } from './build-sentiment-model';
import { SENTIMENT_MODEL_VERSION } from './sentiment-artifact';
import { loadSmsa, loadVaderLexicon } from './sentiment-data';

/** The configuration of the shipped model, chosen by the measurements in models/sentiment/CARD.md. */
export const SHIPPED_CONFIG: SentimentTrainingConfig = {
  version: SENTIMENT_MODEL_VERSION,
  seed: 20261121,
  features: { dimBits: 18, charMin: 3, charMax: 5, charWeight: 0.5, lexiconWeight: 1 },
  epochs: 5,
  learningRate: 0.1,
  l2: 1e-6,
  pruneBelow: 0,
};

export function loadTrainingSources(): TrainingSource[] {
  return [{ name: 'SmSA train', texts: loadSmsa('train'), weight: 1 }];
}

export function loadModelLexicon(): Map<string, number> {
  return loadVaderLexicon();
}
