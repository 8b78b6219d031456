import type { RiskRegister } from '../../../core/api';
import type { RiskLevel } from '../../../core/plan/risk-rules';
import type { EChartOption } from '../../ui/echart';

export const LEVEL_HEX: Record<RiskLevel, string> = {
  low: '#d3f9d8',
  medium: '#fff3bf',
  high: '#ffd8a8',
  critical: '#ffc9c9',
};

const LEVEL_INDEX: Record<RiskLevel, number> = { low: 0, medium: 1, high: 2, critical: 3 };

export interface HeatMapText {
  likelihood: string;
  impact: string;
  /** The tooltip of a cell. */
  cell: (likelihood: number, impact: number, count: number, level: RiskLevel) => string;
}

/** A clicked cell's data item carries its coordinates so the page can filter by them. */
export interface HeatMapCellDatum {
  value: [number, number, number];
  likelihood: number;
  impact: number;
}

/** The cell a click landed on, if it was a cell. */
export function clickedCell(event: { componentType: string; data: unknown }): { likelihood: number; impact: number } | null {
  if (event.componentType !== 'series') return null;
  const datum = event.data as Partial<HeatMapCellDatum> | null;
  return typeof datum?.likelihood === 'number' && typeof datum.impact === 'number'
    ? { likelihood: datum.likelihood, impact: datum.impact }
    : null;
}

/**
 * Impact across, likelihood up, each cell coloured by its level and labelled with how many risks it holds;
 * the selected cell is outlined.
 */
export function buildHeatMapOption(
  cells: RiskRegister['heatMap'],
  text: HeatMapText,
  selected: { likelihood: number; impact: number } | null,
): EChartOption {
  const axis = ['1', '2', '3', '4', '5'];
  const data = cells.map((cell) => {
    const isSelected = selected?.likelihood === cell.likelihood && selected.impact === cell.impact;
    return {
      value: [cell.impact - 1, cell.likelihood - 1, LEVEL_INDEX[cell.level]] as [number, number, number],
      likelihood: cell.likelihood,
      impact: cell.impact,
      count: cell.riskIds.length,
      level: cell.level,
      label: { show: true, formatter: cell.riskIds.length > 0 ? String(cell.riskIds.length) : '' },
      itemStyle: isSelected ? { borderColor: '#1c7ed6', borderWidth: 3 } : { borderColor: '#fff', borderWidth: 2 },
    };
  });
  return {
    grid: { left: 56, right: 16, top: 16, bottom: 48 },
    tooltip: {
      formatter: (params: unknown) => {
        const d = (params as { data: (typeof data)[number] }).data;
        return text.cell(d.likelihood, d.impact, d.count, d.level);
      },
    },
    xAxis: { type: 'category', data: axis, name: text.impact, nameLocation: 'middle', nameGap: 28, splitArea: { show: true } },
    yAxis: { type: 'category', data: axis, name: text.likelihood, nameLocation: 'middle', nameGap: 32, splitArea: { show: true } },
    visualMap: {
      type: 'piecewise',
      show: false,
      dimension: 2,
      pieces: (Object.keys(LEVEL_INDEX) as RiskLevel[]).map((level) => ({ value: LEVEL_INDEX[level], color: LEVEL_HEX[level] })),
    },
    series: [{ type: 'heatmap', data, emphasis: { itemStyle: { borderColor: '#495057', borderWidth: 2 } } }],
  };
}
