import { describe, expect, it } from 'vitest';
import { fitSentimentAdjustment } from './fit-sentiment-adjustment';
import { computeLogits, restoreSentimentAdjustment, scoreSentiment, softmax, storeSentimentAdjustment } from './score-sentiment';
import { extractSentimentFeatures, type FeatureConfig } from './sentiment-features';
import { parseSentimentModel, type SentimentModel } from './sentiment-model';
import { buildTestModel, normalisedOf } from './sentiment-test-model';

const model = buildTestModel({ enak: [-1, 0, 3], buruk: [3, 0, -1], '!enak': [3, 0, -1] });

describe('scoreSentiment', () => {
  it('returns probabilities that sum to 1', () => {
    for (const text of ['enak', 'buruk', 'tidak enak', '', 'apa saja']) {
      const { scores } = scoreSentiment(model, normalisedOf(text));
      expect(scores.negative + scores.neutral + scores.positive).toBeCloseTo(1, 10);
    }
  });

  it('follows the weights, including a negated word', () => {
    expect(scoreSentiment(model, normalisedOf('makanan enak')).sentiment).toBe('positive');
    expect(scoreSentiment(model, normalisedOf('makanan tidak enak')).sentiment).toBe('negative');
    expect(scoreSentiment(model, normalisedOf('makanan')).sentiment).toBe('neutral');
  });
});

describe('fitSentimentAdjustment', () => {
  it('changes the prediction for a corrected phrase and not for unrelated texts', () => {
    const corrected = normalisedOf('harga naik lagi');
    expect(scoreSentiment(model, corrected).sentiment).toBe('neutral');
    const adjustment = fitSentimentAdjustment(model, [{ normalised: corrected, label: 'negative' }]);
    expect(scoreSentiment(model, corrected, adjustment).sentiment).toBe('negative');
    for (const [text, sentiment] of [
      ['makanan enak', 'positive'],
      ['pelayanan buruk', 'negative'],
      ['kami datang jam tujuh', 'neutral'],
    ] as const) {
      expect(scoreSentiment(model, normalisedOf(text), adjustment).sentiment).toBe(sentiment);
    }
  });

  it('is deterministic and sparse', () => {
    const examples = [{ normalised: normalisedOf('harga naik'), label: 'negative' as const }];
    const a = fitSentimentAdjustment(model, examples);
    const b = fitSentimentAdjustment(model, examples);
    expect([...a.weights]).toEqual([...b.weights]);
    expect(a.bias).toEqual(b.bias);
    expect(a.weights.size).toBeLessThanOrEqual(3);
  });

  it('returns no change without corrections', () => {
    const adjustment = fitSentimentAdjustment(model, []);
    expect(adjustment.weights.size).toBe(0);
    expect(adjustment.bias).toEqual([0, 0, 0]);
  });
});

describe('parseSentimentModel', () => {
  it('rejects what is not a model', () => {
    expect(() => parseSentimentModel({ format: 'other' })).toThrow(/invalid artifact/);
  });
});

describe('stored adjustments', () => {
  it('round-trip through JSON', () => {
    const adjustment = fitSentimentAdjustment(model, [{ normalised: normalisedOf('harga naik'), label: 'negative' }]);
    const restored = restoreSentimentAdjustment(JSON.parse(JSON.stringify(storeSentimentAdjustment(adjustment))));
    expect(scoreSentiment(model, normalisedOf('harga naik'), restored)).toEqual(
      scoreSentiment(model, normalisedOf('harga naik'), adjustment),
    );
  });
});

describe("words' cached facts", () => {
  const config: FeatureConfig = { dimBits: 10, charMin: 3, charMax: 4, charWeight: 0.5, lexiconWeight: 1, ruleWeight: 1 };
  /** A model with seeded pseudo-random weights, so every feature moves the scores. */
  const modelWith = (seed: number, lexicon: Map<string, number>): SentimentModel => {
    const weights = new Float32Array((1 << config.dimBits) * 3);
    let x = seed;
    for (let i = 0; i < weights.length; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      weights[i] = x / 2 ** 32 - 0.5;
    }
    return { version: `random-${seed}`, features: config, lexicon, bias: [0, 0, 0], temperature: 1, weights };
  };

  it('keep each model its own character sums and each lexicon its own valences when models alternate', () => {
    const a = modelWith(1, new Map([['enak', 2]]));
    const b = modelWith(2, new Map([['enak', -2]]));
    const text = normalisedOf('makanan tidak enak tapi murah');
    // The second round reads what the first left on the words' records.
    for (let round = 0; round < 2; round++) {
      for (const model of [a, b, a]) {
        const expected = softmax(computeLogits(model, extractSentimentFeatures(text, model.features, model.lexicon)), 1);
        const { scores } = scoreSentiment(model, text);
        expect([scores.negative, scores.neutral, scores.positive].map((p) => p.toFixed(12))).toEqual(expected.map((p) => p.toFixed(12)));
      }
    }
  });
});
