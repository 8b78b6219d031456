import { isCrisisType } from '../../../core/plan/plan.types';
import type { RiskFilters } from '../../api/risks';

const SCORE = /^[1-5]$/;

/** The register's filters from the address bar, so a filtered view can be shared and survives a reload. */
export function readRiskFilters(params: URLSearchParams): RiskFilters {
  const category = params.get('category');
  const likelihood = params.get('likelihood') ?? '';
  const impact = params.get('impact') ?? '';
  const overdue = params.get('overdue');
  return {
    ...(isCrisisType(category) ? { category } : {}),
    ...(SCORE.test(likelihood) && SCORE.test(impact) ? { likelihood: Number(likelihood), impact: Number(impact) } : {}),
    ...(overdue === 'true' ? { overdue: 'true' as const } : {}),
  };
}

export function writeRiskFilters(filters: RiskFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.category) params.set('category', filters.category);
  if (filters.likelihood !== undefined && filters.impact !== undefined) {
    params.set('likelihood', String(filters.likelihood));
    params.set('impact', String(filters.impact));
  }
  if (filters.overdue === 'true') params.set('overdue', 'true');
  return params;
}

/** Clicking the selected cell again clears the cell filter. */
export function toggleCell(filters: RiskFilters, cell: { likelihood: number; impact: number }): RiskFilters {
  const { likelihood: _l, impact: _i, ...rest } = filters;
  const same = filters.likelihood === cell.likelihood && filters.impact === cell.impact;
  return same ? rest : { ...rest, ...cell };
}
