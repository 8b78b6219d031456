import { z } from 'zod';
import { CRISIS_CATEGORIES, type CrisisCategory, SENTIMENTS, type Sentiment } from '../analysis/analysis.types';
import { TimestampInputSchema, requiredOr } from './common';

/** Empty cells and nulls mean "not given", not zero. */
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);
const count = z.preprocess(
  blankToUndefined,
  z.coerce.number(requiredOr('a number')).int('must be a whole number').nonnegative('must not be negative').optional(),
);
const optionalText = (max: number) => z.string().trim().max(max).optional();

/**
 * One mention as it arrives from an import file or the ingest API. Field names are the
 * canonical ones; imports map their columns onto these.
 */
export const MentionInputSchema = z.object({
  platform: z
    .string(requiredOr('text'))
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9_.-]{0,39}$/, 'a short lower-case name such as "twitter" or "instagram"'),
  externalId: z
    .union([z.string(), z.number()], requiredOr('text or a number'))
    .transform((v) => String(v).trim())
    .pipe(z.string().min(1, 'must not be empty').max(200)),
  text: z.string(requiredOr('text')).trim().min(1, 'must not be empty').max(20_000),
  createdAt: TimestampInputSchema,
  url: z
    .string()
    .trim()
    .url()
    .max(2000)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  authorHandle: optionalText(200),
  authorName: optionalText(200),
  authorFollowers: count,
  language: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2,3}$/, 'an ISO 639 code such as "id" or "en"')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  likes: count,
  comments: count,
  shares: count,
  views: count,
  reach: count,
  parentId: optionalText(200),
  threadId: optionalText(200),
});
export type MentionInput = z.input<typeof MentionInputSchema>;
export type MentionRecord = z.output<typeof MentionInputSchema>;
export const MENTION_FIELDS = Object.keys(MentionInputSchema.shape) as (keyof MentionRecord)[];

export const MentionBatchRequestSchema = z.object({
  mentions: z.array(z.record(z.string(), z.unknown())).min(1).max(5000),
});

export const RejectedRowSchema = z.object({
  line: z.number(),
  field: z.string().nullable(),
  reason: z.string(),
});
export type RejectedRow = z.infer<typeof RejectedRowSchema>;

export const IngestSummarySchema = z.object({
  received: z.number(),
  imported: z.number(),
  /** Mentions already stored or repeated in the batch. */
  duplicates: z.number(),
  /** Of the duplicates, the posts already stored that came with higher engagement counters, which were updated. */
  engagementUpdated: z.number(),
  rejected: z.array(RejectedRowSchema),
});
export type IngestSummary = z.infer<typeof IngestSummarySchema>;

const SentimentSchema = z.enum(SENTIMENTS as [Sentiment, ...Sentiment[]]);
const CategorySchema = z.enum(CRISIS_CATEGORIES as [CrisisCategory, ...CrisisCategory[]]);

/** What the analysis found in a mention's text; null until the mention has been analysed. */
export const MentionAnalysisSchema = z.object({
  sentiment: SentimentSchema,
  sentimentScores: z.object({ negative: z.number(), neutral: z.number(), positive: z.number() }),
  /** `corrected` when a person set it, `workspace` when the workspace's learned adjustment applied. */
  sentimentSource: z.enum(['model', 'workspace', 'corrected']),
  categories: z.array(CategorySchema),
  categoriesCorrected: z.boolean(),
  toxicity: z.number(),
  spam: z.boolean(),
  clusterKey: z.string(),
  keyPhrases: z.array(z.string()),
  version: z.string(),
});
export type MentionAnalysisView = z.infer<typeof MentionAnalysisSchema>;

export const MentionSchema = z.object({
  id: z.number(),
  platform: z.string(),
  externalId: z.string(),
  url: z.string().nullable(),
  text: z.string(),
  language: z.string().nullable(),
  createdAt: z.number(),
  ingestedAt: z.number(),
  author: z.object({ handle: z.string().nullable(), name: z.string().nullable(), followers: z.number().nullable() }),
  likes: z.number(),
  comments: z.number(),
  shares: z.number(),
  views: z.number(),
  reach: z.number(),
  brandIds: z.array(z.number()),
  analysis: MentionAnalysisSchema.nullable(),
});
export type Mention = z.infer<typeof MentionSchema>;

/** One reading of a post's public counters: when it was first stored, and each time it came again with higher ones. */
export const EngagementSnapshotSchema = z.object({
  observedAt: z.number(),
  likes: z.number(),
  comments: z.number(),
  shares: z.number(),
  views: z.number(),
  reach: z.number(),
});
export type EngagementSnapshot = z.infer<typeof EngagementSnapshotSchema>;

/** Likes, comments and shares gained per hour (core/detection/engagement-velocity.ts). */
export const EngagementVelocitySchema = z.object({
  perHour: z.number(),
  engagement: z.number(),
  gained: z.number(),
  from: z.number(),
  to: z.number(),
  /** `snapshots`: between two readings; `age`: since the post's time, when it was seen once. */
  basis: z.enum(['snapshots', 'age']),
});

export const MentionDetailSchema = MentionSchema.extend({
  parentId: z.string().nullable(),
  threadId: z.string().nullable(),
  raw: z.unknown(),
  matches: z.array(z.object({ brandId: z.number(), brandName: z.string(), queryIds: z.array(z.number()) })),
  /** The readings of its counters, oldest first (the newest 500), and its velocity at the newest; null without readings. */
  engagement: z.object({ snapshots: z.array(EngagementSnapshotSchema), velocity: EngagementVelocitySchema.nullable() }),
});
export type MentionDetail = z.infer<typeof MentionDetailSchema>;

export const MentionListQuerySchema = z.object({
  q: z.string().trim().max(500).optional(),
  brandId: z.coerce.number().int().positive().optional(),
  platform: z.string().trim().toLowerCase().max(40).optional(),
  language: z.string().trim().toLowerCase().max(3).optional(),
  author: z.string().trim().max(200).optional(),
  from: TimestampInputSchema.optional(),
  to: TimestampInputSchema.optional(),
  sentiment: SentimentSchema.optional(),
  category: CategorySchema.optional(),
  /** `hide` leaves spam out, `only` shows nothing else. */
  spam: z.enum(['hide', 'only']).optional(),
  /** Only mentions at least this toxic (0…1). */
  minToxicity: z.coerce.number().min(0).max(1).optional(),
  /** Only the copies and near-copies of one text. */
  cluster: z.string().trim().max(64).optional(),
  /** Only one post (by its external id) and the mentions that reply to or reshare it; best with `platform`. */
  post: z.string().trim().min(1).max(200).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type MentionListQuery = z.input<typeof MentionListQuerySchema>;

export const MentionFacetsSchema = z.object({
  platforms: z.array(z.string()),
  languages: z.array(z.string()),
  total: z.number(),
});

export const MentionCorrectionRequestSchema = z
  .object({
    sentiment: SentimentSchema.optional(),
    categories: z.array(CategorySchema).min(1, 'at least one category').max(10).optional(),
  })
  .refine((v) => v.sentiment !== undefined || v.categories !== undefined, { message: 'give a sentiment, categories or both' });
export type MentionCorrectionRequest = z.infer<typeof MentionCorrectionRequestSchema>;
