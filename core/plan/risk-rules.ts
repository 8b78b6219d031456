import type { CrisisType } from './plan.types';

/** Likelihood and impact are scored 1 (rare, minor) to 5 (almost certain, severe). */
export const RISK_SCALE = [1, 2, 3, 4, 5] as const;
export type RiskScore = (typeof RISK_SCALE)[number];

export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** What the rules need of a risk; the register's rows carry more. */
export interface RiskFacts {
  id: number;
  category: CrisisType;
  likelihood: number;
  impact: number;
  reviewDueAt: number | null;
}

export function scoreRisk(likelihood: number, impact: number): number {
  return likelihood * impact;
}

/** The usual 5 × 5 bands: a score of 20 or more needs the lead's attention now, 10–16 a plan, 5–9 watching. */
export function levelOfRisk(likelihood: number, impact: number): RiskLevel {
  const score = scoreRisk(likelihood, impact);
  if (score >= 20) return 'critical';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}

/** A review is overdue once its due time has come; a risk without a review date is never overdue. */
export function isReviewOverdue(risk: Pick<RiskFacts, 'reviewDueAt'>, now: number): boolean {
  return risk.reviewDueAt !== null && risk.reviewDueAt <= now;
}

export interface HeatMapCell {
  likelihood: RiskScore;
  impact: RiskScore;
  level: RiskLevel;
  riskIds: number[];
}

/** All 25 cells of the likelihood × impact grid, likelihood-major, each with the risks that fall in it. */
export function buildRiskHeatMap(risks: readonly RiskFacts[]): HeatMapCell[] {
  const cells: HeatMapCell[] = [];
  for (const likelihood of RISK_SCALE) {
    for (const impact of RISK_SCALE) {
      cells.push({ likelihood, impact, level: levelOfRisk(likelihood, impact), riskIds: [] });
    }
  }
  for (const risk of risks) {
    const cell = cells[(risk.likelihood - 1) * RISK_SCALE.length + (risk.impact - 1)];
    if (cell && cell.likelihood === risk.likelihood && cell.impact === risk.impact) cell.riskIds.push(risk.id);
  }
  return cells;
}

/** Highest score first; among equals the earliest review due first, so the register reads as a to-do list. */
export function compareRisks(a: RiskFacts, b: RiskFacts): number {
  const byScore = scoreRisk(b.likelihood, b.impact) - scoreRisk(a.likelihood, a.impact);
  if (byScore !== 0) return byScore;
  const dueA = a.reviewDueAt ?? Number.POSITIVE_INFINITY;
  const dueB = b.reviewDueAt ?? Number.POSITIVE_INFINITY;
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  return a.id - b.id;
}
