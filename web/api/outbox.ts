import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OutboxItem, OwnedAccount, OwnedAccountInput, SandboxFailures, SandboxPost, ScheduledPostInput } from '../../core/api';
import type { OutboxState } from '../../core/channels';
import { apiRequest } from './client';

const base = (workspaceId: number) => `/workspaces/${workspaceId}`;

export const outboxKeys = {
  outbox: (workspaceId: number) => ['workspace', workspaceId, 'outbox'] as const,
  list: (workspaceId: number, state: OutboxState | null) => ['workspace', workspaceId, 'outbox', state] as const,
  accounts: (workspaceId: number) => ['workspace', workspaceId, 'accounts'] as const,
  sandbox: (workspaceId: number, accountId: number) => ['workspace', workspaceId, 'accounts', accountId, 'sandbox'] as const,
};

/** Outbox items; refreshed every 15 s so states move while the page is open. */
export function useOutbox(workspaceId: number, state: OutboxState | null) {
  return useQuery({
    queryKey: outboxKeys.list(workspaceId, state),
    queryFn: () => apiRequest<OutboxItem[]>(`${base(workspaceId)}/outbox`, { query: state ? { state } : {} }),
    refetchInterval: 15_000,
  });
}

function useOutboxAction(workspaceId: number, action: 'cancel' | 'retry') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (itemId: number) => apiRequest<OutboxItem>(`${base(workspaceId)}/outbox/${itemId}/${action}`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: outboxKeys.outbox(workspaceId) }),
  });
}

export const useCancelOutboxItem = (workspaceId: number) => useOutboxAction(workspaceId, 'cancel');
export const useRetryOutboxItem = (workspaceId: number) => useOutboxAction(workspaceId, 'retry');

export function useSchedulePost(workspaceId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ScheduledPostInput) =>
      apiRequest<OutboxItem>(`${base(workspaceId)}/outbox/scheduled-posts`, { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: outboxKeys.outbox(workspaceId) }),
  });
}

export function useAccounts(workspaceId: number) {
  return useQuery({
    queryKey: outboxKeys.accounts(workspaceId),
    queryFn: () => apiRequest<OwnedAccount[]>(`${base(workspaceId)}/accounts`),
  });
}

export function useCreateAccount(workspaceId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: OwnedAccountInput) => apiRequest<OwnedAccount>(`${base(workspaceId)}/accounts`, { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: outboxKeys.accounts(workspaceId) }),
  });
}

export function useSandboxPosts(workspaceId: number, accountId: number) {
  return useQuery({
    queryKey: outboxKeys.sandbox(workspaceId, accountId),
    queryFn: () => apiRequest<SandboxPost[]>(`${base(workspaceId)}/accounts/${accountId}/sandbox-posts`),
    refetchInterval: 15_000,
  });
}

export function useSetSandboxFailures(workspaceId: number, accountId: number) {
  return useMutation({
    mutationFn: (failures: SandboxFailures) =>
      apiRequest<unknown>(`${base(workspaceId)}/accounts/${accountId}/sandbox-failures`, { method: 'PUT', body: failures }),
  });
}
