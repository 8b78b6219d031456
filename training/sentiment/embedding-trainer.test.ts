import { describe, expect, it } from 'vitest';
import { embeddingLogits, trainEmbeddingModel, type EmbeddingExample } from './embedding-trainer';

/** Row 1 marks negative texts, row 2 neutral, row 3 positive; row 0 is shared filler. */
const examples: EmbeddingExample[] = Array.from({ length: 60 }, (_, i) => ({
  rows: Int32Array.from([0, 1 + (i % 3)]),
  values: Float32Array.from([0.7, 0.7]),
  label: i % 3,
  weight: 1,
}));

function predict(model: ReturnType<typeof trainEmbeddingModel>, row: number): number {
  const logits = new Float64Array(3);
  embeddingLogits(model, [0, row], [0.7, 0.7], new Float64Array(model.dim), new Float64Array(Math.max(1, model.hidden)), logits);
  const [a = 0, b = 0, c = 0] = logits;
  return a >= b && a >= c ? 0 : b >= c ? 1 : 2;
}

describe('trainEmbeddingModel', () => {
  for (const hidden of [0, 8])
    it(`learns a separable toy task and reproduces itself (hidden ${hidden})`, () => {
      const options = { rowBits: 4, dim: 8, hidden, epochs: 20, learningRate: 0.1, seed: 7 };
      const model = trainEmbeddingModel(examples, options);
      expect([1, 2, 3].map((row) => predict(model, row))).toEqual([0, 1, 2]);
      expect(trainEmbeddingModel(examples, options)).toEqual(model);
      // Rows no example touches stay zero, so a sparse export leaves them out.
      expect(model.embeddings.subarray(4 * 8).every((x) => x === 0)).toBe(true);
    });

  it('refuses to return a diverged model', () => {
    const heavy = examples.map((e) => ({ ...e, weight: 1e30 }));
    expect(() => trainEmbeddingModel(heavy, { rowBits: 4, dim: 8, hidden: 0, epochs: 5, learningRate: 10, seed: 7 })).toThrow(/diverged/);
  });
});
