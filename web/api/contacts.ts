import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Contact, ContactImportRequest, ContactImportResult, ContactInput, ContactKind, ExpertTopic } from '../../core/api';
import { apiRequest, buildUrl } from './client';

/** The directory's filters as the API takes them. */
export interface ContactFilters {
  kind?: ContactKind | undefined;
  topic?: ExpertTopic | undefined;
  q?: string | undefined;
}

const base = (workspaceId: number) => `/workspaces/${workspaceId}/contacts`;

export const contactKeys = {
  all: (workspaceId: number) => ['workspace', workspaceId, 'contacts'] as const,
  list: (workspaceId: number, filters: ContactFilters) => ['workspace', workspaceId, 'contacts', filters] as const,
};

export function useContacts(workspaceId: number, filters: ContactFilters) {
  return useQuery({
    queryKey: contactKeys.list(workspaceId, filters),
    queryFn: () => apiRequest<Contact[]>(base(workspaceId), { query: { ...filters } }),
  });
}

function useInvalidateContacts(workspaceId: number) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: contactKeys.all(workspaceId) });
}

export function useSaveContact(workspaceId: number) {
  const invalidate = useInvalidateContacts(workspaceId);
  return useMutation({
    mutationFn: ({ id, body }: { id: number | null; body: ContactInput }) =>
      apiRequest<Contact>(id === null ? base(workspaceId) : `${base(workspaceId)}/${id}`, { method: id === null ? 'POST' : 'PUT', body }),
    onSuccess: invalidate,
  });
}

export function useDeleteContact(workspaceId: number) {
  const invalidate = useInvalidateContacts(workspaceId);
  return useMutation({
    mutationFn: (id: number) => apiRequest<unknown>(`${base(workspaceId)}/${id}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

export function useImportContacts(workspaceId: number) {
  const invalidate = useInvalidateContacts(workspaceId);
  return useMutation({
    mutationFn: (body: ContactImportRequest) => apiRequest<ContactImportResult>(`${base(workspaceId)}/import`, { method: 'POST', body }),
    onSuccess: (result) => {
      if (!result.dryRun) void invalidate();
    },
  });
}

/** Where the browser downloads the directory from; the session cookie authenticates the GET. */
export function contactExportUrl(workspaceId: number, format: 'csv' | 'vcard'): string {
  return buildUrl(`/api${base(workspaceId)}/export`, { format });
}
