import { describe, expect, it } from 'vitest';
import { alertMatches, readAlertFilters, toAlertQuery, writeAlertFilters } from './alert-filters';
import { makeAlert } from './alert-fixture';

describe('alert filters in the URL', () => {
  it('show active alerts by default and keep the default out of the URL', () => {
    const filters = readAlertFilters(new URLSearchParams(''));
    expect(filters).toEqual({ status: 'active', severity: '', brandId: '' });
    expect(writeAlertFilters(filters, new URLSearchParams('alert=4')).toString()).toBe('alert=4');
    expect(toAlertQuery(filters)).toEqual({ status: 'active' });
  });

  it('round-trip every filter, and "all" asks the API for every status', () => {
    const filters = { status: 'all', severity: 'critical', brandId: '7' };
    expect(readAlertFilters(writeAlertFilters(filters))).toEqual(filters);
    expect(toAlertQuery(filters)).toEqual({ severity: 'critical', brandId: 7 });
  });

  it('drop values a hand-edited link made up', () => {
    expect(readAlertFilters(new URLSearchParams('status=panic&severity=huge&brandId=x'))).toEqual({
      status: 'active',
      severity: '',
      brandId: '',
    });
  });
});

describe('alertMatches', () => {
  it('counts open, acknowledged and snoozed alerts as active, and resolved ones not', () => {
    for (const status of ['open', 'acknowledged', 'snoozed'] as const)
      expect(alertMatches(makeAlert({ status }), { status: 'active' })).toBe(true);
    expect(alertMatches(makeAlert({ status: 'resolved' }), { status: 'active' })).toBe(false);
    expect(alertMatches(makeAlert({ status: 'resolved' }), {})).toBe(true);
  });

  it('checks severity and brand', () => {
    expect(alertMatches(makeAlert(), { severity: 'warning' })).toBe(false);
    expect(alertMatches(makeAlert(), { brandId: 4 })).toBe(false);
    expect(alertMatches(makeAlert(), { severity: 'critical', brandId: 3, status: 'open' })).toBe(true);
  });
});
