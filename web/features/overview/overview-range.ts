import type { SignalSeries } from '../../../core/api';

/** The Overview's ranges, each with an interval that keeps the chart near a hundred or two points. */
export const RANGES = {
  day: { hours: 24, interval: 15, intervalKey: 'm15' },
  week: { hours: 7 * 24, interval: 60, intervalKey: 'h1' },
  month: { hours: 30 * 24, interval: 360, intervalKey: 'h6' },
} as const;
export type RangeKey = keyof typeof RANGES;

export function isRangeKey(value: string | null): value is RangeKey {
  return value !== null && Object.hasOwn(RANGES, value);
}

export interface RangeTotals {
  mentions: number;
  negative: number;
  negativeShare: number | null;
  netSentiment: number | null;
}

/** Totals over the whole range for the stat cards. */
export function summariseSeries(series: Pick<SignalSeries, 'points'>): RangeTotals {
  let mentions = 0;
  let negative = 0;
  let positive = 0;
  for (const point of series.points) {
    mentions += point.mentions;
    negative += point.negative;
    positive += point.positive;
  }
  return {
    mentions,
    negative,
    negativeShare: mentions > 0 ? negative / mentions : null,
    netSentiment: mentions > 0 ? (positive - negative) / mentions : null,
  };
}
