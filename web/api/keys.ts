import type { AlertListQuery, MentionFiltersQuery } from './types';

/** Query keys in one place so mutations invalidate exactly what they change. */
export const queryKeys = {
  setupStatus: ['setup-status'] as const,
  session: ['session'] as const,
  invitation: (token: string) => ['invitation', token] as const,
  workspace: (workspaceId: number) => ['workspace', workspaceId] as const,
  members: (workspaceId: number) => ['workspace', workspaceId, 'members'] as const,
  brands: (workspaceId: number) => ['workspace', workspaceId, 'brands'] as const,
  brand: (workspaceId: number, brandId: number) => ['workspace', workspaceId, 'brands', brandId] as const,
  queries: (workspaceId: number, brandId: number) => ['workspace', workspaceId, 'brands', brandId, 'queries'] as const,
  queryPreview: (workspaceId: number, query: string) => ['workspace', workspaceId, 'query-preview', query] as const,
  mentions: (workspaceId: number, filters?: MentionFiltersQuery) =>
    filters ? (['workspace', workspaceId, 'mentions', filters] as const) : (['workspace', workspaceId, 'mentions'] as const),
  mentionFacets: (workspaceId: number) => ['workspace', workspaceId, 'mention-facets'] as const,
  mention: (workspaceId: number, mentionId: number) => ['workspace', workspaceId, 'mention', mentionId] as const,
  analysisAccuracy: (workspaceId: number) => ['workspace', workspaceId, 'analysis', 'accuracy'] as const,
  categoryRules: (workspaceId: number) => ['workspace', workspaceId, 'analysis', 'category-rules'] as const,
  alerts: (workspaceId: number, filters?: AlertListQuery) =>
    filters ? (['workspace', workspaceId, 'alerts', 'list', filters] as const) : (['workspace', workspaceId, 'alerts', 'list'] as const),
  alert: (workspaceId: number, alertId: number) => ['workspace', workspaceId, 'alerts', 'one', alertId] as const,
  signals: (workspaceId: number, query?: object) =>
    query ? (['workspace', workspaceId, 'signals', query] as const) : (['workspace', workspaceId, 'signals'] as const),
  alertRules: (workspaceId: number) => ['workspace', workspaceId, 'alert-rules'] as const,
  onCall: (workspaceId: number) => ['workspace', workspaceId, 'oncall'] as const,
  tokens: (workspaceId: number) => ['workspace', workspaceId, 'tokens'] as const,
  notificationChannels: (workspaceId: number) => ['workspace', workspaceId, 'notification-channels'] as const,
  notificationDeliveries: (workspaceId: number) => ['workspace', workspaceId, 'notification-deliveries'] as const,
  incidents: (workspaceId: number) => ['workspace', workspaceId, 'incidents'] as const,
  incident: (workspaceId: number, incidentId: number) => ['workspace', workspaceId, 'incidents', incidentId] as const,
  pauses: (workspaceId: number) => ['workspace', workspaceId, 'pauses'] as const,
  audit: (workspaceId: number, action?: string) =>
    action === undefined ? (['workspace', workspaceId, 'audit'] as const) : (['workspace', workspaceId, 'audit', action] as const),
};
