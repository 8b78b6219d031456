import { describe, expect, it } from 'vitest';
import type { SignalSeries } from '../../../core/api';
import { buildSignalChartOption, clickedAlertId, type SignalChartText } from './signal-chart';

const text: SignalChartText = {
  mentions: 'Sebutan',
  negative: 'Negatif',
  expected: 'Perkiraan',
  band: 'Rentang biasa',
  alert: (severity) => `Peringatan ${severity}`,
  axisTime: String,
  tooltipTime: String,
  number: String,
};

const point = (t: number, mentions: number, band: [number, number, number] | null) => ({
  t,
  mentions,
  negative: Math.floor(mentions / 2),
  neutral: 0,
  positive: 0,
  reach: 0,
  negativeReach: 0,
  netSentiment: null,
  authors: 0,
  expected: band?.[0] ?? null,
  lower: band?.[1] ?? null,
  upper: band?.[2] ?? null,
});

const series: SignalSeries = {
  brandId: 1,
  interval: 5,
  points: [point(0, 4, null), point(300_000, 5, [5, 2, 9]), point(600_000, 40, [5, 2, 9])],
  categories: [],
  alerts: [{ id: 7, at: 600_000, severity: 'critical', signal: 'negative_volume' }],
};

type AnySeries = { name: string; stack?: string; data: [number, number | null][]; markPoint?: any; markLine?: any; markArea?: any };

describe('buildSignalChartOption', () => {
  const all = buildSignalChartOption(series, text).series as AnySeries[];
  const byName = (name: string) => all.find((s) => s.name === name)!;

  it('draws the usual range as the lower edge plus a stacked band up to the upper edge', () => {
    expect(byName('lower').stack).toBe(byName('Rentang biasa').stack);
    expect(byName('lower').data).toEqual([
      [0, null],
      [300_000, 2],
      [600_000, 2],
    ]);
    expect(byName('Rentang biasa').data.map(([, v]) => v)).toEqual([null, 7, 7]);
  });

  it('marks each alert in its severity colour at the height of the curve, carrying its id', () => {
    const pin = byName('Sebutan').markPoint.data[0];
    expect(pin).toMatchObject({ alertId: 7, coord: [600_000, 40], itemStyle: { color: '#c92a2a' } });
    expect(byName('Sebutan').markLine.data[0]).toMatchObject({ alertId: 7, xAxis: 600_000 });
    expect(clickedAlertId({ componentType: 'markPoint', data: pin })).toBe(7);
  });

  it('shades the alert window when asked', () => {
    expect(byName('Sebutan').markArea).toBeUndefined();
    const highlighted = buildSignalChartOption(series, text, { from: 300_000, to: 600_000, severity: 'warning' }).series as AnySeries[];
    expect(highlighted.find((s) => s.name === 'Sebutan')?.markArea.data).toEqual([[{ xAxis: 300_000 }, { xAxis: 600_000 }]]);
  });
});

describe('clickedAlertId', () => {
  it('ignores clicks on the lines themselves', () => {
    expect(clickedAlertId({ componentType: 'series', data: [0, 4] })).toBeNull();
    expect(clickedAlertId({ componentType: 'markLine', data: { name: 'x' } })).toBeNull();
  });
});
