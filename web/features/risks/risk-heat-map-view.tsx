import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskRegister } from '../../../core/api';
import { EChart } from '../../ui/echart';
import { buildHeatMapOption, clickedCell, type HeatMapText } from './risk-heat-map';

interface RiskHeatMapViewProps {
  cells: RiskRegister['heatMap'];
  selected: { likelihood: number; impact: number } | null;
  onSelect: (cell: { likelihood: number; impact: number }) => void;
}

/** The likelihood × impact grid; a click on a cell filters the register to it. */
export function RiskHeatMapView({ cells, selected, onSelect }: RiskHeatMapViewProps) {
  const { t } = useTranslation();
  const text = useMemo<HeatMapText>(
    () => ({
      likelihood: t('risks.likelihood'),
      impact: t('risks.impact'),
      cell: (likelihood, impact, count, level) => t('risks.heatMapCell', { likelihood, impact, count, level: t(`risks.levels.${level}`) }),
    }),
    [t],
  );
  const option = useMemo(() => buildHeatMapOption(cells, text, selected), [cells, text, selected]);
  const filled = cells.filter((c) => c.riskIds.length > 0);
  const label = t('risks.heatMapLabel', {
    cells: filled.map((c) => `${c.likelihood}×${c.impact}: ${c.riskIds.length}`).join(', ') || t('risks.heatMapEmpty'),
  });
  return (
    <EChart
      option={option}
      height={300}
      label={label}
      onClick={(event) => {
        const cell = clickedCell(event);
        if (cell) onSelect(cell);
      }}
    />
  );
}
