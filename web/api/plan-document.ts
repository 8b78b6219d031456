import { useMutation } from '@tanstack/react-query';
import { buildUrl, toApiError } from './client';

export type PlanDocumentSuffix = 'html' | 'md' | 'pdf';

export function planDocumentUrl(workspaceId: number, suffix: PlanDocumentSuffix, language: 'id' | 'en'): string {
  return buildUrl(`/api/workspaces/${workspaceId}/plan-document.${suffix}`, { language });
}

function fileNameOf(disposition: string | null, fallback: string): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;
}

/** Fetches the document and hands it to the browser as a download, so a refusal shows as a message, not a file. */
export function useDownloadPlanDocument(workspaceId: number) {
  return useMutation({
    mutationFn: async ({ suffix, language }: { suffix: Exclude<PlanDocumentSuffix, 'html'>; language: 'id' | 'en' }) => {
      const response = await fetch(planDocumentUrl(workspaceId, suffix, language), { credentials: 'same-origin' });
      if (!response.ok) {
        const text = await response.text();
        let data: unknown = null;
        try {
          data = JSON.parse(text);
        } catch {
          // not JSON: the status says enough
        }
        throw toApiError(response.status, data);
      }
      const blob = await response.blob();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = fileNameOf(response.headers.get('content-disposition'), `plan.${suffix}`);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    },
  });
}
