import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AnalysisAccuracy,
  CategoryRulesBodySchema,
  CategoryRulesResponseSchema,
  MentionCorrectionRequest,
  TextAnalysisSchema,
} from '../../core/api';
import { apiRequest } from './client';
import { queryKeys } from './keys';

export type CategoryRules = z.infer<typeof CategoryRulesBodySchema>;
export type CategoryRulesResponse = z.infer<typeof CategoryRulesResponseSchema>;
export type TextAnalysisResult = z.infer<typeof TextAnalysisSchema>;

const base = (workspaceId: number) => `/workspaces/${workspaceId}`;

/** A correction changes the mention, the lists it appears in, and the accuracy view. */
export function useCorrectMention(workspaceId: number, mentionId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (correction: MentionCorrectionRequest) =>
      apiRequest<{ ok: true }>(`${base(workspaceId)}/mentions/${mentionId}/corrections`, { method: 'POST', body: correction }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.mention(workspaceId, mentionId) }),
        client.invalidateQueries({ queryKey: queryKeys.mentions(workspaceId) }),
        client.invalidateQueries({ queryKey: queryKeys.analysisAccuracy(workspaceId) }),
      ]),
  });
}

export function useAnalysisAccuracy(workspaceId: number) {
  return useQuery({
    queryKey: queryKeys.analysisAccuracy(workspaceId),
    queryFn: () => apiRequest<AnalysisAccuracy>(`${base(workspaceId)}/analysis/accuracy`),
  });
}

export function useAnalysePreview(workspaceId: number) {
  return useMutation({
    mutationFn: (text: string) =>
      apiRequest<TextAnalysisResult>(`${base(workspaceId)}/analysis/preview`, { method: 'POST', body: { text } }),
  });
}

export function useCategoryRules(workspaceId: number) {
  return useQuery({
    queryKey: queryKeys.categoryRules(workspaceId),
    queryFn: () => apiRequest<CategoryRulesResponse>(`${base(workspaceId)}/analysis/category-rules`),
  });
}

export function useSaveCategoryRules(workspaceId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (rules: CategoryRules | null) =>
      apiRequest<CategoryRulesResponse>(`${base(workspaceId)}/analysis/category-rules`, { method: 'PUT', body: { rules } }),
    onSuccess: (saved) => client.setQueryData(queryKeys.categoryRules(workspaceId), saved),
  });
}
