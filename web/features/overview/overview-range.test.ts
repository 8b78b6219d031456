import { describe, expect, it } from 'vitest';
import { recentWindow } from '../../api/alerts';
import { isRangeKey, RANGES, summariseSeries } from './overview-range';

describe('the overview ranges', () => {
  it('keep every chart within the API limit of 2,000 points, in whole five-minute steps', () => {
    for (const { hours, interval } of Object.values(RANGES)) {
      expect((hours * 60) / interval).toBeLessThanOrEqual(2000);
      expect(interval % 5).toBe(0);
    }
    expect(isRangeKey('week')).toBe(true);
    expect(isRangeKey('constructor')).toBe(false);
  });

  it('end at the interval still filling, aligned to whole intervals', () => {
    const now = Date.UTC(2025, 10, 21, 10, 7);
    const { from, to } = recentWindow(24, 15, now);
    expect(to).toBe(Date.UTC(2025, 10, 21, 10, 15));
    expect(to - from).toBe(24 * 3_600_000);
  });
});

describe('summariseSeries', () => {
  const p = (mentions: number, negative: number, positive: number) => ({ mentions, negative, positive });

  it('gives the negative share and the net sentiment over the range', () => {
    const totals = summariseSeries({ points: [p(10, 5, 1), p(30, 5, 9)] as never });
    expect(totals).toEqual({ mentions: 40, negative: 10, negativeShare: 0.25, netSentiment: 0 });
  });

  it('has no share or sentiment without mentions', () => {
    expect(summariseSeries({ points: [p(0, 0, 0)] as never })).toMatchObject({ negativeShare: null, netSentiment: null });
  });
});
