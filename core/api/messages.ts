import { z } from 'zod';
import { TEMPLATE_STATUSES } from '../messaging/approval/approval.types';
import { TONE_RULES } from '../messaging/tone/tone.types';
import { CHANNEL_IDS } from '../messaging/templates/channels';
import { TEMPLATE_KINDS, TEMPLATE_LANGUAGES } from '../messaging/templates/template-kinds';
import { TimestampInputSchema } from './common';
import { CrisisTypeSchema } from './plan';

export const TemplateKindSchema = z.enum(TEMPLATE_KINDS);
export const TemplateChannelSchema = z.enum(CHANNEL_IDS);
export const TemplateLanguageSchema = z.enum(TEMPLATE_LANGUAGES);
export const TemplateStatusSchema = z.enum(TEMPLATE_STATUSES);

/** Who approves a template: `any` one of them, `all` of them, or all in `sequence` (the listed order). */
export const TemplateApprovalSchema = z.object({
  mode: z.enum(['any', 'all', 'sequence']),
  approverIds: z.array(z.number().int().positive()).max(10),
  /** Days an approval holds before the template must be reviewed again; null: until changed. */
  validForDays: z.number().int().min(1).max(3650).nullable(),
});
export type TemplateApproval = z.infer<typeof TemplateApprovalSchema>;

export const TemplateDecisionSchema = z.object({
  userId: z.number(),
  decision: z.enum(['approved', 'rejected']),
  at: z.number(),
  comment: z.string().optional(),
});

export const TemplateVersionSchema = z.object({
  version: z.number(),
  body: z.string(),
  changeNote: z.string(),
  /** null: written by Siaga (the starter library). */
  authorId: z.number().nullable(),
  authorName: z.string().nullable(),
  createdAt: z.number(),
  /** As of now: an approval past its review date reads `expired`. */
  status: TemplateStatusSchema,
  decisions: z.array(TemplateDecisionSchema),
  submittedAt: z.number().nullable(),
  approvedAt: z.number().nullable(),
  expiresAt: z.number().nullable(),
  /** Who may decide now (in sequence mode, only whose turn it is). */
  pendingApproverIds: z.array(z.number()),
});
export type TemplateVersion = z.infer<typeof TemplateVersionSchema>;

export const MessageTemplateSchema = z.object({
  id: z.number(),
  /** `starter.<crisis type>.<kind>` for starter content, the same in each language; null otherwise. */
  key: z.string().nullable(),
  name: z.string(),
  crisisType: CrisisTypeSchema,
  kind: TemplateKindSchema,
  channel: TemplateChannelSchema,
  language: TemplateLanguageSchema,
  approval: TemplateApprovalSchema,
  /** The latest version's status as of now. */
  status: TemplateStatusSchema,
  latestVersion: z.number(),
  /** The newest version approved and not expired: the words that may be used now; null when none. */
  approvedVersion: z.number().nullable(),
  body: z.string(),
  variables: z.array(z.string()),
  expiresAt: z.number().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  archived: z.boolean(),
});
export type MessageTemplate = z.infer<typeof MessageTemplateSchema>;

export const TemplateCommentSchema = z.object({
  id: z.number(),
  version: z.number(),
  authorId: z.number().nullable(),
  authorName: z.string().nullable(),
  body: z.string(),
  createdAt: z.number(),
});

export const MessageTemplateDetailSchema = MessageTemplateSchema.extend({
  /** Newest first. */
  versions: z.array(TemplateVersionSchema),
  /** Oldest first. */
  comments: z.array(TemplateCommentSchema),
});
export type MessageTemplateDetail = z.infer<typeof MessageTemplateDetailSchema>;

export const TemplateListQuerySchema = z.object({
  crisisType: CrisisTypeSchema.optional(),
  kind: TemplateKindSchema.optional(),
  channel: TemplateChannelSchema.optional(),
  language: TemplateLanguageSchema.optional(),
  status: TemplateStatusSchema.optional(),
  q: z.string().trim().max(200).optional(),
  archived: z.enum(['true', 'false']).optional(),
});

const body = z.string().trim().min(1, 'required').max(20_000);
const changeNote = z.string().trim().max(500).default('');

export const TemplateInputSchema = z.object({
  name: z.string().trim().min(1, 'required').max(200),
  crisisType: CrisisTypeSchema,
  kind: TemplateKindSchema,
  channel: TemplateChannelSchema,
  language: TemplateLanguageSchema,
  body,
  changeNote,
  /** Defaults to `any` of the workspace's approvers (the approver, crisis lead, admin and owner roles). */
  approval: TemplateApprovalSchema.optional(),
});

export const TemplateVersionInputSchema = z.object({ body, changeNote });
export const TemplateDecisionInputSchema = z.object({ comment: z.string().trim().max(2000).default('') });
export const TemplateCommentInputSchema = z.object({ body: z.string().trim().min(1, 'required').max(2000) });
export const TemplateReviewDateSchema = z.object({ expiresAt: TimestampInputSchema.nullable() });
export const InstallStarterSchema = z.object({ language: TemplateLanguageSchema.optional() });
export const InstallStarterResultSchema = z.object({ installed: z.number(), skipped: z.number() });

export const TemplateCheckInputSchema = z.object({
  body: z.string().max(20_000),
  kind: TemplateKindSchema,
  channel: TemplateChannelSchema,
  language: TemplateLanguageSchema,
});

const MessageSchema = z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });

export const ToneFindingSchema = z.object({
  rule: z.enum(TONE_RULES),
  severity: z.enum(['block', 'warn', 'info']),
  spans: z.array(z.object({ start: z.number(), end: z.number() })),
  explanation: MessageSchema,
  fix: MessageSchema,
  /** The explanation and fix in the caller's language. */
  text: z.object({ explanation: z.string(), fix: z.string() }),
});

export const TemplateCheckSchema = z.object({
  errors: z.array(z.object({ code: z.string(), position: z.number(), end: z.number(), message: z.string() })),
  findings: z.array(ToneFindingSchema),
  fit: z.object({ length: z.number(), limit: z.number(), fits: z.boolean() }),
  blocking: z.boolean(),
});
export type TemplateCheckResult = z.infer<typeof TemplateCheckSchema>;
