import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MessageTemplate, MessageTemplateDetail, TemplateApproval } from '../../core/api';
import type { ChannelId, TemplateKind, TemplateLanguage } from '../../core/messaging';
import type { CrisisType } from '../../core/plan';
import { apiRequest } from './client';

export interface TemplateFilters {
  crisisType?: CrisisType | undefined;
  channel?: ChannelId | undefined;
  language?: TemplateLanguage | undefined;
  status?: MessageTemplate['status'] | undefined;
  q?: string | undefined;
}

export interface TemplateInput {
  name: string;
  crisisType: CrisisType;
  kind: TemplateKind;
  channel: ChannelId;
  language: TemplateLanguage;
  body: string;
  changeNote: string;
}

export type TemplateAction =
  | { kind: 'versions'; body: string; changeNote: string }
  | { kind: 'submit' }
  | { kind: 'approve'; comment: string }
  | { kind: 'reject'; comment: string }
  | { kind: 'comments'; body: string }
  | { kind: 'approval'; approval: TemplateApproval }
  | { kind: 'review-date'; expiresAt: number | null }
  | { kind: 'archive' }
  | { kind: 'restore' };

const base = (workspaceId: number) => `/workspaces/${workspaceId}/templates`;
const keys = {
  all: (workspaceId: number) => ['workspace', workspaceId, 'templates'] as const,
  list: (workspaceId: number, filters: TemplateFilters) => ['workspace', workspaceId, 'templates', 'list', filters] as const,
  one: (workspaceId: number, templateId: number) => ['workspace', workspaceId, 'templates', 'one', templateId] as const,
};

export function useTemplates(workspaceId: number, filters: TemplateFilters) {
  return useQuery({
    queryKey: keys.list(workspaceId, filters),
    queryFn: ({ signal }) => apiRequest<MessageTemplate[]>(base(workspaceId), { query: { ...filters }, signal }),
  });
}

export function useTemplate(workspaceId: number, templateId: number) {
  return useQuery({
    queryKey: keys.one(workspaceId, templateId),
    queryFn: () => apiRequest<MessageTemplateDetail>(`${base(workspaceId)}/${templateId}`),
  });
}

export function useCreateTemplate(workspaceId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TemplateInput) => apiRequest<MessageTemplateDetail>(base(workspaceId), { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all(workspaceId) }),
  });
}

function actionBody(action: TemplateAction): unknown {
  switch (action.kind) {
    case 'versions':
      return { body: action.body, changeNote: action.changeNote };
    case 'approve':
    case 'reject':
      return { comment: action.comment };
    case 'comments':
      return { body: action.body };
    case 'approval':
      return action.approval;
    case 'review-date':
      return { expiresAt: action.expiresAt };
    default:
      return undefined;
  }
}

/** Every change to one template; the answer is its new detail, shown at once. */
export function useTemplateAction(workspaceId: number, templateId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: TemplateAction) =>
      apiRequest<MessageTemplateDetail>(`${base(workspaceId)}/${templateId}/${action.kind}`, { method: 'POST', body: actionBody(action) }),
    onSuccess: (detail) => {
      client.setQueryData(keys.one(workspaceId, templateId), detail);
      return client.invalidateQueries({ queryKey: ['workspace', workspaceId, 'templates', 'list'] });
    },
  });
}
