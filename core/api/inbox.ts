import { z } from 'zod';
import { CRISIS_CATEGORIES, type CrisisCategory, SENTIMENTS, type Sentiment } from '../analysis/analysis.types';
import { INBOX_REASONS, INBOX_STATUSES, RISK_FACTORS } from '../messaging';
import { ROLES } from '../policy/roles';

const text = (max: number) => z.string().trim().max(max);

export const InboxStatusSchema = z.enum(INBOX_STATUSES);
export const InboxReasonSchema = z.enum(INBOX_REASONS);
const CategorySchema = z.enum(CRISIS_CATEGORIES as [CrisisCategory, ...CrisisCategory[]]);
const SentimentSchema = z.enum(SENTIMENTS as [Sentiment, ...Sentiment[]]);
const minutes = z
  .number()
  .int()
  .min(1)
  .max(7 * 24 * 60);

export const InboxRulesSchema = z.object({
  negative: z.boolean(),
  question: z.boolean(),
  complaintCategories: z.array(CategorySchema).max(CRISIS_CATEGORIES.length),
  ownedThread: z.boolean(),
  minReach: z.number().int().min(0).nullable(),
});

/** Which mentions need an answer, the response-time targets and when a reply needs approval. */
export const InboxSettingsSchema = z.object({
  rules: InboxRulesSchema,
  brandRules: z.array(z.object({ brandId: z.number().int().positive(), rules: InboxRulesSchema })).max(200),
  targets: z.object({ normal: minutes, highRisk: minutes, incident: minutes }),
  approval: z.object({ duringIncident: z.boolean(), roles: z.array(z.enum(ROLES)).max(ROLES.length) }),
  /**
   * Mentions that arrive more than this many days after they were posted (a history import, a late backfill)
   * stay out of the inbox; null takes them all. A re-scan takes the days it is given.
   */
  maxAgeDays: z.number().int().min(1).max(90).nullable().default(7),
});
export type InboxSettings = z.infer<typeof InboxSettingsSchema>;

export const InboxRescanSchema = z.object({ days: z.number().int().min(1).max(90) });
export const InboxRescanResultSchema = z.object({ scanned: z.number(), created: z.number() });

export const RiskFactorSchema = z.object({
  factor: z.enum(RISK_FACTORS),
  value: z.number(),
  weight: z.number(),
  points: z.number(),
  input: z.number(),
});

export const InboxReplySchema = z.object({
  id: z.number(),
  itemId: z.number(),
  accountId: z.number().nullable(),
  text: z.string(),
  templateId: z.number().nullable(),
  templateVersion: z.number().nullable(),
  status: z.enum(['in_review', 'rejected', 'queued', 'sent', 'failed', 'answered_elsewhere']),
  approvalReason: z.enum(['incident', 'role']).nullable(),
  authorId: z.number().nullable(),
  authorName: z.string().nullable(),
  approverId: z.number().nullable(),
  approverName: z.string().nullable(),
  decisionComment: z.string().nullable(),
  decidedAt: z.number().nullable(),
  outboxItemId: z.number().nullable(),
  error: z.string().nullable(),
  createdAt: z.number(),
});
export type InboxReply = z.infer<typeof InboxReplySchema>;

export const InboxNoteSchema = z.object({
  id: z.number(),
  authorId: z.number().nullable(),
  authorName: z.string().nullable(),
  body: z.string(),
  createdAt: z.number(),
});
export type InboxNote = z.infer<typeof InboxNoteSchema>;

export const InboxPresenceSchema = z.object({ userId: z.number(), name: z.string(), drafting: z.boolean(), seenAt: z.number() });

export const ExpertRequestSchema = z.object({
  id: z.number(),
  contactId: z.number().nullable(),
  contactName: z.string(),
  question: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.number().nullable(),
  expiresAt: z.number(),
  createdAt: z.number(),
});
export type ExpertRequest = z.infer<typeof ExpertRequestSchema>;

export const InboxItemSchema = z.object({
  id: z.number(),
  status: InboxStatusSchema,
  reasons: z.array(InboxReasonSchema),
  priority: z.enum(['normal', 'high', 'incident']),
  brandId: z.number().nullable(),
  brandName: z.string().nullable(),
  assigneeId: z.number().nullable(),
  assigneeName: z.string().nullable(),
  dueAt: z.number(),
  overdue: z.boolean(),
  firstResponseAt: z.number().nullable(),
  createdAt: z.number(),
  risk: z.object({ score: z.number(), factors: z.array(RiskFactorSchema) }),
  mention: z.object({
    id: z.number(),
    platform: z.string(),
    externalId: z.string(),
    url: z.string().nullable(),
    authorHandle: z.string().nullable(),
    authorFollowers: z.number().nullable(),
    text: z.string(),
    language: z.string().nullable(),
    sentiment: SentimentSchema.nullable(),
    categories: z.array(CategorySchema),
    reach: z.number(),
    createdAt: z.number(),
  }),
  linkedIncidentId: z.number().nullable(),
  /** Others who have the item open now (the caller left out). */
  presence: z.array(InboxPresenceSchema),
});
export type InboxItem = z.infer<typeof InboxItemSchema>;

export const InboxItemDetailSchema = InboxItemSchema.extend({
  notes: z.array(InboxNoteSchema),
  replies: z.array(InboxReplySchema),
  experts: z.array(ExpertRequestSchema),
});
export type InboxItemDetail = z.infer<typeof InboxItemDetailSchema>;

const booleanQuery = z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean());

export const InboxFilterSchema = z.object({
  status: InboxStatusSchema.optional(),
  /** A user id, or `me`, or `none` for unassigned items. */
  assignee: z.union([z.literal('me'), z.literal('none'), z.coerce.number().int().positive()]).optional(),
  brandId: z.coerce.number().int().positive().optional(),
  overdue: booleanQuery.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type InboxFilter = z.infer<typeof InboxFilterSchema>;

export const InboxItemPatchSchema = z
  .object({
    status: InboxStatusSchema.optional(),
    /** null unassigns. */
    assigneeId: z.number().int().positive().nullable().optional(),
  })
  .refine((v) => v.status !== undefined || v.assigneeId !== undefined, { message: 'status or assigneeId is required' });
export type InboxItemPatch = z.infer<typeof InboxItemPatchSchema>;

export const InboxBulkSchema = z.object({
  itemIds: z.array(z.number().int().positive()).min(1).max(200),
  action: z.discriminatedUnion('type', [
    z.object({ type: z.literal('assign'), assigneeId: z.number().int().positive().nullable() }),
    z.object({ type: z.literal('status'), status: InboxStatusSchema }),
    z.object({ type: z.literal('close') }),
  ]),
});
export type InboxBulk = z.infer<typeof InboxBulkSchema>;
export const InboxBulkResultSchema = z.array(
  z.object({ itemId: z.number(), ok: z.boolean(), error: z.object({ code: z.string(), message: z.string() }).nullable() }),
);

export const InboxNoteInputSchema = z.object({ body: text(5000).min(1) });
export const InboxPresenceInputSchema = z.object({ drafting: z.boolean().default(false) });

export const ReplyDraftInputSchema = z.object({ templateId: z.number().int().positive() });
export const ReplyDraftSchema = z.object({
  text: z.string(),
  templateId: z.number(),
  templateVersion: z.number(),
  /** Template variables with no value here; their placeholders stay for the tone check to stop. */
  missing: z.array(z.string()),
});

export const ReplyInputSchema = z.object({
  accountId: z.number().int().positive(),
  text: text(5000).min(1),
  templateId: z.number().int().positive().nullable().optional(),
});
export type ReplyInput = z.infer<typeof ReplyInputSchema>;

export const ReplyDecisionSchema = z.object({ comment: text(2000).optional() });
export const AnsweredElsewhereSchema = z.object({ note: text(2000).optional() });

export const ExpertRequestInputSchema = z.object({
  contactId: z.number().int().positive(),
  question: text(5000).min(1),
  locale: z.enum(['id', 'en']).default('id'),
});

/** Live events of the inbox, on the workspace's event stream. */
export const InboxLiveEventSchemas = [
  z.object({ type: z.literal('inbox.changed'), itemIds: z.array(z.number()), at: z.number() }),
  z.object({ type: z.literal('inbox.presence'), itemId: z.number(), presence: z.array(InboxPresenceSchema), at: z.number() }),
  z.object({ type: z.literal('inbox.expert_answered'), itemId: z.number(), requestId: z.number(), at: z.number() }),
] as const;
