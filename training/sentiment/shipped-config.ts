import type { SentimentTrainingConfig, TrainingSource } from './build-sentiment-model';
import { SENTIMENT_MODEL_VERSION } from './sentiment-artifact';
import { generateEnglishWeakSupervision } from './english-weak-supervision';
import { loadHandwrittenEnglish } from './english-handwritten';
import { loadIndolem, loadPrdect, loadSmsa, loadVaderLexicon } from './sentiment-data';
import { deriveValences, type DerivedValenceOptions } from './indonesian-valence';
import { normaliseForSentiment } from './sentiment-normaliser';
import { buildHashedValenceTable, type HashedValenceTable } from '../../core/analysis/sentiment/valence-table';

/** The configuration of the shipped model, chosen by the measurements in models/sentiment/CARD.md. */
export const SHIPPED_CONFIG: SentimentTrainingConfig = {
  version: SENTIMENT_MODEL_VERSION,
  seed: 20261121,
  features: {
    dimBits: 18,
    charMin: 3,
    charMax: 5,
    charWeight: 0.5,
    lexiconWeight: 1,
    ruleWeight: 1,
    translate: true,
    contrast: true,
    shape: true,
  },
  epochs: 5,
  learningRate: 0.1,
  decay: 0,
  averageFrom: 5,
  l2: 1e-6,
  nb: 1,
  pruneBelow: 0,
  weightBits: 16,
  classWeights: [1, 1.5, 1],
  ensemble: 1,
  offsets: { range: 1.5, step: 0.05, folds: 5 },
};

/** Weight of PRDECT-ID and IndoLEM, polarity-only (see TrainingSource.polarityOnly). */
const POLARITY_WEIGHT = 0.3;
/** Weight of the hand-written English sentences. */
const HANDWRITTEN_WEIGHT = 8;

/** Word valences derived from PRDECT-ID and IndoLEM (see indonesian-valence.ts). */
export const DERIVED_VALENCE: DerivedValenceOptions = { minCount: 20, minRatio: 1.5, scale: 1 };

/** English synthetic reviews labelled by VADER (see english-weak-supervision.ts). */
const ENGLISH_SYNTHETIC = { count: 3000, seed: 7, weight: 1 };

export function loadTrainingSources(): TrainingSource[] {
  return [
    { name: 'SmSA train', texts: loadSmsa('train'), weight: 1, crossFit: true },
    {
      name: `English weak supervision (VADER-labelled synthetic, seed ${ENGLISH_SYNTHETIC.seed})`,
      texts: generateEnglishWeakSupervision(loadVaderLexicon(), ENGLISH_SYNTHETIC.count, ENGLISH_SYNTHETIC.seed),
      weight: ENGLISH_SYNTHETIC.weight,
    },
    {
      name: 'Hand-written English sentences (project data, `english-handwritten.ts`)',
      texts: loadHandwrittenEnglish(),
      weight: HANDWRITTEN_WEIGHT,
    },
    { name: 'PRDECT-ID (polarity only)', texts: loadPrdect(), weight: POLARITY_WEIGHT, polarityOnly: true },
    { name: 'IndoLEM sentiment (polarity only)', texts: loadIndolem(), weight: POLARITY_WEIGHT, polarityOnly: true },
  ];
}

/** Bits of the hashed valence table: 2^22 buckets keep false hits on non-lexicon words under 0.2 %. */
export const VALENCE_BITS = 22;

/**
 * The model's valence table, derived from the VADER lexicon's single words and from Indonesian word
 * valences learnt on PRDECT-ID and IndoLEM (words VADER has keep VADER's): hashed and rounded to half
 * points, so the artifact carries no copy of a lexicon (emoticon entries are left out; emoji and
 * emoticons use the project's own signal-valence list).
 */
export function loadModelLexicon(): HashedValenceTable {
  const words = [...loadVaderLexicon()].filter(([word]) => /^[a-z][a-z'-]*$/.test(word));
  const known = new Set(words.map(([word]) => word));
  const derived = deriveValences([...loadPrdect(), ...loadIndolem()], normaliseForSentiment, DERIVED_VALENCE);
  return buildHashedValenceTable([...words, ...derived.filter(([word]) => !known.has(word))], VALENCE_BITS);
}
