import { z } from 'zod';
import { LANGUAGE_CODES, type LanguageCode } from '../analysis/analysis.types';
import { categoryRulesSchema } from '../analysis/categories/category-rules';
import { MentionAnalysisSchema } from './mentions';

const SentimentCountsSchema = z.record(z.string(), z.number());

/** A typed text's analysis: a mention's analysis with the language it detected. */
export const TextAnalysisSchema = MentionAnalysisSchema.omit({ categoriesCorrected: true }).extend({
  language: z.enum(LANGUAGE_CODES as [LanguageCode, ...LanguageCode[]]),
});

export const AnalysisPreviewRequestSchema = z.object({ text: z.string().trim().min(1, 'must not be empty').max(20_000) });

/** The workspace's crisis-category rules (see core/analysis/categories). */
export const CategoryRulesBodySchema = categoryRulesSchema;

export const CategoryRulesUpdateSchema = z.object({ rules: CategoryRulesBodySchema.nullable() });

export const CategoryRulesResponseSchema = z.object({
  rules: CategoryRulesBodySchema,
  /** false while the shipped rules apply */
  custom: z.boolean(),
  defaults: CategoryRulesBodySchema,
});

export const AnalysisAccuracySchema = z.object({
  sentiment: z.object({
    reviewed: z.number(),
    agreed: z.number(),
    accuracy: z.number().nullable(),
    /** analysis label → reviewer's label → count */
    confusion: z.record(z.string(), SentimentCountsSchema),
    adaptedAgreed: z.number(),
    /** The adapted analysis is checked on the latest reviewed mentions, up to 1,000. */
    adaptedChecked: z.number(),
    adaptedAccuracy: z.number().nullable(),
  }),
  categories: z.object({ reviewed: z.number(), agreed: z.number(), accuracy: z.number().nullable() }),
  recent: z.array(
    z.object({
      mentionId: z.number(),
      field: z.enum(['sentiment', 'categories']),
      predicted: z.string(),
      corrected: z.string(),
      at: z.number(),
    }),
  ),
});
export type AnalysisAccuracy = z.infer<typeof AnalysisAccuracySchema>;
