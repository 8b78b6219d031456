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
  embedding: { linearWeight: 0.7, rowBits: 8, dim: 4, hidden: 4, epochs: 5, learningRate: 0.05, seedOffset: 0 },
};
const sources: TrainingSource[] = [{ name: 'toy', texts: toyTexts(90, 1), weight: 1, crossFit: true }];
const lexicon = buildHashedValenceTable([['enak', 2]], 12);
const calibration = toyTexts(30, 2);

describe('buildSentimentModel with an embedding member', () => {
  const built = buildSentimentModel(config, sources, lexicon, calibration, normaliseForSentiment);

  it('stores the member and int16 weights, and reproduces itself', () => {
    expect(built.artifact.weights.bits).toBe(16);
    expect(built.artifact.embedding?.dim).toBe(4);
    expect(built.model.embedding?.codes.length).toBe(256 * 4);
    expect(built.crossFit?.temperatures).toBeDefined();
    const again = buildSentimentModel(config, sources, lexicon, calibration, normaliseForSentiment);
    expect(JSON.stringify(again.artifact)).toBe(JSON.stringify(built.artifact));
  });

  it('scores the toy task and streams what the feature vector gives', () => {
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

  it('needs cross-fitted offsets', () => {
    expect(() => buildSentimentModel({ ...config, offsets: undefined }, sources, lexicon, calibration, normaliseForSentiment)).toThrow(
      /cross-fitted/,
    );
  });
});
