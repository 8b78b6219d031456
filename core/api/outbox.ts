import { z } from 'zod';
import { CHANNEL_ACTIONS, CHANNEL_PLATFORMS, OUTBOX_KINDS, OUTBOX_STATES } from '../channels';
import { TimestampInputSchema } from './common';

const text = (max: number) => z.string().trim().max(max);

export const ChannelPlatformSchema = z.enum(CHANNEL_PLATFORMS);
export const ChannelActionSchema = z.enum(CHANNEL_ACTIONS);

/** A brand's own account on a platform: who a post will appear to come from. */
export const OwnedAccountSchema = z.object({
  id: z.number(),
  brandId: z.number(),
  brandName: z.string(),
  platform: ChannelPlatformSchema,
  handle: z.string(),
  displayName: z.string(),
  avatarUrl: z.string().nullable(),
  /** Whether Siaga can post through it yet (a connector exists for its platform). */
  connected: z.boolean(),
  createdAt: z.number(),
});
export type OwnedAccount = z.infer<typeof OwnedAccountSchema>;

/** A person granted the right to post as an owned account. */
export const PublisherSchema = z.object({
  userId: z.number(),
  name: z.string(),
  email: z.string(),
  grantedBy: z.number().nullable(),
  grantedAt: z.number(),
});
export type Publisher = z.infer<typeof PublisherSchema>;

export const OwnedAccountInputSchema = z.object({
  brandId: z.number().int().positive(),
  platform: ChannelPlatformSchema,
  handle: text(100)
    .min(1)
    .regex(/^@?[\w.]+$/, 'letters, digits, dot and underscore only'),
  displayName: text(200).min(1),
  avatarUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable()
    .optional(),
});
export type OwnedAccountInput = z.input<typeof OwnedAccountInputSchema>;
export const OwnedAccountPatchSchema = OwnedAccountInputSchema.pick({ displayName: true, avatarUrl: true }).partial();

export const ReceiptSchema = z.object({
  channel: ChannelPlatformSchema,
  accountId: z.number(),
  action: ChannelActionSchema,
  externalId: z.string(),
  url: z.string().nullable(),
  at: z.number(),
});

export const OutboxKindSchema = z.enum(OUTBOX_KINDS);
export const OutboxStateSchema = z.enum(OUTBOX_STATES);

export const OutboxItemSchema = z.object({
  id: z.number(),
  kind: OutboxKindSchema,
  action: ChannelActionSchema,
  brandId: z.number(),
  brandName: z.string(),
  account: z.object({
    id: z.number(),
    platform: ChannelPlatformSchema,
    handle: z.string(),
    displayName: z.string(),
    avatarUrl: z.string().nullable(),
  }),
  text: z.string().nullable(),
  targetExternalId: z.string().nullable(),
  authorHandle: z.string().nullable(),
  idempotencyKey: z.string(),
  state: OutboxStateSchema,
  scheduledAt: z.number(),
  attempts: z.number(),
  nextAttemptAt: z.number().nullable(),
  heldReason: z.string().nullable(),
  receipt: ReceiptSchema.nullable(),
  error: z.string().nullable(),
  createdBy: z.string().nullable(),
  /** Who approved the send, when an approval released it. */
  approvedBy: z.string().nullable(),
  createdAt: z.number(),
  sentAt: z.number().nullable(),
});
export type OutboxItem = z.infer<typeof OutboxItemSchema>;

export const OutboxFilterSchema = z.object({
  state: OutboxStateSchema.optional(),
  kind: OutboxKindSchema.optional(),
  brandId: z.coerce.number().int().positive().optional(),
  accountId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
export type OutboxFilter = z.infer<typeof OutboxFilterSchema>;

export const ScheduledPostInputSchema = z.object({
  accountId: z.number().int().positive(),
  text: text(5000).min(1),
  scheduledAt: TimestampInputSchema,
  /** Sent again with the same key, the post is not queued twice. */
  idempotencyKey: text(200).min(1).optional(),
});
export type ScheduledPostInput = z.input<typeof ScheduledPostInputSchema>;
export type ScheduledPost = z.output<typeof ScheduledPostInputSchema>;

export const SandboxPostSchema = z.object({
  id: z.number(),
  accountId: z.number(),
  action: ChannelActionSchema,
  externalId: z.string(),
  text: z.string().nullable(),
  targetExternalId: z.string().nullable(),
  authorHandle: z.string().nullable(),
  idempotencyKey: z.string(),
  url: z.string(),
  createdAt: z.number(),
});
export type SandboxPost = z.infer<typeof SandboxPostSchema>;

/** Tells the sandbox to fail its next `count` calls, for tests and drills. */
export const SandboxFailuresSchema = z.object({
  count: z.number().int().min(0).max(100),
  retryable: z.boolean().default(true),
  message: text(500).min(1).default('Sandbox: simulated outage'),
});
export type SandboxFailures = z.infer<typeof SandboxFailuresSchema>;

/** Live events of the outbox, on the workspace's event stream. */
export const OutboxLiveEventSchemas = [
  z.object({ type: z.literal('outbox.changed'), itemId: z.number(), state: OutboxStateSchema, at: z.number() }),
] as const;
