import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiToken } from '../../core/api';
import type { TokenScope } from '../../core/policy';
import { apiRequest } from './client';
import { queryKeys } from './keys';

const base = (workspaceId: number) => `/workspaces/${workspaceId}`;

export function useApiTokens(workspaceId: number) {
  return useQuery({
    queryKey: queryKeys.tokens(workspaceId),
    queryFn: () => apiRequest<ApiToken[]>(`${base(workspaceId)}/tokens`),
  });
}

export function useCreateApiToken(workspaceId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; scopes: TokenScope[] }) =>
      apiRequest<{ token: ApiToken; secret: string }>(`${base(workspaceId)}/tokens`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.tokens(workspaceId) }),
  });
}

export function useRevokeApiToken(workspaceId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: number) => apiRequest<unknown>(`${base(workspaceId)}/tokens/${tokenId}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.tokens(workspaceId) }),
  });
}
