import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Brand, BrandInput, Mention, WatchQuery, WatchQueryInput } from '../../core/api';
import { apiRequest } from './client';
import { queryKeys } from './keys';

export interface QueryPreview {
  valid: boolean;
  error: { message: string; position: number; code: string } | null;
  matches: Mention[];
  scanned: number;
}

const base = (workspaceId: number) => `/workspaces/${workspaceId}`;

export function useBrands(workspaceId: number) {
  return useQuery({
    queryKey: queryKeys.brands(workspaceId),
    queryFn: () => apiRequest<Brand[]>(`${base(workspaceId)}/brands`),
  });
}

export function useBrand(workspaceId: number, brandId: number) {
  return useQuery({
    queryKey: queryKeys.brand(workspaceId, brandId),
    queryFn: () => apiRequest<Brand>(`${base(workspaceId)}/brands/${brandId}`),
  });
}

export function useSaveBrand(workspaceId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number | null; input: BrandInput }) =>
      id === null
        ? apiRequest<Brand>(`${base(workspaceId)}/brands`, { method: 'POST', body: input })
        : apiRequest<Brand>(`${base(workspaceId)}/brands/${id}`, { method: 'PATCH', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.brands(workspaceId) }),
  });
}

export function useDeleteBrand(workspaceId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (brandId: number) => apiRequest<{ ok: true }>(`${base(workspaceId)}/brands/${brandId}`, { method: 'DELETE' }),
    // Only the list: refetching the deleted brand's own page would flash a "not found".
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.brands(workspaceId), exact: true }),
        client.invalidateQueries({ queryKey: queryKeys.mentions(workspaceId) }),
      ]),
  });
}

export function useWatchQueries(workspaceId: number, brandId: number) {
  return useQuery({
    queryKey: queryKeys.queries(workspaceId, brandId),
    queryFn: () => apiRequest<WatchQuery[]>(`${base(workspaceId)}/brands/${brandId}/queries`),
  });
}

/** Watch-query changes alter the brand's query count and which mentions match it. */
function useInvalidateQueries(workspaceId: number, brandId: number) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: queryKeys.brands(workspaceId) }),
      client.invalidateQueries({ queryKey: queryKeys.queries(workspaceId, brandId) }),
      client.invalidateQueries({ queryKey: queryKeys.mentions(workspaceId) }),
    ]);
}

export function useSaveWatchQuery(workspaceId: number, brandId: number) {
  const invalidate = useInvalidateQueries(workspaceId, brandId);
  return useMutation({
    mutationFn: ({ id, input }: { id: number | null; input: Partial<WatchQueryInput> }) =>
      id === null
        ? apiRequest<WatchQuery>(`${base(workspaceId)}/brands/${brandId}/queries`, { method: 'POST', body: input })
        : apiRequest<WatchQuery>(`${base(workspaceId)}/queries/${id}`, { method: 'PATCH', body: input }),
    onSuccess: invalidate,
  });
}

export function useDeleteWatchQuery(workspaceId: number, brandId: number) {
  const invalidate = useInvalidateQueries(workspaceId, brandId);
  return useMutation({
    mutationFn: (queryId: number) => apiRequest<unknown>(`${base(workspaceId)}/queries/${queryId}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

/** Preview of stored mentions a query would match; `query` should already be debounced. */
export function useQueryPreview(workspaceId: number, query: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.queryPreview(workspaceId, query),
    queryFn: ({ signal }) => apiRequest<QueryPreview>(`${base(workspaceId)}/queries/preview`, { method: 'POST', body: { query }, signal }),
    enabled: enabled && query.trim().length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
