import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PlaybookSummary, Risk, RiskInput, RiskPatch, RiskRegister } from '../../core/api';
import type { CrisisType } from '../../core/plan/plan.types';
import { apiRequest } from './client';

/** The register's filters as the API takes them. */
export interface RiskFilters {
  category?: CrisisType | undefined;
  likelihood?: number | undefined;
  impact?: number | undefined;
  overdue?: 'true' | undefined;
}

const base = (workspaceId: number) => `/workspaces/${workspaceId}/risks`;

export const riskKeys = {
  all: (workspaceId: number) => ['workspace', workspaceId, 'risks'] as const,
  list: (workspaceId: number, query: RiskFilters) => ['workspace', workspaceId, 'risks', query] as const,
};

export function useRiskRegister(workspaceId: number, query: RiskFilters) {
  return useQuery({
    queryKey: riskKeys.list(workspaceId, query),
    queryFn: () => apiRequest<RiskRegister>(base(workspaceId), { query: { ...query } }),
  });
}

function useInvalidateRisks(workspaceId: number) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: riskKeys.all(workspaceId) });
}

export function useSaveRisk(workspaceId: number) {
  const invalidate = useInvalidateRisks(workspaceId);
  return useMutation({
    mutationFn: ({ id, body }: { id: number | null; body: RiskInput | RiskPatch }) =>
      apiRequest<Risk>(id === null ? base(workspaceId) : `${base(workspaceId)}/${id}`, { method: id === null ? 'POST' : 'PATCH', body }),
    onSuccess: invalidate,
  });
}

export function useReviewRisk(workspaceId: number) {
  const invalidate = useInvalidateRisks(workspaceId);
  return useMutation({
    mutationFn: ({ id, nextReviewDueAt }: { id: number; nextReviewDueAt: number | null }) =>
      apiRequest<Risk>(`${base(workspaceId)}/${id}/review`, { method: 'POST', body: { nextReviewDueAt } }),
    onSuccess: invalidate,
  });
}

export function useDeleteRisk(workspaceId: number) {
  const invalidate = useInvalidateRisks(workspaceId);
  return useMutation({
    mutationFn: (id: number) => apiRequest<unknown>(`${base(workspaceId)}/${id}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

/** The playbooks a risk may link to (not archived). */
export function usePlaybookChoices(workspaceId: number) {
  return useQuery({
    queryKey: ['workspace', workspaceId, 'risks', 'playbook-choices'] as const,
    queryFn: () => apiRequest<PlaybookSummary[]>(`/workspaces/${workspaceId}/playbooks`),
  });
}
