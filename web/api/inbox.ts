import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExpertRequest, InboxItem, InboxItemDetail, InboxNote, InboxReply, InboxSettings } from '../../core/api';
import type { InboxStatus } from '../../core/messaging';
import { apiRequest } from './client';

export interface InboxFilters {
  status?: InboxStatus | undefined;
  assignee?: 'me' | 'none' | undefined;
  overdue?: boolean | undefined;
}

export type InboxBulkAction = { type: 'assign'; assigneeId: number | null } | { type: 'status'; status: InboxStatus } | { type: 'close' };

const base = (workspaceId: number) => `/workspaces/${workspaceId}/inbox`;
export const inboxKeys = {
  all: (workspaceId: number) => ['workspace', workspaceId, 'inbox'] as const,
  list: (workspaceId: number, filters: InboxFilters) => ['workspace', workspaceId, 'inbox', 'list', filters] as const,
  item: (workspaceId: number, itemId: number) => ['workspace', workspaceId, 'inbox', 'item', itemId] as const,
  review: (workspaceId: number) => ['workspace', workspaceId, 'inbox', 'review'] as const,
  settings: (workspaceId: number) => ['workspace', workspaceId, 'inbox', 'settings'] as const,
};

/** Ranked items; refreshed every 15 s so timers, risk and presence move while the page is open. */
export function useInboxItems(workspaceId: number, filters: InboxFilters) {
  return useQuery({
    queryKey: inboxKeys.list(workspaceId, filters),
    queryFn: () =>
      apiRequest<InboxItem[]>(`${base(workspaceId)}/items`, {
        query: {
          ...(filters.status ? { status: filters.status } : {}),
          ...(filters.assignee ? { assignee: filters.assignee } : {}),
          ...(filters.overdue ? { overdue: 'true' } : {}),
        },
      }),
    refetchInterval: 15_000,
  });
}

export function useInboxItem(workspaceId: number, itemId: number | null) {
  return useQuery({
    queryKey: inboxKeys.item(workspaceId, itemId ?? 0),
    queryFn: () => apiRequest<InboxItemDetail>(`${base(workspaceId)}/items/${itemId}`),
    enabled: itemId !== null,
    refetchInterval: 10_000,
  });
}

export function useRepliesInReview(workspaceId: number, enabled: boolean) {
  return useQuery({
    queryKey: inboxKeys.review(workspaceId),
    queryFn: () => apiRequest<InboxReply[]>(`${base(workspaceId)}/replies/in-review`),
    enabled,
    refetchInterval: 15_000,
  });
}

export function useInboxSettings(workspaceId: number) {
  return useQuery({ queryKey: inboxKeys.settings(workspaceId), queryFn: () => apiRequest<InboxSettings>(`${base(workspaceId)}/settings`) });
}

function useInboxMutation<I, O>(workspaceId: number, request: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: request, onSuccess: () => client.invalidateQueries({ queryKey: inboxKeys.all(workspaceId) }) });
}

export const usePatchInboxItem = (workspaceId: number) =>
  useInboxMutation(workspaceId, (input: { itemId: number; status?: InboxStatus; assigneeId?: number | null }) => {
    const { itemId, ...patch } = input;
    return apiRequest<InboxItem>(`${base(workspaceId)}/items/${itemId}`, { method: 'PATCH', body: patch });
  });

export const useInboxBulk = (workspaceId: number) =>
  useInboxMutation(workspaceId, (input: { itemIds: number[]; action: InboxBulkAction }) =>
    apiRequest<{ itemId: number; ok: boolean; error: { code: string; message: string } | null }[]>(`${base(workspaceId)}/bulk`, {
      method: 'POST',
      body: input,
    }),
  );

export const useAddInboxNote = (workspaceId: number) =>
  useInboxMutation(workspaceId, (input: { itemId: number; body: string }) =>
    apiRequest<InboxNote>(`${base(workspaceId)}/items/${input.itemId}/notes`, { method: 'POST', body: { body: input.body } }),
  );

export const useReplyDraft = (workspaceId: number) =>
  useMutation({
    mutationFn: (input: { itemId: number; templateId: number }) =>
      apiRequest<{ text: string; templateId: number; templateVersion: number; missing: string[] }>(
        `${base(workspaceId)}/items/${input.itemId}/reply-draft`,
        { method: 'POST', body: { templateId: input.templateId } },
      ),
  });

export const useSendReply = (workspaceId: number) =>
  useInboxMutation(workspaceId, (input: { itemId: number; accountId: number; text: string; templateId: number | null }) =>
    apiRequest<InboxReply>(`${base(workspaceId)}/items/${input.itemId}/replies`, {
      method: 'POST',
      body: { accountId: input.accountId, text: input.text, templateId: input.templateId },
    }),
  );

export const useAnsweredElsewhere = (workspaceId: number) =>
  useInboxMutation(workspaceId, (input: { itemId: number; note: string }) =>
    apiRequest<InboxReply>(`${base(workspaceId)}/items/${input.itemId}/answered-elsewhere`, {
      method: 'POST',
      body: input.note ? { note: input.note } : {},
    }),
  );

export const useDecideReply = (workspaceId: number) =>
  useInboxMutation(workspaceId, (input: { replyId: number; decision: 'approve' | 'reject'; comment: string }) =>
    apiRequest<InboxReply>(`${base(workspaceId)}/replies/${input.replyId}/${input.decision}`, {
      method: 'POST',
      body: input.comment ? { comment: input.comment } : {},
    }),
  );

export const useAskExpert = (workspaceId: number) =>
  useInboxMutation(workspaceId, (input: { itemId: number; contactId: number; question: string; locale: 'id' | 'en' }) =>
    apiRequest<ExpertRequest>(`${base(workspaceId)}/items/${input.itemId}/experts`, {
      method: 'POST',
      body: { contactId: input.contactId, question: input.question, locale: input.locale },
    }),
  );

/** Heartbeat while an item is open: others see "X is already answering". */
export function postPresence(workspaceId: number, itemId: number, drafting: boolean) {
  return apiRequest<InboxItem['presence']>(`${base(workspaceId)}/items/${itemId}/presence`, { method: 'POST', body: { drafting } });
}

export const useSaveInboxSettings = (workspaceId: number) =>
  useInboxMutation(workspaceId, (settings: InboxSettings) =>
    apiRequest<InboxSettings>(`${base(workspaceId)}/settings`, { method: 'PUT', body: settings }),
  );

export const useRescanInbox = (workspaceId: number) =>
  useInboxMutation(workspaceId, (days: number) =>
    apiRequest<{ scanned: number; created: number }>(`${base(workspaceId)}/rescan`, { method: 'POST', body: { days } }),
  );
