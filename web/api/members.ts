import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Invitation, Member } from '../../core/api';
import type { Role } from '../../core/policy';
import { apiRequest } from './client';
import { queryKeys } from './keys';

export interface InviteResult {
  member: Member | null;
  invitation: Invitation | null;
  inviteUrl: string | null;
}

const base = (workspaceId: number) => `/workspaces/${workspaceId}`;

export function useMembers(workspaceId: number) {
  return useQuery({
    queryKey: queryKeys.members(workspaceId),
    queryFn: () => apiRequest<{ members: Member[]; invitations: Invitation[] }>(`${base(workspaceId)}/members`),
  });
}

function useInvalidateMembers(workspaceId: number) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: queryKeys.members(workspaceId) });
}

export function useInviteMember(workspaceId: number) {
  const invalidate = useInvalidateMembers(workspaceId);
  return useMutation({
    mutationFn: (body: { email: string; role: Role }) => apiRequest<InviteResult>(`${base(workspaceId)}/members`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdateMemberRole(workspaceId: number) {
  const invalidate = useInvalidateMembers(workspaceId);
  return useMutation({
    mutationFn: ({ userId, role }: { userId: number; role: Role }) =>
      apiRequest<Member>(`${base(workspaceId)}/members/${userId}`, { method: 'PATCH', body: { role } }),
    onSuccess: invalidate,
  });
}

export function useRemoveMember(workspaceId: number) {
  const invalidate = useInvalidateMembers(workspaceId);
  return useMutation({
    mutationFn: (userId: number) => apiRequest<unknown>(`${base(workspaceId)}/members/${userId}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

export function useRevokeInvitation(workspaceId: number) {
  const invalidate = useInvalidateMembers(workspaceId);
  return useMutation({
    mutationFn: (invitationId: number) => apiRequest<unknown>(`${base(workspaceId)}/invitations/${invitationId}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}
