import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Statement,
  StatementCorrectionInput,
  StatementDetail,
  StatementInput,
  StatementSettings,
  UpdatePage,
  UpdatePageInput,
} from '../../core/api';
import { apiRequest } from './client';

const base = (workspaceId: number) => `/workspaces/${workspaceId}`;
const keys = {
  all: (workspaceId: number) => ['workspace', workspaceId, 'statements'] as const,
  list: (workspaceId: number, incidentId: number | null) => ['workspace', workspaceId, 'statements', 'list', incidentId] as const,
  one: (workspaceId: number, id: number) => ['workspace', workspaceId, 'statements', 'one', id] as const,
  pages: (workspaceId: number) => ['workspace', workspaceId, 'update-pages'] as const,
  settings: (workspaceId: number) => ['workspace', workspaceId, 'statement-settings'] as const,
};

/** Statements, newest first (of one incident when given); refreshed so deliveries move while the page is open. */
export function useStatements(workspaceId: number, incidentId: number | null = null) {
  return useQuery({
    queryKey: keys.list(workspaceId, incidentId),
    queryFn: () => apiRequest<Statement[]>(`${base(workspaceId)}/statements`, { query: incidentId ? { incidentId } : {} }),
    refetchInterval: 15_000,
  });
}

export function useStatement(workspaceId: number, id: number) {
  return useQuery({
    queryKey: keys.one(workspaceId, id),
    queryFn: () => apiRequest<StatementDetail>(`${base(workspaceId)}/statements/${id}`),
    refetchInterval: 10_000,
  });
}

export function useCreateStatement(workspaceId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: StatementInput) => apiRequest<StatementDetail>(`${base(workspaceId)}/statements`, { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all(workspaceId) }),
  });
}

export type StatementAction =
  | { kind: 'submit' }
  | { kind: 'approve'; comment: string }
  | { kind: 'reject'; comment: string }
  | { kind: 'publish'; scheduledAt: number | null }
  | { kind: 'corrections'; correction: StatementCorrectionInput };

export function useStatementAction(workspaceId: number, id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: StatementAction) => {
      const path = `${base(workspaceId)}/statements/${id}/${action.kind}`;
      const body =
        action.kind === 'submit'
          ? undefined
          : action.kind === 'publish'
            ? { scheduledAt: action.scheduledAt }
            : action.kind === 'corrections'
              ? action.correction
              : { comment: action.comment };
      return apiRequest<StatementDetail>(path, { method: 'POST', body });
    },
    onSuccess: (detail) => {
      client.setQueryData(keys.one(workspaceId, id), detail);
      void client.invalidateQueries({ queryKey: keys.all(workspaceId) });
    },
  });
}

export function useUpdatePages(workspaceId: number) {
  return useQuery({
    queryKey: keys.pages(workspaceId),
    queryFn: () => apiRequest<UpdatePage[]>(`${base(workspaceId)}/update-pages`),
  });
}

export function useConfigureUpdatePage(workspaceId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ brandId, input }: { brandId: number; input: UpdatePageInput }) =>
      apiRequest<UpdatePage>(`${base(workspaceId)}/brands/${brandId}/update-page`, { method: 'PUT', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.pages(workspaceId) }),
  });
}

export function useStatementSettings(workspaceId: number) {
  return useQuery({
    queryKey: keys.settings(workspaceId),
    queryFn: () => apiRequest<StatementSettings>(`${base(workspaceId)}/statement-settings`),
  });
}

export function useSaveStatementSettings(workspaceId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: StatementSettings) =>
      apiRequest<StatementSettings>(`${base(workspaceId)}/statement-settings`, { method: 'PUT', body: settings }),
    onSuccess: (settings) => client.setQueryData(keys.settings(workspaceId), settings),
  });
}
