import { z } from 'zod';
import { ChannelPlatformSchema } from './outbox';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const COMMENT_KINDS = ['spam', 'abuse', 'rude', 'critical', 'ordinary'] as const;
export const CommentKindSchema = z.enum(COMMENT_KINDS);
export const MODERATION_PROPOSALS = ['answer', 'hide', 'propose_block'] as const;
export const MODERATION_REASONS = [
  'civil',
  'criticism_is_answered',
  'rude_first_answer',
  'spam_hidden',
  'abuse_hidden',
  'repeat_offender',
] as const;
/** What a person can ask the channel to do to a comment or its author. */
export const MODERATION_ACTS = ['hide', 'unhide', 'delete', 'block', 'unblock'] as const;
export type ModerationAct = (typeof MODERATION_ACTS)[number];
export const MODERATION_STATES = ['queued', 'done', 'failed', 'reverted'] as const;
export type ModerationState = (typeof MODERATION_STATES)[number];
export const BLOCK_REFUSALS = ['criticism_is_answered', 'single_rude_comment', 'override_reason_needed'] as const;
export type BlockRefusal = (typeof BLOCK_REFUSALS)[number];

/** A workspace's moderation policy (core/messaging/moderation). */
export const ModerationSettingsSchema = z.object({
  blockAfter: z.number(),
  windowMs: z.number(),
  countRude: z.boolean(),
  minClusterAccounts: z.number(),
  /** Null while the workspace uses the defaults. */
  updatedAt: z.number().nullable(),
});
export type ModerationSettings = z.infer<typeof ModerationSettingsSchema>;

export const ModerationSettingsInputSchema = z.object({
  blockAfter: z.number().int().min(2, 'must be at least 2: one comment is never a reason to block').max(100),
  windowMs: z
    .number()
    .int()
    .min(HOUR, 'must be at least one hour')
    .max(90 * DAY, 'must be at most 90 days'),
  countRude: z.boolean(),
  minClusterAccounts: z.number().int().min(2, 'must be at least 2 accounts').max(1000),
});
export type ModerationSettingsInput = z.infer<typeof ModerationSettingsInputSchema>;

export const ModerationProposalSchema = z.object({
  action: z.enum(MODERATION_PROPOSALS),
  alternatives: z.array(z.enum(MODERATION_PROPOSALS)),
  reason: z.enum(MODERATION_REASONS),
  offencesInWindow: z.number(),
});

const AccountViewSchema = z.object({
  id: z.number(),
  brandName: z.string(),
  platform: ChannelPlatformSchema,
  handle: z.string(),
  displayName: z.string(),
  avatarUrl: z.string().nullable(),
});

/** One hide, unhide, delete, block or unblock, and where it stands. */
export const ModerationActionSchema = z.object({
  id: z.number(),
  action: z.enum(MODERATION_ACTS),
  state: z.enum(MODERATION_STATES),
  mentionId: z.number().nullable(),
  mentionText: z.string().nullable(),
  brandId: z.number(),
  account: AccountViewSchema,
  targetExternalId: z.string().nullable(),
  authorHandle: z.string().nullable(),
  proposal: ModerationProposalSchema.nullable(),
  followedProposal: z.boolean(),
  reason: z.string().nullable(),
  outboxItemId: z.number().nullable(),
  /** The action this one undoes (an unhide's hide). */
  reversesId: z.number().nullable(),
  /** The action that undoes this one, when there is one. */
  reversedById: z.number().nullable(),
  /** Shared by the actions of one bulk hide of a cluster. */
  bulkKey: z.string().nullable(),
  error: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.number(),
});
export type ModerationActionView = z.infer<typeof ModerationActionSchema>;

export const AuthorOffenceViewSchema = z.object({
  mentionId: z.number(),
  kind: CommentKindSchema,
  at: z.number(),
  text: z.string(),
});

/** What moderation knows and proposes about one mention. */
export const MentionModerationSchema = z.object({
  mentionId: z.number(),
  kind: CommentKindSchema,
  proposal: ModerationProposalSchema,
  /** The author's earlier offending comments within the policy's window. */
  offences: z.array(AuthorOffenceViewSchema),
  /** The owned account a hide or block goes through; null with `accountProblem` when there is none. */
  account: AccountViewSchema.nullable(),
  accountProblem: z.string().nullable(),
  /** Whether the caller holds the publishing right on that account. */
  mayPublish: z.boolean(),
  block: z.object({ allowed: z.boolean(), basis: z.enum(['proposal', 'override']).nullable(), refusal: z.enum(BLOCK_REFUSALS).nullable() }),
  actions: z.array(ModerationActionSchema),
  policy: ModerationSettingsSchema,
});
export type MentionModeration = z.infer<typeof MentionModerationSchema>;

export const ModerateInputSchema = z.object({
  mentionId: z.number().int().positive(),
  action: z.enum(['hide', 'delete', 'block']),
  /** Required when going against the proposal (and to block without one). */
  reason: z.string().trim().max(500).optional(),
});
export type ModerateInput = z.infer<typeof ModerateInputSchema>;

export const ModerationActionsQuerySchema = z.object({
  mentionId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
export type ModerationActionsQuery = z.infer<typeof ModerationActionsQuerySchema>;

/** An author the policy proposes to block: N offences within the window. */
export const BlockProposalSchema = z.object({
  platform: z.string(),
  authorHandle: z.string(),
  offences: z.number(),
  kinds: z.array(CommentKindSchema),
  /** The latest offending comment, where the block is asked from. */
  lastMentionId: z.number(),
  lastText: z.string(),
  lastAt: z.number(),
});
export type BlockProposal = z.infer<typeof BlockProposalSchema>;

export const ClusterQuerySchema = z.object({
  brandId: z.coerce.number().int().positive().optional(),
  /** Look back this far (default a day). */
  windowMs: z.coerce
    .number()
    .int()
    .min(60_000)
    .max(30 * DAY)
    .default(DAY),
});

/** Near-duplicate comments about one brand from several accounts in a time window. */
export const ModerationClusterSchema = z.object({
  brandId: z.number(),
  brandName: z.string(),
  clusterKey: z.string(),
  comments: z.number(),
  /** Of them, not hidden yet. */
  visible: z.number(),
  authors: z.number(),
  sampleTexts: z.array(z.string()),
  from: z.number(),
  to: z.number(),
  qualifies: z.boolean(),
  refusal: z.enum(['not_coordinated', 'too_few_accounts']).nullable(),
});
export type ModerationCluster = z.infer<typeof ModerationClusterSchema>;

export const ClusterHideInputSchema = z
  .object({
    brandId: z.number().int().positive(),
    clusterKey: z.string().trim().min(1).max(100),
    from: z.number().int().nonnegative(),
    to: z.number().int().nonnegative(),
    reason: z.string().trim().max(500).optional(),
  })
  .refine((v) => v.to >= v.from, { path: ['to'], message: 'must not be before from' });
export type ClusterHideInput = z.infer<typeof ClusterHideInputSchema>;

export const BulkResultSchema = z.object({ bulkKey: z.string(), actions: z.array(ModerationActionSchema) });
export type BulkResult = z.infer<typeof BulkResultSchema>;
