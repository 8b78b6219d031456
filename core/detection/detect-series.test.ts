import { describe, expect, it } from 'vitest';
import { createSeriesRunner, parseSeriesTimestamp } from './detect-series';

describe('detect series contract', () => {
  it('reads NAB timestamps as UTC, ISO with a zone, and epoch seconds or milliseconds', () => {
    const t = Date.UTC(2015, 1, 26, 21, 42, 53);
    expect(parseSeriesTimestamp('2015-02-26 21:42:53')).toBe(t);
    expect(parseSeriesTimestamp('2015-02-26T21:42:53.000Z')).toBe(t);
    expect(parseSeriesTimestamp('2015-02-27T04:42:53+07:00')).toBe(t);
    expect(parseSeriesTimestamp(String(t / 1000))).toBe(t);
    expect(parseSeriesTimestamp(String(t))).toBe(t);
    expect(parseSeriesTimestamp('2015-02-30 00:00:00')).toBeNull();
    expect(parseSeriesTimestamp('2015-02-26T21:42:53')).toBe(t);
    expect(parseSeriesTimestamp('besok')).toBeNull();
  });

  it('echoes timestamp and value, skips blank lines and accepts columns in any order', () => {
    const runner = createSeriesRunner();
    expect(runner.next('value,timestamp', 1)).toBe('timestamp,value,anomaly_score,alert');
    expect(runner.next('5,2026-01-01 00:00:00', 2)).toBe('2026-01-01 00:00:00,5,0,0');
    expect(runner.next('   ', 3)).toBeNull();
    expect(() => runner.next('5', 4)).toThrow('line 4: expected 2 columns, got 1');
  });
});
