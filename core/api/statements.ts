import { z } from 'zod';
import { STATEMENT_DELIVERY_CHANNELS, STATEMENT_LANGUAGES, STATEMENT_STATES } from '../statements/statement-rules';
import { TimestampInputSchema } from './common';
import { CONTACT_KINDS } from './contacts';
import { ChannelPlatformSchema } from './outbox';

export const StatementStateSchema = z.enum(STATEMENT_STATES);
export const StatementLanguageSchema = z.enum(STATEMENT_LANGUAGES);
export const StatementDeliveryChannelSchema = z.enum(STATEMENT_DELIVERY_CHANNELS);

/** Where a statement goes: owned accounts one by one, the brand's public page, subscribers, contacts. */
export const StatementTargetsSchema = z.object({
  accountIds: z.array(z.number().int().positive()).max(50).default([]),
  page: z.boolean().default(false),
  subscribers: z.boolean().default(false),
  /** Every contact of these kinds with an e-mail address (media, regulators, partners …). */
  contactKinds: z.array(z.enum(CONTACT_KINDS)).max(10).default([]),
  /** Chosen contacts, one by one. */
  contactIds: z.array(z.number().int().positive()).max(500).default([]),
});
export type StatementTargets = z.output<typeof StatementTargetsSchema>;

const title = z.string().trim().min(1, 'required').max(200);
const body = z.string().trim().min(1, 'required').max(10_000);
const variants = z.record(z.string().regex(/^(account:\d+|page|email)$/, 'account:<id>, page or email'), z.string().max(10_000));

export const StatementInputSchema = z
  .object({
    brandId: z.number().int().positive(),
    incidentId: z.number().int().positive().nullable().optional(),
    language: StatementLanguageSchema,
    title,
    /** Free text; or leave it out and name a template (with its variables' values). */
    body: body.optional(),
    templateId: z.number().int().positive().nullable().optional(),
    values: z.record(z.string(), z.string().max(2000)).default({}),
    variants: variants.default({}),
    targets: StatementTargetsSchema,
    nextUpdateAt: TimestampInputSchema.nullable().optional(),
  })
  .refine((v) => v.body !== undefined || (v.templateId !== undefined && v.templateId !== null), {
    path: ['body'],
    message: 'required unless a templateId is given',
  });
export type StatementInput = z.input<typeof StatementInputSchema>;

export const StatementPatchSchema = z.object({
  title: title.optional(),
  body: body.optional(),
  language: StatementLanguageSchema.optional(),
  variants: variants.optional(),
  targets: StatementTargetsSchema.optional(),
  nextUpdateAt: TimestampInputSchema.nullable().optional(),
});
export type StatementPatch = z.input<typeof StatementPatchSchema>;

export const StatementDecisionInputSchema = z.object({ comment: z.string().trim().max(2000).default('') });
export const StatementPublishInputSchema = z.object({
  /** Later, not now; absent or past: at once. */
  scheduledAt: TimestampInputSchema.nullable().optional(),
});
export const StatementCorrectionInputSchema = z.object({
  body,
  title: title.optional(),
  reason: z.string().trim().min(1, 'required').max(1000),
});
export type StatementCorrectionInput = z.input<typeof StatementCorrectionInputSchema>;

export const StatementApprovalSchema = z.object({
  userId: z.number(),
  name: z.string(),
  decision: z.enum(['approved', 'rejected']),
  comment: z.string().nullable(),
  at: z.number(),
});

export const StatementRevisionSchema = z.object({
  revision: z.number(),
  title: z.string(),
  body: z.string(),
  reason: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.number(),
});

/** A receipt: which channel, when, and where it can be seen. */
export const StatementDeliverySchema = z.object({
  id: z.number(),
  revision: z.number(),
  channel: StatementDeliveryChannelSchema,
  account: z.object({ id: z.number(), platform: ChannelPlatformSchema, handle: z.string() }).nullable(),
  state: z.enum(['queued', 'sending', 'sent', 'failed', 'cancelled']),
  attempts: z.number(),
  url: z.string().nullable(),
  externalId: z.string().nullable(),
  error: z.string().nullable(),
  sentAt: z.number().nullable(),
});
export type StatementDelivery = z.infer<typeof StatementDeliverySchema>;

/** E-mail is counted, not listed: addresses are for those who may read subscribers. */
export const StatementEmailSummarySchema = z.object({
  revision: z.number(),
  total: z.number(),
  sent: z.number(),
  failed: z.number(),
  pending: z.number(),
});

export const StatementSchema = z.object({
  id: z.number(),
  brandId: z.number(),
  brandName: z.string(),
  incidentId: z.number().nullable(),
  language: StatementLanguageSchema,
  title: z.string(),
  body: z.string(),
  templateId: z.number().nullable(),
  templateVersion: z.number().nullable(),
  variants: z.record(z.string(), z.string()),
  targets: StatementTargetsSchema,
  state: StatementStateSchema,
  requiredApprovals: z.number(),
  approvals: z.array(StatementApprovalSchema),
  revision: z.number(),
  scheduledAt: z.number().nullable(),
  nextUpdateAt: z.number().nullable(),
  rejectionComment: z.string().nullable(),
  authorId: z.number().nullable(),
  authorName: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  publishedAt: z.number().nullable(),
  /** The public page's address for this statement, when it goes to the page and the page is on. */
  pageUrl: z.string().nullable(),
});
export type Statement = z.infer<typeof StatementSchema>;

export const StatementDetailSchema = StatementSchema.extend({
  revisions: z.array(StatementRevisionSchema),
  deliveries: z.array(StatementDeliverySchema),
  emails: z.array(StatementEmailSummarySchema),
});
export type StatementDetail = z.infer<typeof StatementDetailSchema>;

export const StatementListQuerySchema = z.object({
  state: StatementStateSchema.optional(),
  incidentId: z.coerce.number().int().positive().optional(),
  brandId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
export type StatementListQuery = z.infer<typeof StatementListQuerySchema>;

export const StatementSettingsSchema = z.object({
  /** Statements tied to an incident need two approvers, neither the author (on by default). */
  twoPersonRule: z.boolean(),
});
export type StatementSettings = z.infer<typeof StatementSettingsSchema>;

export const UpdatePageSchema = z.object({
  id: z.number(),
  brandId: z.number(),
  brandName: z.string(),
  slug: z.string(),
  title: z.string(),
  language: StatementLanguageSchema,
  enabled: z.boolean(),
  url: z.string(),
  feedUrl: z.string(),
  /** Confirmed, not unsubscribed. */
  subscriberCount: z.number(),
});
export type UpdatePage = z.infer<typeof UpdatePageSchema>;

export const UpdatePageInputSchema = z.object({
  slug: z
    .string()
    .trim()
    .min(2, 'at least 2 characters')
    .max(60)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens'),
  title: title,
  language: StatementLanguageSchema,
  enabled: z.boolean(),
});
export type UpdatePageInput = z.input<typeof UpdatePageInputSchema>;

export const UpdateSubscriberSchema = z.object({
  id: z.number(),
  email: z.string(),
  language: StatementLanguageSchema,
  confirmedAt: z.number().nullable(),
  unsubscribedAt: z.number().nullable(),
  createdAt: z.number(),
});
export type UpdateSubscriber = z.infer<typeof UpdateSubscriberSchema>;
