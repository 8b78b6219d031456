import { describe, expect, it } from 'vitest';
import { RETRY_AFTER_CAP_MS, RETRY_CAP_MS, computeRetryDelay } from './retry-policy';

describe('computeRetryDelay', () => {
  it('doubles with each attempt, with jitter between half and all of the step', () => {
    expect(computeRetryDelay(1, null, 0)).toBe(2_500);
    expect(computeRetryDelay(1, null, 0.999999)).toBe(5_000);
    expect(computeRetryDelay(2, null, 0)).toBe(5_000);
    expect(computeRetryDelay(3, null, 0.5)).toBe(15_000);
  });

  it('never waits longer than the cap, however many attempts failed', () => {
    expect(computeRetryDelay(30, null, 0.99)).toBeLessThanOrEqual(RETRY_CAP_MS);
    expect(computeRetryDelay(30, null, 0)).toBe(RETRY_CAP_MS / 2);
  });

  it('waits at least as long as the provider asked, up to an hour', () => {
    expect(computeRetryDelay(1, 30_000, 0.5)).toBe(30_000);
    expect(computeRetryDelay(5, 1_000, 0)).toBe(40_000);
    expect(computeRetryDelay(1, 24 * 3_600_000, 0)).toBe(RETRY_AFTER_CAP_MS);
  });
});
