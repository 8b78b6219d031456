import type { SentimentTrainingConfig, TrainingSource } from './build-sentiment-model';
import { SENTIMENT_MODEL_VERSION } from './sentiment-artifact';
import { generateEnglishWeakSupervision } from './english-weak-supervision';
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
  classWeights: [1, 1, 1],
  ensemble: 1,
};

/** English synthetic reviews labelled by VADER (see english-weak-supervision.ts). */
const ENGLISH_SYNTHETIC = { count: 3000, seed: 7, weight: 1 };

export function loadTrainingSources(): TrainingSource[] {
  return [
    { name: 'SmSA train', texts: loadSmsa('train'), weight: 1 },
    {
      name: `English weak supervision (VADER-labelled synthetic, seed ${ENGLISH_SYNTHETIC.seed})`,
      texts: generateEnglishWeakSupervision(loadVaderLexicon(), ENGLISH_SYNTHETIC.count, ENGLISH_SYNTHETIC.seed),
      weight: ENGLISH_SYNTHETIC.weight,
    },
  ];
}

export function loadModelLexicon(): Map<string, number> {
  return loadVaderLexicon();
}
