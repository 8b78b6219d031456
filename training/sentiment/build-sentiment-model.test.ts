import { describe, expect, it } from 'vitest';
import { SENTIMENTS, type Sentiment } from '../../core/analysis/analysis.types';
import { computeLogits, scoreSentiment, softmax } from '../../core/analysis/sentiment/score-sentiment';
import { extractSentimentFeatures } from '../../core/analysis/sentiment/sentiment-features';
import { buildHashedValenceTable } from '../../core/analysis/sentiment/valence-table';
import { buildSentimentModel, type SentimentTrainingConfig, type TrainingSource } from './build-sentiment-model';
import { normaliseForSentiment } from './sentiment-normaliser';

const CUES: Record<Sentiment, string[]> = {
  negative: ['buruk', 'lambat', 'kecewa', 'rusak'],
  neutral: ['jam', 'alamat', 'menu', 'cabang'],
  positive: ['enak', 'ramah', 'cepat', 'puas'],
};
const FILLER = ['makanan', 'di', 'tempat', 'ini', 'pelayanan', 'kami'];

/** Seeded toy texts: filler words and one or two cue words of the label's class. */
function toyTexts(count: number, seed: number): { text: string; label: Sentiment }[] {
  let state = seed;
  const pick = <T>(items: readonly T[]): T => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return items[state % items.length] as T;
  };
  return Array.from({ length: count }, (_, i) => {
    const label = SENTIMENTS[i % 3] ?? 'neutral';
    return { text: [pick(FILLER), pick(CUES[label]), pick(FILLER), pick(CUES[label])].join(' '), label };
  });
}

const config: SentimentTrainingConfig = {
  version: 'test',
  seed: 7,
  features: { dimBits: 12, charMin: 3, charMax: 4, charWeight: 0.5, lexiconWeight: 1, ruleWeight: 1 },
  epochs: 3,
  learningRate: 0.1,
  decay: 0,
  averageFrom: 3,
  l2: 1e-6,
  nb: 1,
  pruneBelow: 0,
  weightBits: 16,
  classWeights: [1, 1, 1],
  ensemble: 1,
  offsets: { range: 0.5, step: 0.25, folds: 2 },
};
const sources: TrainingSource[] = [{ name: 'toy', texts: toyTexts(90, 1), weight: 1, crossFit: true }];
const lexicon = buildHashedValenceTable([['enak', 2]], 12);
const calibration = toyTexts(30, 2);

describe('buildSentimentModel', () => {
  const built = buildSentimentModel(config, sources, lexicon, calibration, normaliseForSentiment);

  it('stores int16 weights that stay within half a step of the int8 ones, and reproduces itself', () => {
    expect(built.artifact.weights.bits).toBe(16);
    const int8 = buildSentimentModel({ ...config, weightBits: 8 }, sources, lexicon, calibration, normaliseForSentiment);
    expect(int8.artifact.weights.bits).toBeUndefined();
    const step = int8.artifact.weights.scale;
    let largest = 0;
    built.model.weights.forEach((w, k) => (largest = Math.max(largest, Math.abs(w - (int8.model.weights[k] ?? 0)))));
    expect(largest).toBeGreaterThan(0);
    expect(largest).toBeLessThanOrEqual(step / 2 + built.artifact.weights.scale);
    const again = buildSentimentModel(config, sources, lexicon, calibration, normaliseForSentiment);
    expect(JSON.stringify(again.artifact)).toBe(JSON.stringify(built.artifact));
  });

  it('reports each fold of the cross-fit and scores the toy task', () => {
    expect(built.crossFit?.foldMacroF1).toHaveLength(2);
    for (const { text, label } of toyTexts(12, 3)) {
      const normalised = normaliseForSentiment(text);
      const scored = scoreSentiment(built.model, normalised);
      expect(scored.sentiment).toBe(label);
      const expected = softmax(
        computeLogits(built.model, extractSentimentFeatures(normalised, built.model.features, built.model.lexicon)),
        built.model.temperature,
      );
      expect(scored.scores.positive).toBeCloseTo(expected[2], 10);
    }
  });
});
