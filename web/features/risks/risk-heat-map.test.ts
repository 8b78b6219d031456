import { describe, expect, it } from 'vitest';
import { buildRiskHeatMap } from '../../../core/plan/risk-rules';
import { buildHeatMapOption, clickedCell } from './risk-heat-map';

const text = { likelihood: 'Kemungkinan', impact: 'Dampak', cell: (l: number, i: number, n: number) => `${l}×${i}: ${n}` };

describe('risk heat map chart', () => {
  const cells = buildRiskHeatMap([
    { id: 1, category: 'hoax', likelihood: 4, impact: 2, reviewDueAt: null },
    { id: 2, category: 'hoax', likelihood: 4, impact: 2, reviewDueAt: null },
  ]);

  it('draws impact across and likelihood up, labelling cells with their count', () => {
    const option = buildHeatMapOption(cells, text, null) as any;
    const data = option.series[0].data as any[];
    expect(data).toHaveLength(25);
    const cell = data.find((d) => d.likelihood === 4 && d.impact === 2);
    expect(cell.value).toEqual([1, 3, 1]);
    expect(cell.label.formatter).toBe('2');
    expect(data.find((d) => d.likelihood === 1 && d.impact === 1).label.formatter).toBe('');
    expect(option.tooltip.formatter({ data: cell })).toBe('4×2: 2');
  });

  it('outlines the selected cell and reads a click back as its coordinates', () => {
    const data = (buildHeatMapOption(cells, text, { likelihood: 4, impact: 2 }) as any).series[0].data as any[];
    const selected = data.find((d) => d.likelihood === 4 && d.impact === 2);
    expect(selected.itemStyle.borderWidth).toBe(3);
    expect(clickedCell({ componentType: 'series', data: selected })).toEqual({ likelihood: 4, impact: 2 });
    expect(clickedCell({ componentType: 'xAxis', data: null })).toBeNull();
  });
});
