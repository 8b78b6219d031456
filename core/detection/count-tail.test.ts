import { describe, expect, it } from 'vitest';
import {
  binomialUpperTail,
  negativeBinomialUpperTail,
  normalQuantile,
  poissonUpperTail,
  regularizedBeta,
  wilsonInterval,
} from './count-tail';

function poissonTailBySum(x: number, mean: number): number {
  let term = Math.exp(-mean);
  let below = 0;
  for (let k = 0; k < x; k++) {
    below += term;
    term *= mean / (k + 1);
  }
  return 1 - below;
}

describe('count tails', () => {
  it('matches the Poisson tail summed term by term', () => {
    for (const [x, mean] of [
      [1, 0.2],
      [4, 1.5],
      [12, 3],
      [60, 40],
    ] as const)
      expect(poissonUpperTail(x, mean)).toBeCloseTo(poissonTailBySum(x, mean), 10);
  });

  it('makes the negative binomial heavier-tailed than Poisson and equal to it at dispersion 0', () => {
    expect(negativeBinomialUpperTail(10, 3, 0)).toBeCloseTo(poissonUpperTail(10, 3), 12);
    expect(negativeBinomialUpperTail(10, 3, 0.5)).toBeGreaterThan(poissonUpperTail(10, 3) * 10);
    // Geometric (dispersion 1) with mean 1: P(X ≥ 3) = (1/2)^3.
    expect(negativeBinomialUpperTail(3, 1, 1)).toBeCloseTo(0.125, 10);
    expect(negativeBinomialUpperTail(0, 5, 0.2)).toBe(1);
    expect(negativeBinomialUpperTail(1e6, 5e5, 0.1)).toBeGreaterThan(0);
  });

  it('computes the binomial tail, the incomplete beta and the normal quantile', () => {
    expect(binomialUpperTail(3, 3, 0.5)).toBeCloseTo(0.125, 12);
    expect(binomialUpperTail(2, 3, 0.5)).toBeCloseTo(0.5, 12);
    expect(regularizedBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
  });

  it('gives a wide Wilson interval for 2 of 3 and a narrow one for 200 of 300', () => {
    const few = wilsonInterval(2, 3);
    const many = wilsonInterval(200, 300);
    expect(few.upper - few.lower).toBeGreaterThan(0.5);
    expect(many.upper - many.lower).toBeLessThan(0.12);
    expect(many.lower).toBeLessThan(2 / 3);
    expect(many.upper).toBeGreaterThan(2 / 3);
  });
});
