import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BrandPause, DeclareIncidentInput, Evidence, FactSheet, Incident, IncidentSummary, TimelineEntry } from '../../core/api';
import type { IncidentState, TimelineKind } from '../../core/incidents';
import { apiRequest, buildUrl } from './client';
import { queryKeys } from './keys';

const base = (workspaceId: number) => `/workspaces/${workspaceId}/incidents`;

export function useIncidents(workspaceId: number, state: IncidentState | 'open' | undefined) {
  return useQuery({
    queryKey: [...queryKeys.incidents(workspaceId), 'list', state ?? 'all'],
    queryFn: ({ signal }) => apiRequest<IncidentSummary[]>(base(workspaceId), { query: { state }, signal }),
  });
}

export function useIncident(workspaceId: number, incidentId: number) {
  return useQuery({
    queryKey: queryKeys.incident(workspaceId, incidentId),
    queryFn: ({ signal }) => apiRequest<Incident>(`${base(workspaceId)}/${incidentId}`, { signal }),
  });
}

export function useDeclareIncident(workspaceId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: DeclareIncidentInput) => apiRequest<Incident>(base(workspaceId), { method: 'POST', body: input }),
    onSuccess: (incident) => {
      client.setQueryData(queryKeys.incident(workspaceId, incident.id), incident);
      void client.invalidateQueries({ queryKey: queryKeys.incidents(workspaceId) });
      void client.invalidateQueries({ queryKey: ['workspace', workspaceId, 'alerts'] });
    },
  });
}

export interface RoomAction {
  /** Path under the incident, e.g. `transition` or `tasks/3/complete`. */
  path: string;
  method?: 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
}

/**
 * Any change in the room: the answer (the whole room, when the route returns it) replaces the cached
 * incident, and everything else about it is fetched again.
 */
export function useRoomAction(workspaceId: number, incidentId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ path, method = 'POST', body }: RoomAction) =>
      apiRequest<unknown>(`${base(workspaceId)}/${incidentId}/${path}`, { method, body: body ?? (method === 'DELETE' ? undefined : {}) }),
    onSuccess: (answer) => {
      if (answer && typeof answer === 'object' && 'nextStates' in answer)
        client.setQueryData(queryKeys.incident(workspaceId, incidentId), answer);
      return client.invalidateQueries({ queryKey: queryKeys.incident(workspaceId, incidentId) });
    },
  });
}

export function useTimeline(workspaceId: number, incidentId: number, kinds: readonly TimelineKind[]) {
  return useQuery({
    queryKey: [...queryKeys.incident(workspaceId, incidentId), 'timeline', kinds.join(',')],
    queryFn: ({ signal }) =>
      apiRequest<TimelineEntry[]>(`${base(workspaceId)}/${incidentId}/timeline`, { query: { kinds: kinds.join(',') }, signal }),
  });
}

/** The export's address, for a plain download link (the session cookie goes along). */
export function timelineExportUrl(
  workspaceId: number,
  incidentId: number,
  format: 'csv' | 'markdown',
  language: 'id' | 'en',
  kinds: readonly TimelineKind[],
) {
  return buildUrl(`/api${base(workspaceId)}/${incidentId}/timeline/export`, { format, language, kinds: kinds.join(',') });
}

export function useFactSheets(workspaceId: number, incidentId: number) {
  return useQuery({
    queryKey: [...queryKeys.incident(workspaceId, incidentId), 'fact-sheets'],
    queryFn: ({ signal }) => apiRequest<FactSheet[]>(`${base(workspaceId)}/${incidentId}/fact-sheets`, { signal }),
  });
}

export function useEvidence(workspaceId: number, incidentId: number) {
  return useQuery({
    queryKey: [...queryKeys.incident(workspaceId, incidentId), 'evidence'],
    queryFn: ({ signal }) => apiRequest<Evidence[]>(`${base(workspaceId)}/${incidentId}/evidence`, { signal }),
  });
}

/** Links mentions to an incident from anywhere (the Mentions page). */
export function useAddEvidence(workspaceId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ incidentId, mentionIds }: { incidentId: number; mentionIds: number[] }) =>
      apiRequest<{ added: number }>(`${base(workspaceId)}/${incidentId}/evidence`, { method: 'POST', body: { mentionIds } }),
    onSuccess: (_answer, { incidentId }) => client.invalidateQueries({ queryKey: queryKeys.incident(workspaceId, incidentId) }),
  });
}

export function useResumePause(workspaceId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (pauseId: number) => apiRequest<BrandPause>(`/workspaces/${workspaceId}/pauses/${pauseId}/resume`, { method: 'POST' }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.pauses(workspaceId) });
      return client.invalidateQueries({ queryKey: queryKeys.incidents(workspaceId) });
    },
  });
}
