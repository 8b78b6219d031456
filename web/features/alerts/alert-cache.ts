import type { InfiniteData } from '@tanstack/react-query';
import type { Alert } from '../../../core/api';
import type { AlertListQuery, AlertPage } from '../../api/alerts';
import { alertMatches } from './alert-filters';

/**
 * One cached alert list after a live event: a known alert is replaced where it stands; a new one
 * (or one that now fits the filter) goes to the top, since the list is newest activity first.
 * Returns the same object when nothing changes, so React Query keeps its subscribers quiet.
 */
export function applyAlertToPages(
  data: InfiniteData<AlertPage, string | undefined> | undefined,
  alert: Alert,
  query: AlertListQuery,
): InfiniteData<AlertPage, string | undefined> | undefined {
  if (!data || data.pages.length === 0) return data;
  const known = data.pages.some((page) => page.items.some((item) => item.id === alert.id));
  if (known) {
    return {
      ...data,
      pages: data.pages.map((page) => ({ ...page, items: page.items.map((item) => (item.id === alert.id ? alert : item)) })),
    };
  }
  if (!alertMatches(alert, query)) return data;
  const [first, ...rest] = data.pages;
  return { ...data, pages: [{ ...first!, items: [alert, ...first!.items] }, ...rest] };
}
