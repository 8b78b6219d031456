import { keepPreviousData, type QueryClient, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Alert, AlertRule, AlertRuleInput, OnCall, SignalSeries } from '../../core/api';
import { apiRequest } from './client';
import { queryKeys } from './keys';
import type { AlertListQuery, SignalsQuery } from './types';

export type { AlertListQuery, SignalsQuery } from './types';

export interface AlertPage {
  items: Alert[];
  nextCursor: string | null;
}

const base = (workspaceId: number) => `/workspaces/${workspaceId}`;
const PAGE_SIZE = 50;

export function useAlerts(workspaceId: number, filters: AlertListQuery) {
  return useInfiniteQuery({
    queryKey: queryKeys.alerts(workspaceId, filters),
    queryFn: ({ pageParam, signal }) =>
      apiRequest<AlertPage>(`${base(workspaceId)}/alerts`, { query: { ...filters, cursor: pageParam, limit: PAGE_SIZE }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAlert(workspaceId: number, alertId: number | null) {
  return useQuery({
    queryKey: queryKeys.alert(workspaceId, alertId ?? 0),
    queryFn: () => apiRequest<Alert>(`${base(workspaceId)}/alerts/${alertId}`),
    enabled: alertId !== null,
  });
}

export type AlertAction = { kind: 'acknowledge' } | { kind: 'snooze'; minutes: number } | { kind: 'resolve'; resolution: string };

function actionBody(action: AlertAction): unknown {
  if (action.kind === 'snooze') return { minutes: action.minutes };
  if (action.kind === 'resolve') return { resolution: action.resolution };
  return undefined;
}

/** Acknowledge, snooze or resolve; the answer replaces the alert wherever it is shown. */
export function useAlertAction(workspaceId: number, alertId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: AlertAction) =>
      apiRequest<Alert>(`${base(workspaceId)}/alerts/${alertId}/${action.kind}`, { method: 'POST', body: actionBody(action) }),
    onSuccess: (alert) => {
      client.setQueryData(queryKeys.alert(workspaceId, alert.id), alert);
      return client.invalidateQueries({ queryKey: queryKeys.alerts(workspaceId) });
    },
  });
}

function fetchSignals(workspaceId: number, query: SignalsQuery, signal: AbortSignal) {
  return apiRequest<SignalSeries>(`${base(workspaceId)}/signals`, { query: { ...query }, signal });
}

/**
 * The last `hours` up to the interval that holds `now`, in whole intervals, so that the latest
 * interval is the one still filling.
 */
export function recentWindow(hours: number, interval: number, now: number): { from: number; to: number } {
  const step = interval * 60_000;
  const to = Math.floor(now / step) * step + step;
  return { from: to - hours * 3_600_000, to };
}

/** A brand's signals in a fixed window; the part after now is left out, where empty intervals would look like a drop. */
export function useSignals(workspaceId: number, query: SignalsQuery | null) {
  return useQuery({
    queryKey: queryKeys.signals(workspaceId, query ?? undefined),
    queryFn: ({ signal }) => {
      const step = query!.interval * 60_000;
      const now = Math.ceil(Date.now() / step) * step;
      return fetchSignals(workspaceId, { ...query!, to: Math.max(query!.from + step, Math.min(query!.to, now)) }, signal);
    },
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

/** A brand's signals over the last `hours`; every refetch (a live update) moves the window to now. */
export function useRecentSignals(workspaceId: number, brandId: number | null, hours: number, interval: number) {
  return useQuery({
    queryKey: queryKeys.signals(workspaceId, { brandId: brandId ?? 0, hours, interval }),
    queryFn: ({ signal }) =>
      fetchSignals(workspaceId, { brandId: brandId!, interval, ...recentWindow(hours, interval, Date.now()) }, signal),
    enabled: brandId !== null,
    placeholderData: keepPreviousData,
  });
}

export function useAlertRules(workspaceId: number) {
  return useQuery({
    queryKey: queryKeys.alertRules(workspaceId),
    queryFn: () => apiRequest<AlertRule[]>(`${base(workspaceId)}/alert-rules`),
  });
}

export function useSaveAlertRule(workspaceId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number | null; input: Partial<AlertRuleInput> }) =>
      id === null
        ? apiRequest<AlertRule>(`${base(workspaceId)}/alert-rules`, { method: 'POST', body: input })
        : apiRequest<AlertRule>(`${base(workspaceId)}/alert-rules/${id}`, { method: 'PATCH', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.alertRules(workspaceId) }),
  });
}

export function useDeleteAlertRule(workspaceId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ruleId: number) => apiRequest<{ ok: true }>(`${base(workspaceId)}/alert-rules/${ruleId}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.alertRules(workspaceId) }),
  });
}

export function useOnCall(workspaceId: number) {
  return useQuery({
    queryKey: queryKeys.onCall(workspaceId),
    queryFn: () => apiRequest<OnCall>(`${base(workspaceId)}/oncall`),
  });
}

export function useSaveOnCall(workspaceId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (onCall: OnCall) => apiRequest<OnCall>(`${base(workspaceId)}/oncall`, { method: 'PUT', body: onCall }),
    onSuccess: (saved) => client.setQueryData(queryKeys.onCall(workspaceId), saved),
  });
}

/** Puts a fresh alert where the detail view reads it. */
export function storeAlert(client: QueryClient, workspaceId: number, alert: Alert): void {
  client.setQueryData(queryKeys.alert(workspaceId, alert.id), alert);
}
