import { z } from 'zod';
import {
  CRISIS_CATEGORIES,
  type CrisisCategory,
  LANGUAGE_CODES,
  type LanguageCode,
  SENTIMENTS,
  type Sentiment,
} from '../analysis/analysis.types';
import { categoryRulesSchema } from '../analysis/categories/category-rules';

const SentimentSchema = z.enum(SENTIMENTS as [Sentiment, ...Sentiment[]]);
const CategorySchema = z.enum(CRISIS_CATEGORIES as [CrisisCategory, ...CrisisCategory[]]);
const SentimentCountsSchema = z.record(z.string(), z.number());

export const TextAnalysisSchema = z.object({
  language: z.enum(LANGUAGE_CODES as [LanguageCode, ...LanguageCode[]]),
  sentiment: SentimentSchema,
  sentimentScores: z.object({ negative: z.number(), neutral: z.number(), positive: z.number() }),
  sentimentSource: z.enum(['model', 'workspace', 'corrected']),
  categories: z.array(CategorySchema),
  toxicity: z.number(),
  spam: z.boolean(),
  clusterKey: z.string(),
  keyPhrases: z.array(z.string()),
  version: z.string(),
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
