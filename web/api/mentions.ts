import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { Mention, MentionDetail } from '../../core/api';
import { apiRequest } from './client';
import { queryKeys } from './keys';
import type { MentionFiltersQuery } from './types';

export type { MentionFiltersQuery } from './types';

const base = (workspaceId: number) => `/workspaces/${workspaceId}`;
const PAGE_SIZE = 50;

export function useMentions(workspaceId: number, filters: MentionFiltersQuery) {
  return useInfiniteQuery({
    queryKey: queryKeys.mentions(workspaceId, filters),
    queryFn: ({ pageParam, signal }) =>
      apiRequest<{ items: Mention[]; nextCursor: string | null }>(`${base(workspaceId)}/mentions`, {
        query: { ...filters, cursor: pageParam, limit: PAGE_SIZE },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useMentionFacets(workspaceId: number) {
  return useQuery({
    queryKey: queryKeys.mentionFacets(workspaceId),
    queryFn: () => apiRequest<{ platforms: string[]; languages: string[]; total: number }>(`${base(workspaceId)}/mentions/facets`),
    // An empty workspace is checked again on every visit: its empty state tells the user to import,
    // and the first mentions (from the CLI or the API) must replace it without a reload.
    staleTime: (query) => (query.state.data?.total === 0 ? 0 : 60_000),
  });
}

export function useMention(workspaceId: number, mentionId: number | null) {
  return useQuery({
    queryKey: queryKeys.mention(workspaceId, mentionId ?? 0),
    queryFn: () => apiRequest<MentionDetail>(`${base(workspaceId)}/mentions/${mentionId}`),
    enabled: mentionId !== null,
  });
}
