import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CrisisTeam,
  CrisisTeamInput,
  Locale,
  PlaybookDetail,
  PlaybookHistoryEntry,
  PlaybookInput,
  PlaybookSummary,
  PlaybookVersion,
  PlaybookVersionInput,
  PolicyAcknowledgements,
  PolicyInput,
  PolicyState,
  PolicyVersionSummary,
  StarterInstallResult,
  TeamOverview,
  TeamScope,
} from '../../core/api';
import { apiRequest } from './client';

const base = (workspaceId: number) => `/workspaces/${workspaceId}`;

/** The plan's query keys, under the workspace's so that leaving a workspace drops them. */
export const planKeys = {
  all: (workspaceId: number) => ['workspace', workspaceId, 'plan'] as const,
  playbooks: (workspaceId: number, archived?: string) => ['workspace', workspaceId, 'plan', 'playbooks', archived ?? 'false'] as const,
  playbook: (workspaceId: number, playbookId: number) => ['workspace', workspaceId, 'plan', 'playbook', playbookId] as const,
  team: (workspaceId: number, scope?: TeamScope) => ['workspace', workspaceId, 'plan', 'team', scope ?? 'overview'] as const,
  policy: (workspaceId: number) => ['workspace', workspaceId, 'plan', 'policy'] as const,
};

export function usePlaybooks(workspaceId: number, archived: 'false' | 'true' | 'any' = 'false') {
  return useQuery({
    queryKey: planKeys.playbooks(workspaceId, archived),
    queryFn: () => apiRequest<PlaybookSummary[]>(`${base(workspaceId)}/playbooks`, { query: { archived } }),
  });
}

export function usePlaybook(workspaceId: number, playbookId: number) {
  return useQuery({
    queryKey: planKeys.playbook(workspaceId, playbookId),
    queryFn: () => apiRequest<PlaybookDetail>(`${base(workspaceId)}/playbooks/${playbookId}`),
  });
}

export function usePlaybookHistory(workspaceId: number, playbookId: number) {
  return useQuery({
    queryKey: [...planKeys.playbook(workspaceId, playbookId), 'history'],
    queryFn: () => apiRequest<PlaybookHistoryEntry[]>(`${base(workspaceId)}/playbooks/${playbookId}/versions`),
  });
}

export function usePlaybookVersion(workspaceId: number, playbookId: number, version: number | null) {
  return useQuery({
    queryKey: [...planKeys.playbook(workspaceId, playbookId), 'version', version],
    queryFn: () => apiRequest<PlaybookVersion>(`${base(workspaceId)}/playbooks/${playbookId}/versions/${version}`),
    enabled: version !== null,
  });
}

/** Every plan change refreshes the plan's queries: a save can archive another playbook. */
function usePlanMutation<I, O>(workspaceId: number, request: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => client.invalidateQueries({ queryKey: planKeys.all(workspaceId) }),
  });
}

export function useCreatePlaybook(workspaceId: number) {
  return usePlanMutation(workspaceId, (body: PlaybookInput) =>
    apiRequest<PlaybookDetail>(`${base(workspaceId)}/playbooks`, { method: 'POST', body }),
  );
}

export function useSavePlaybookVersion(workspaceId: number, playbookId: number) {
  return usePlanMutation(workspaceId, (body: PlaybookVersionInput) =>
    apiRequest<PlaybookDetail>(`${base(workspaceId)}/playbooks/${playbookId}/versions`, { method: 'POST', body }),
  );
}

export function useArchivePlaybook(workspaceId: number, playbookId: number) {
  return usePlanMutation(workspaceId, (archived: boolean) =>
    apiRequest<PlaybookDetail>(`${base(workspaceId)}/playbooks/${playbookId}/${archived ? 'archive' : 'restore'}`, { method: 'POST' }),
  );
}

export function useInstallStarter(workspaceId: number) {
  return usePlanMutation(workspaceId, (language: Locale) =>
    apiRequest<StarterInstallResult>(`${base(workspaceId)}/playbooks/install-starter`, { method: 'POST', body: { language } }),
  );
}

export function useTeamOverview(workspaceId: number) {
  return useQuery({
    queryKey: planKeys.team(workspaceId),
    queryFn: () => apiRequest<TeamOverview>(`${base(workspaceId)}/crisis-team`),
  });
}

export function useCrisisTeam(workspaceId: number, scope: TeamScope) {
  return useQuery({
    queryKey: planKeys.team(workspaceId, scope),
    queryFn: () => apiRequest<CrisisTeam>(`${base(workspaceId)}/crisis-team/${scope}`),
  });
}

export function useSaveCrisisTeam(workspaceId: number, scope: TeamScope) {
  return usePlanMutation(workspaceId, (body: CrisisTeamInput) =>
    apiRequest<CrisisTeam>(`${base(workspaceId)}/crisis-team/${scope}`, { method: 'PUT', body }),
  );
}

export function usePolicy(workspaceId: number) {
  return useQuery({
    queryKey: planKeys.policy(workspaceId),
    queryFn: () => apiRequest<PolicyState>(`${base(workspaceId)}/policy`),
  });
}

export function usePolicyVersions(workspaceId: number) {
  return useQuery({
    queryKey: [...planKeys.policy(workspaceId), 'versions'],
    queryFn: () => apiRequest<PolicyVersionSummary[]>(`${base(workspaceId)}/policy/versions`),
  });
}

export function usePolicyAcknowledgements(workspaceId: number, enabled: boolean) {
  return useQuery({
    queryKey: [...planKeys.policy(workspaceId), 'acknowledgements'],
    queryFn: () => apiRequest<PolicyAcknowledgements>(`${base(workspaceId)}/policy/acknowledgements`),
    enabled,
  });
}

export function usePublishPolicy(workspaceId: number) {
  return usePlanMutation(workspaceId, (body: PolicyInput) =>
    apiRequest<PolicyState>(`${base(workspaceId)}/policy/versions`, { method: 'POST', body }),
  );
}

export function useAcknowledgePolicy(workspaceId: number) {
  return usePlanMutation(workspaceId, (version: number) =>
    apiRequest<PolicyState>(`${base(workspaceId)}/policy/acknowledge`, { method: 'POST', body: { version } }),
  );
}
