import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest, Locale, SessionInfo, SetupRequest, WorkspaceSummary } from '../../core/api';
import type { Role } from '../../core/policy';
import { ApiError, apiRequest, setCsrfToken } from './client';
import { queryKeys } from './keys';

export interface InvitationInfo {
  email: string;
  workspaceName: string;
  role: Role;
  userExists: boolean;
}

/** The signed-in session, or null when nobody is signed in. */
export async function fetchSession(): Promise<SessionInfo | null> {
  try {
    const session = await apiRequest<SessionInfo>('/auth/me');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSetupStatus() {
  return useQuery({
    queryKey: queryKeys.setupStatus,
    queryFn: () => apiRequest<{ needsSetup: boolean }>('/setup/status'),
    staleTime: Infinity,
  });
}

export function useSession() {
  return useQuery({ queryKey: queryKeys.session, queryFn: fetchSession, staleTime: 60_000 });
}

/** Stores a fresh session answer (login, setup, invitation, profile change) in the cache. */
function useAdoptSession() {
  const client = useQueryClient();
  return (session: SessionInfo) => {
    setCsrfToken(session.csrfToken);
    client.setQueryData(queryKeys.session, session);
  };
}

export function useLogin() {
  const adopt = useAdoptSession();
  return useMutation({
    mutationFn: (body: LoginRequest) => apiRequest<SessionInfo>('/auth/login', { method: 'POST', body }),
    onSuccess: adopt,
  });
}

export function useSetup() {
  const adopt = useAdoptSession();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SetupRequest) => apiRequest<SessionInfo>('/setup', { method: 'POST', body }),
    onSuccess: (session) => {
      client.setQueryData(queryKeys.setupStatus, { needsSetup: false });
      adopt(session);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<{ ok: true }>('/auth/logout', { method: 'POST' }),
    onSettled: () => {
      setCsrfToken(null);
      client.clear();
      client.setQueryData(queryKeys.session, null);
    },
  });
}

export function useUpdateMe() {
  const adopt = useAdoptSession();
  return useMutation({
    mutationFn: (body: { name?: string; locale?: Locale }) => apiRequest<SessionInfo>('/auth/me', { method: 'PATCH', body }),
    onSuccess: adopt,
  });
}

export function useInvitation(token: string) {
  return useQuery({
    queryKey: queryKeys.invitation(token),
    queryFn: () => apiRequest<InvitationInfo>(`/invitations/${encodeURIComponent(token)}`),
    retry: false,
  });
}

export function useAcceptInvitation(token: string) {
  const adopt = useAdoptSession();
  return useMutation({
    mutationFn: (body: { name?: string; password: string }) =>
      apiRequest<SessionInfo>(`/invitations/${encodeURIComponent(token)}/accept`, { method: 'POST', body }),
    onSuccess: adopt,
  });
}

export function useCreateWorkspace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string }) => apiRequest<WorkspaceSummary>('/workspaces', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.session }),
  });
}
