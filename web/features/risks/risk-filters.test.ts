import { describe, expect, it } from 'vitest';
import { readRiskFilters, toggleCell, writeRiskFilters } from './risk-filters';

describe('risk filters', () => {
  it('reads only valid filters from the address bar', () => {
    expect(readRiskFilters(new URLSearchParams('category=hoax&likelihood=3&impact=5&overdue=true'))).toEqual({
      category: 'hoax',
      likelihood: 3,
      impact: 5,
      overdue: 'true',
    });
    expect(readRiskFilters(new URLSearchParams('category=aliens&likelihood=9&impact=2&overdue=yes'))).toEqual({});
    expect(readRiskFilters(new URLSearchParams('likelihood=3'))).toEqual({});
  });

  it('writes what it reads', () => {
    const filters = { category: 'outage' as const, likelihood: 2, impact: 4 };
    expect(readRiskFilters(writeRiskFilters(filters))).toEqual(filters);
  });

  it('selects a cell, and clears it when clicked again', () => {
    const on = toggleCell({ category: 'hoax' }, { likelihood: 2, impact: 3 });
    expect(on).toEqual({ category: 'hoax', likelihood: 2, impact: 3 });
    expect(toggleCell(on, { likelihood: 2, impact: 3 })).toEqual({ category: 'hoax' });
    expect(toggleCell(on, { likelihood: 1, impact: 1 })).toEqual({ category: 'hoax', likelihood: 1, impact: 1 });
  });
});
