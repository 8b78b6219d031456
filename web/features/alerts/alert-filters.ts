import type { Alert } from '../../../core/api';
import type { AlertListQuery } from '../../api/alerts';
import { ALERT_SEVERITIES, ALERT_STATUSES } from './alert-words';

/** The alert list's filters as kept in the URL; an empty string means "not set". */
export interface AlertFilters {
  /** `active` (the default), `all`, or one status. */
  status: string;
  severity: string;
  brandId: string;
}

const STATUS_VALUES = new Set<string>(['active', 'all', ...ALERT_STATUSES]);
const SEVERITY_VALUES = new Set<string>(ALERT_SEVERITIES);
/** Statuses that still need someone: open, acknowledged but not resolved, or back from a snooze. */
const ACTIVE_STATUSES = new Set<string>(['open', 'acknowledged', 'snoozed']);

export function readAlertFilters(params: URLSearchParams): AlertFilters {
  const status = params.get('status') ?? '';
  const severity = params.get('severity') ?? '';
  const brandId = params.get('brandId') ?? '';
  return {
    status: STATUS_VALUES.has(status) ? status : 'active',
    severity: SEVERITY_VALUES.has(severity) ? severity : '',
    brandId: /^\d+$/.test(brandId) ? brandId : '',
  };
}

/** Writes the filters into `params`, keeping the open alert; the default status stays out of the URL. */
export function writeAlertFilters(filters: AlertFilters, params = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string) => (value ? next.set(key, value) : next.delete(key));
  set('status', filters.status === 'active' ? '' : filters.status);
  set('severity', filters.severity);
  set('brandId', filters.brandId);
  return next;
}

export function toAlertQuery(filters: AlertFilters): AlertListQuery {
  const query: AlertListQuery = {};
  if (filters.status !== 'all') query.status = filters.status as AlertListQuery['status'];
  if (filters.severity) query.severity = filters.severity as AlertListQuery['severity'];
  if (filters.brandId) query.brandId = Number(filters.brandId);
  return query;
}

/** Whether the list asked for with `query` would hold `alert`, as the server decides it. */
export function alertMatches(alert: Alert, query: AlertListQuery): boolean {
  if (query.status === 'active' ? !ACTIVE_STATUSES.has(alert.status) : query.status !== undefined && alert.status !== query.status)
    return false;
  if (query.severity !== undefined && alert.severity !== query.severity) return false;
  if (query.brandId !== undefined && alert.brandId !== query.brandId) return false;
  return true;
}
