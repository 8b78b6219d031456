import { describe, expect, it } from 'vitest';
import { createNetSentimentDetector, createRatioDetector } from './ratio-detector';
import { createSeededRandom } from './synthetic';

const HOUR = 3_600_000;
const START = Date.UTC(2026, 0, 5);

function binomial(random: () => number, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (random() < p) k++;
  return k;
}

/** Hourly (negatives, mentions) with a 10% negative share. */
function series(seed: number, hours: number, trials: (i: number) => number, share: (i: number) => number) {
  const random = createSeededRandom(seed);
  return Array.from({ length: hours }, (_, i) => {
    const n = trials(i);
    return { timestamp: START + i * HOUR, successes: binomial(random, n, share(i)), trials: n };
  });
}

describe('ratio detector', () => {
  it('alerts when the negative share jumps on real volume', () => {
    const points = series(
      1,
      120,
      () => 200,
      (i) => (i === 100 ? 0.35 : 0.1),
    );
    const detector = createRatioDetector();
    const out = points.map((p) => detector.observe(p.timestamp, p.successes, p.trials));
    expect(out.flatMap((o, i) => (o.alert ? [i] : []))).toEqual([100]);
    expect(out[100]!.reason).toMatchObject({ kind: 'share-rise', trials: 200 });
    expect(out[100]!.reason!.shareLower).toBeGreaterThan(0.2);
    expect(out[99]!.expectedShare).toBeCloseTo(0.1, 1);
  });

  it('treats 2 of 3 as weak evidence and 200 of 300 as strong', () => {
    const points = series(
      2,
      100,
      () => 60,
      () => 0.1,
    );
    const run = (successes: number, trials: number) => {
      const detector = createRatioDetector();
      for (const p of points) detector.observe(p.timestamp, p.successes, p.trials);
      return detector.observe(START + 100 * HOUR, successes, trials);
    };
    const few = run(2, 3);
    const many = run(200, 300);
    expect(few.alert).toBe(false);
    expect(few.score).toBeLessThan(0.2);
    expect(many.alert).toBe(true);
    expect(many.score).toBe(1);
  });

  it('does not alert on a quiet brand with a handful of mentions an hour', () => {
    const points = series(
      3,
      200,
      (i) => i % 4,
      () => 0.2,
    );
    const detector = createRatioDetector();
    expect(points.map((p) => detector.observe(p.timestamp, p.successes, p.trials)).filter((o) => o.alert)).toEqual([]);
  });

  it('restores from JSON and continues identically', () => {
    const points = series(
      4,
      100,
      () => 50,
      (i) => (i > 80 ? 0.4 : 0.1),
    );
    const whole = createRatioDetector();
    const expected = points.map((p) => whole.observe(p.timestamp, p.successes, p.trials));
    const first = createRatioDetector();
    const head = points.slice(0, 40).map((p) => first.observe(p.timestamp, p.successes, p.trials));
    const second = createRatioDetector({}, JSON.parse(JSON.stringify(first.snapshot())));
    const tail = points.slice(40).map((p) => second.observe(p.timestamp, p.successes, p.trials));
    expect([...head, ...tail]).toEqual(expected);
  });

  it('reports a net sentiment drop', () => {
    const random = createSeededRandom(5);
    const detector = createNetSentimentDetector();
    const out = Array.from({ length: 80 }, (_, i) => {
      const polar = 100;
      const negative = binomial(random, polar, i === 70 ? 0.6 : 0.2);
      return detector.observe(START + i * HOUR, { positive: polar - negative, negative });
    });
    expect(out[70]!.alert).toBe(true);
    expect(out[70]!.reason).toMatchObject({ kind: 'net-sentiment-drop' });
    expect(out[70]!.netSentiment).toBeLessThan(out[70]!.expectedNetSentiment - 0.5);
    expect(out[69]!.expectedNetSentiment).toBeCloseTo(0.6, 1);
  });
});
