import { z } from 'zod';
import { NOTIFICATION_KINDS, NOTIFICATION_LANGUAGES, NOTIFICATION_SEVERITIES } from '../notifications';

export const CHANNEL_KINDS = ['email', 'telegram', 'whatsapp', 'slack_webhook', 'slack_api', 'teams', 'webhook'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
export const ChannelKindSchema = z.enum(CHANNEL_KINDS);

const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .regex(/^https?:\/\/[^\s]+$/, 'must be an http:// or https:// URL');
const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(320)
  .regex(/^[^\s@]+@[^\s@]+$/, 'must be an e-mail address');

/** Settings that may be shown back; secrets live in their own write-only object. */
export const CHANNEL_CONFIG_SCHEMAS = {
  email: z.object({
    to: z.array(email).min(1).max(50),
    from: z.string().trim().max(320).optional(),
    host: z.string().trim().max(255).optional(),
    port: z.number().int().min(1).max(65535).optional(),
    secure: z.boolean().optional(),
    username: z.string().trim().max(320).optional(),
  }),
  telegram: z.object({
    chatId: z
      .string()
      .trim()
      .regex(/^(-?\d{1,20}|@[A-Za-z0-9_]{4,64})$/, 'must be a numeric chat id or @channelname'),
    apiBaseUrl: httpUrl.optional(),
  }),
  whatsapp: z.object({
    phoneNumberId: z
      .string()
      .trim()
      .regex(/^\d{5,20}$/, 'must be the numeric phone number id'),
    /** One recipient per channel, so a retry never messages someone twice. */
    to: z
      .string()
      .trim()
      .regex(/^\+?\d{8,15}$/, 'must be a phone number with country code, e.g. 6281234567890'),
    templateName: z
      .string()
      .trim()
      .regex(/^[a-z0-9_]{1,512}$/, 'must be an approved template name (lowercase letters, digits, _)'),
    apiVersion: z
      .string()
      .trim()
      .regex(/^v\d+\.\d+$/, 'must look like v23.0')
      .optional(),
    apiBaseUrl: httpUrl.optional(),
  }),
  slack_webhook: z.object({}),
  slack_api: z.object({ channel: z.string().trim().min(1).max(100), apiBaseUrl: httpUrl.optional() }),
  teams: z.object({}),
  webhook: z.object({ url: httpUrl }),
} as const satisfies Record<ChannelKind, z.ZodType>;

const signingSecret = z
  .string()
  .trim()
  .regex(/^whsec_[A-Za-z0-9+/]{32,}={0,2}$/, 'must be whsec_ followed by at least 24 bytes in base64');

/** Write-only credentials per kind; never returned by the API. */
export const CHANNEL_SECRET_SCHEMAS = {
  email: z.object({ password: z.string().min(1).max(1000).optional() }),
  telegram: z.object({
    botToken: z
      .string()
      .trim()
      .regex(/^\d+:[\w-]{20,}$/, 'must be a bot token like 123456:ABC…'),
  }),
  whatsapp: z.object({ accessToken: z.string().trim().min(10).max(1000) }),
  slack_webhook: z.object({ webhookUrl: httpUrl }),
  slack_api: z.object({
    botToken: z
      .string()
      .trim()
      .regex(/^xox[a-z]-[\w-]+$/, 'must be a Slack token (xoxb-…)'),
  }),
  teams: z.object({ webhookUrl: httpUrl }),
  webhook: z.object({ signingSecret }),
} as const satisfies Record<ChannelKind, z.ZodObject>;

export type ChannelConfig<K extends ChannelKind = ChannelKind> = z.infer<(typeof CHANNEL_CONFIG_SCHEMAS)[K]>;
export type ChannelSecrets<K extends ChannelKind = ChannelKind> = z.infer<(typeof CHANNEL_SECRET_SCHEMAS)[K]>;

const nameField = z.string().trim().min(1).max(100);

function createVariant<K extends ChannelKind>(kind: K) {
  return z.object({
    kind: z.literal(kind),
    name: nameField,
    enabled: z.boolean().default(true),
    config: CHANNEL_CONFIG_SCHEMAS[kind],
    secrets: CHANNEL_SECRET_SCHEMAS[kind],
  });
}

function patchVariant<K extends ChannelKind>(kind: K) {
  return z.object({
    kind: z.literal(kind),
    name: nameField.optional(),
    enabled: z.boolean().optional(),
    config: CHANNEL_CONFIG_SCHEMAS[kind].optional(),
    /** Only the secrets given are replaced; the others are kept. */
    secrets: CHANNEL_SECRET_SCHEMAS[kind].partial().optional(),
  });
}

export const ChannelInputSchema = z.discriminatedUnion('kind', [
  createVariant('email'),
  createVariant('telegram'),
  createVariant('whatsapp'),
  createVariant('slack_webhook'),
  createVariant('slack_api'),
  createVariant('teams'),
  createVariant('webhook'),
]);
export type ChannelInput = z.input<typeof ChannelInputSchema>;

export const ChannelPatchSchema = z.discriminatedUnion('kind', [
  patchVariant('email'),
  patchVariant('telegram'),
  patchVariant('whatsapp'),
  patchVariant('slack_webhook'),
  patchVariant('slack_api'),
  patchVariant('teams'),
  patchVariant('webhook'),
]);
export type ChannelPatch = z.input<typeof ChannelPatchSchema>;

export const SecretHintSchema = z.object({ set: z.boolean(), hint: z.string().nullable() });

export const NotificationChannelSchema = z.object({
  id: z.number(),
  name: z.string(),
  kind: ChannelKindSchema,
  enabled: z.boolean(),
  config: z.record(z.string(), z.unknown()),
  /** Which secrets are set, with the last characters as a hint; never the secret itself. */
  secrets: z.record(z.string(), SecretHintSchema),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type NotificationChannel = z.infer<typeof NotificationChannelSchema>;

export const DELIVERY_STATUSES = ['queued', 'sending', 'retrying', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const DeliverySchema = z.object({
  id: z.number(),
  channelId: z.number(),
  channelName: z.string(),
  channelKind: ChannelKindSchema,
  messageId: z.number(),
  messageKind: z.enum(NOTIFICATION_KINDS),
  severity: z.enum(NOTIFICATION_SEVERITIES),
  title: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number(),
  maxAttempts: z.number(),
  lastError: z.string().nullable(),
  responseStatus: z.number().nullable(),
  providerMessageId: z.string().nullable(),
  nextAttemptAt: z.number().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  sentAt: z.number().nullable(),
});
export type Delivery = z.infer<typeof DeliverySchema>;

export const DeliveryListQuerySchema = z.object({
  status: z.enum(DELIVERY_STATUSES).optional(),
  channelId: z.coerce.number().int().positive().optional(),
  messageKind: z.enum(NOTIFICATION_KINDS).optional(),
  cursor: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type DeliveryListQuery = z.output<typeof DeliveryListQuerySchema>;

export const ChannelTestRequestSchema = z.object({ language: z.enum(NOTIFICATION_LANGUAGES).default('id') });
export type ChannelTestRequest = z.input<typeof ChannelTestRequestSchema>;
