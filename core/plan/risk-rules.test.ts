import { describe, expect, it } from 'vitest';
import { type RiskFacts, buildRiskHeatMap, compareRisks, isReviewOverdue, levelOfRisk } from './risk-rules';

const risk = (id: number, likelihood: number, impact: number, reviewDueAt: number | null = null): RiskFacts => ({
  id,
  category: 'outage',
  likelihood,
  impact,
  reviewDueAt,
});

describe('risk rules', () => {
  it('bands scores into levels at 5, 10 and 20', () => {
    expect(levelOfRisk(1, 4)).toBe('low');
    expect(levelOfRisk(1, 5)).toBe('medium');
    expect(levelOfRisk(3, 3)).toBe('medium');
    expect(levelOfRisk(2, 5)).toBe('high');
    expect(levelOfRisk(4, 4)).toBe('high');
    expect(levelOfRisk(4, 5)).toBe('critical');
    expect(levelOfRisk(5, 5)).toBe('critical');
  });

  it('puts every risk in its likelihood × impact cell and keeps all 25 cells', () => {
    const cells = buildRiskHeatMap([risk(1, 5, 2), risk(2, 5, 2), risk(3, 1, 1), risk(4, 2, 5)]);
    expect(cells).toHaveLength(25);
    expect(cells.find((c) => c.likelihood === 5 && c.impact === 2)?.riskIds).toEqual([1, 2]);
    expect(cells.find((c) => c.likelihood === 2 && c.impact === 5)?.riskIds).toEqual([4]);
    expect(cells.find((c) => c.likelihood === 1 && c.impact === 1)).toMatchObject({ riskIds: [3], level: 'low' });
    expect(cells.filter((c) => c.riskIds.length > 0)).toHaveLength(3);
    expect(cells.find((c) => c.likelihood === 5 && c.impact === 5)?.level).toBe('critical');
  });

  it('flags a review as overdue from its due time on, and never one without a date', () => {
    expect(isReviewOverdue({ reviewDueAt: 1000 }, 999)).toBe(false);
    expect(isReviewOverdue({ reviewDueAt: 1000 }, 1000)).toBe(true);
    expect(isReviewOverdue({ reviewDueAt: null }, 10 ** 15)).toBe(false);
  });

  it('orders by score, then by the nearest review', () => {
    const sorted = [risk(1, 2, 2), risk(2, 5, 5), risk(3, 2, 2, 50), risk(4, 2, 2, 10)].sort(compareRisks);
    expect(sorted.map((r) => r.id)).toEqual([2, 4, 3, 1]);
  });
});
