import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BlockProposal,
  BulkResult,
  ClusterHideInput,
  MentionModeration,
  ModerateInput,
  ModerationActionView,
  ModerationCluster,
  ModerationSettings,
  ModerationSettingsInput,
  Publisher,
} from '../../core/api';
import { apiRequest } from './client';
import { outboxKeys } from './outbox';

const base = (workspaceId: number) => `/workspaces/${workspaceId}/moderation`;

export const moderationKeys = {
  all: (workspaceId: number) => ['workspace', workspaceId, 'moderation'] as const,
  mention: (workspaceId: number, mentionId: number) => ['workspace', workspaceId, 'moderation', 'mention', mentionId] as const,
  actions: (workspaceId: number) => ['workspace', workspaceId, 'moderation', 'actions'] as const,
  proposals: (workspaceId: number) => ['workspace', workspaceId, 'moderation', 'block-proposals'] as const,
  clusters: (workspaceId: number, windowMs: number) => ['workspace', workspaceId, 'moderation', 'clusters', windowMs] as const,
  settings: (workspaceId: number) => ['workspace', workspaceId, 'moderation', 'settings'] as const,
  publishers: (workspaceId: number, accountId: number) => ['workspace', workspaceId, 'accounts', accountId, 'publishers'] as const,
};

/** Moderation of one mention; refreshed every 15 s so queued actions turn done while the drawer is open. */
export function useMentionModeration(workspaceId: number, mentionId: number, enabled = true) {
  return useQuery({
    queryKey: moderationKeys.mention(workspaceId, mentionId),
    queryFn: () => apiRequest<MentionModeration>(`${base(workspaceId)}/mentions/${mentionId}`),
    refetchInterval: 15_000,
    enabled,
  });
}

export function useModerationActions(workspaceId: number) {
  return useQuery({
    queryKey: moderationKeys.actions(workspaceId),
    queryFn: () => apiRequest<ModerationActionView[]>(`${base(workspaceId)}/actions`),
    refetchInterval: 15_000,
  });
}

export function useBlockProposals(workspaceId: number) {
  return useQuery({
    queryKey: moderationKeys.proposals(workspaceId),
    queryFn: () => apiRequest<BlockProposal[]>(`${base(workspaceId)}/block-proposals`),
  });
}

export function useModerationClusters(workspaceId: number, windowMs: number) {
  return useQuery({
    queryKey: moderationKeys.clusters(workspaceId, windowMs),
    queryFn: () => apiRequest<ModerationCluster[]>(`${base(workspaceId)}/clusters`, { query: { windowMs } }),
  });
}

export function useModerationSettings(workspaceId: number) {
  return useQuery({
    queryKey: moderationKeys.settings(workspaceId),
    queryFn: () => apiRequest<ModerationSettings>(`${base(workspaceId)}/settings`),
  });
}

function useInvalidateModeration(workspaceId: number) {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: moderationKeys.all(workspaceId) });
    await client.invalidateQueries({ queryKey: outboxKeys.outbox(workspaceId) });
  };
}

export function useSaveModerationSettings(workspaceId: number) {
  const invalidate = useInvalidateModeration(workspaceId);
  return useMutation({
    mutationFn: (input: ModerationSettingsInput) =>
      apiRequest<ModerationSettings>(`${base(workspaceId)}/settings`, { method: 'PUT', body: input }),
    onSuccess: invalidate,
  });
}

export function useModerate(workspaceId: number) {
  const invalidate = useInvalidateModeration(workspaceId);
  return useMutation({
    mutationFn: (input: ModerateInput) => apiRequest<ModerationActionView>(`${base(workspaceId)}/actions`, { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}

export function useUndoModeration(workspaceId: number) {
  const invalidate = useInvalidateModeration(workspaceId);
  return useMutation({
    mutationFn: (actionId: number) =>
      apiRequest<ModerationActionView>(`${base(workspaceId)}/actions/${actionId}/undo`, { method: 'POST', body: {} }),
    onSuccess: invalidate,
  });
}

export function useHideCluster(workspaceId: number) {
  const invalidate = useInvalidateModeration(workspaceId);
  return useMutation({
    mutationFn: (input: ClusterHideInput) => apiRequest<BulkResult>(`${base(workspaceId)}/clusters/hide`, { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}

export function useUndoBulk(workspaceId: number) {
  const invalidate = useInvalidateModeration(workspaceId);
  return useMutation({
    mutationFn: (bulkKey: string) =>
      apiRequest<BulkResult>(`${base(workspaceId)}/bulk/${encodeURIComponent(bulkKey)}/undo`, { method: 'POST', body: {} }),
    onSuccess: invalidate,
  });
}

/** Who may post as an owned account. */
export function usePublishers(workspaceId: number, accountId: number, enabled = true) {
  return useQuery({
    queryKey: moderationKeys.publishers(workspaceId, accountId),
    queryFn: () => apiRequest<Publisher[]>(`/workspaces/${workspaceId}/accounts/${accountId}/publishers`),
    enabled,
  });
}

export function useChangePublisher(workspaceId: number, accountId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, grant }: { userId: number; grant: boolean }) =>
      apiRequest<Publisher[]>(`/workspaces/${workspaceId}/accounts/${accountId}/publishers/${userId}`, {
        method: grant ? 'PUT' : 'DELETE',
        ...(grant ? { body: {} } : {}),
      }),
    onSuccess: (publishers) => client.setQueryData(moderationKeys.publishers(workspaceId, accountId), publishers),
  });
}
