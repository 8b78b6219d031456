import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { makeAlert } from './alert-fixture';
import { RULE_SIGNAL_KINDS, alertHeadline, floorKindOf } from './alert-words';

const t = ((key: string) => key) as unknown as TFunction;

describe('alert words', () => {
  it('name the emerging term in the headline, and the category where there is one', () => {
    const base = makeAlert().reason;
    expect(alertHeadline(t, makeAlert({ reason: { ...base, signal: 'emerging_term', term: '#boikotrasamie' } }))).toBe(
      'alerts.signals.emerging_term: "#boikotrasamie"',
    );
    expect(alertHeadline(t, makeAlert({ reason: { ...base, signal: 'category_volume', category: 'hoax' } }))).toBe(
      'alerts.signals.category_volume: analysis.categoryNames.hoax',
    );
    expect(alertHeadline(t, makeAlert({ reason: { ...base, signal: 'coordinated' } }))).toBe('alerts.signals.coordinated');
  });

  it('offer the signals rules can watch, each with what its floor counts', () => {
    expect(RULE_SIGNAL_KINDS).toContain('reach_negativity');
    expect(RULE_SIGNAL_KINDS).toContain('engagement_velocity');
    expect(RULE_SIGNAL_KINDS.map(floorKindOf)).toEqual([
      'count',
      'count',
      'share',
      'count',
      'count',
      'count',
      'share',
      'term',
      'accounts',
      'virality',
      'velocity',
    ]);
  });
});
