import { describe, expect, it } from 'vitest';
import { applyAlertToPages } from './alert-cache';
import { makeAlert } from './alert-fixture';

const pages = (...ids: number[][]) => ({
  pages: ids.map((page, i) => ({ items: page.map((id) => makeAlert({ id })), nextCursor: i < ids.length - 1 ? `c${i}` : null })),
  pageParams: ids.map((_, i) => (i === 0 ? undefined : `c${i - 1}`)),
});
const idsOf = (data: ReturnType<typeof pages> | undefined) => data?.pages.map((page) => page.items.map((alert) => alert.id));

describe('applyAlertToPages', () => {
  it('puts a new alert that fits the filter at the top', () => {
    const next = applyAlertToPages(pages([2, 1]), makeAlert({ id: 3 }), { status: 'active' });
    expect(idsOf(next)).toEqual([[3, 2, 1]]);
  });

  it('leaves the list alone for an alert the filter excludes', () => {
    const data = pages([2, 1]);
    expect(applyAlertToPages(data, makeAlert({ id: 3, severity: 'warning' }), { severity: 'critical' })).toBe(data);
  });

  it('replaces a known alert where it stands, on any page', () => {
    const next = applyAlertToPages(pages([5, 4], [2, 1]), makeAlert({ id: 2, status: 'acknowledged' }), { status: 'active' });
    expect(idsOf(next)).toEqual([
      [5, 4],
      [2, 1],
    ]);
    expect(next?.pages[1]?.items[0]?.status).toBe('acknowledged');
  });

  it('does nothing before the list has loaded', () => {
    expect(applyAlertToPages(undefined, makeAlert(), {})).toBeUndefined();
  });
});
