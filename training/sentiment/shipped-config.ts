import type { SentimentTrainingConfig, TrainingSource } from './build-sentiment-model';
import { SENTIMENT_MODEL_VERSION } from './sentiment-artifact';
import { generateEnglishWeakSupervision } from './english-weak-supervision';
import { loadHandwrittenEnglish } from './english-handwritten';
import { loadSmsa, loadVaderLexicon } from './sentiment-data';
import { buildHashedValenceTable, type HashedValenceTable } from '../../core/analysis/sentiment/valence-table';

/** The configuration of the shipped model, chosen by the measurements in models/sentiment/CARD.md. */
export const SHIPPED_CONFIG: SentimentTrainingConfig = {
  version: SENTIMENT_MODEL_VERSION,
  seed: 20261121,
  features: { dimBits: 18, charMin: 3, charMax: 5, charWeight: 0.5, lexiconWeight: 1, ruleWeight: 1, translate: true },
  epochs: 5,
  learningRate: 0.1,
  decay: 0,
  averageFrom: 5,
  l2: 1e-6,
  nb: 1,
  pruneBelow: 0,
  classWeights: [1, 1.5, 1],
  ensemble: 1,
  offsets: { range: 1.5, step: 0.05 },
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
    { name: 'Hand-written English sentences (project data, `english-handwritten.ts`)', texts: loadHandwrittenEnglish(), weight: 3 },
  ];
}

/** Bits of the hashed valence table: 2^22 buckets keep false hits on non-lexicon words under 0.2 %. */
export const VALENCE_BITS = 22;

/**
 * The model's valence table, derived from the VADER lexicon's single words: hashed and rounded to half
 * points, so the artifact carries no copy of the lexicon (emoticon entries are left out; emoji and
 * emoticons use the project's own signal-valence list).
 */
export function loadModelLexicon(): HashedValenceTable {
  const words = [...loadVaderLexicon()].filter(([word]) => /^[a-z][a-z'-]*$/.test(word));
  return buildHashedValenceTable(words, VALENCE_BITS);
}
