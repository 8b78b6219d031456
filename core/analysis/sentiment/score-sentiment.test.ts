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

describe('a model with an embedding member', () => {
  const dimBits = 10;
  const config: FeatureConfig = { dimBits, charMin: 3, charMax: 4, charWeight: 0.5, lexiconWeight: 1, ruleWeight: 1 };
  let state = 12345;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32 - 0.5;
  };
  const dim = 6;
  const hidden = 5;
  const rowBits = 8;
  const model: SentimentModel = {
    version: 'test',
    features: config,
    lexicon: new Map([['enak', 2]]),
    bias: [0.1, 0.2, 0],
    temperature: 1.2,
    weights: Float32Array.from({ length: (1 << dimBits) * 3 }, next),
    embedding: {
      rowBits,
      dim,
      hidden,
      codes: Int8Array.from({ length: (1 << rowBits) * dim }, () => Math.round(next() * 254)),
      scales: Float32Array.from({ length: 1 << rowBits }, () => next() / 50),
      w1: Float32Array.from({ length: hidden * dim }, next),
      b1: Float32Array.from({ length: hidden }, next),
      w2: Float32Array.from({ length: 3 * hidden }, next),
      b2: Float32Array.from({ length: 3 }, next),
    },
  };

  it('streams the same logits as the feature vector gives, with a cold and a warm character cache', () => {
    for (const text of ['makanan enak sekali', 'tidak enak , pelayanan lambat', 'enak enak enak', '']) {
      const normalised = normalisedOf(text);
      const expected = softmax(computeLogits(model, extractSentimentFeatures(normalised, config, model.lexicon)), model.temperature);
      for (let pass = 0; pass < 2; pass++) {
        const { scores } = scoreSentiment(model, normalised);
        expect(scores.negative).toBeCloseTo(expected[0], 10);
        expect(scores.neutral).toBeCloseTo(expected[1], 10);
        expect(scores.positive).toBeCloseTo(expected[2], 10);
      }
    }
  });

  it('changes the scores it adds to', () => {
    const linearOnly: SentimentModel = { ...model, embedding: undefined };
    const text = normalisedOf('makanan enak sekali');
    expect(scoreSentiment(linearOnly, text).scores).not.toEqual(scoreSentiment(model, text).scores);
  });
});
