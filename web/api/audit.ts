import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditEntry } from '../../core/api';
import { apiRequest } from './client';
import { queryKeys } from './keys';

export function useAuditLog(workspaceId: number, action: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.audit(workspaceId, action),
    queryFn: ({ pageParam, signal }) =>
      apiRequest<{ items: AuditEntry[]; nextCursor: string | null }>(`/workspaces/${workspaceId}/audit`, {
        query: { action, cursor: pageParam, limit: 50 },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
