import type { ChannelInput, ChannelKind, ChannelPatch, NotificationChannel } from '../../../core/api';

export type FieldKey =
  | 'to'
  | 'from'
  | 'host'
  | 'port'
  | 'secure'
  | 'username'
  | 'password'
  | 'chatId'
  | 'botToken'
  | 'apiBaseUrl'
  | 'phoneNumberId'
  | 'templateName'
  | 'accessToken'
  | 'apiVersion'
  | 'webhookUrl'
  | 'channel'
  | 'url'
  | 'signingSecret';

/** Fields with a help line under them (`notifications.help.<key>`). */
export const FIELDS_WITH_HELP = ['to', 'host', 'chatId', 'apiBaseUrl', 'templateName', 'channel', 'signingSecret', 'webhookUrl'] as const;
export type HelpKey = (typeof FIELDS_WITH_HELP)[number];
export const hasHelp = (key: FieldKey): key is HelpKey => (FIELDS_WITH_HELP as readonly string[]).includes(key);

export interface FieldDef {
  key: FieldKey;
  area: 'config' | 'secrets';
  type: 'text' | 'secret' | 'number' | 'list' | 'switch';
  required: boolean;
}

const f = (key: FieldKey, area: FieldDef['area'], type: FieldDef['type'], required = false): FieldDef => ({ key, area, type, required });

/** The form's fields per kind, in the order shown; labels and help are `notifications.fields.<key>`. */
export const CHANNEL_FIELDS: Record<ChannelKind, FieldDef[]> = {
  email: [
    f('to', 'config', 'list', true),
    f('from', 'config', 'text'),
    f('host', 'config', 'text'),
    f('port', 'config', 'number'),
    f('secure', 'config', 'switch'),
    f('username', 'config', 'text'),
    f('password', 'secrets', 'secret'),
  ],
  telegram: [f('chatId', 'config', 'text', true), f('botToken', 'secrets', 'secret', true), f('apiBaseUrl', 'config', 'text')],
  whatsapp: [
    f('phoneNumberId', 'config', 'text', true),
    f('to', 'config', 'text', true),
    f('templateName', 'config', 'text', true),
    f('accessToken', 'secrets', 'secret', true),
    f('apiVersion', 'config', 'text'),
    f('apiBaseUrl', 'config', 'text'),
  ],
  slack_webhook: [f('webhookUrl', 'secrets', 'secret', true)],
  slack_api: [f('channel', 'config', 'text', true), f('botToken', 'secrets', 'secret', true), f('apiBaseUrl', 'config', 'text')],
  teams: [f('webhookUrl', 'secrets', 'secret', true)],
  webhook: [f('url', 'config', 'text', true), f('signingSecret', 'secrets', 'secret', true)],
};

export type FormValues = Record<string, string | boolean>;

/** The form's starting values: the channel's settings, and empty secrets (they are never sent back). */
export function initialValues(kind: ChannelKind, channel: NotificationChannel | null): FormValues {
  const values: FormValues = {};
  for (const field of CHANNEL_FIELDS[kind]) {
    const value = field.area === 'config' ? channel?.config[field.key] : undefined;
    if (field.type === 'switch') values[field.key] = value === true;
    else if (Array.isArray(value)) values[field.key] = value.join(', ');
    else values[field.key] = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  }
  return values;
}

/**
 * The request body: blank settings are left out and lists split on commas and new lines. A blank secret is
 * left out too, which when editing means "keep the stored one".
 */
export function buildChannelBody(kind: ChannelKind, name: string, enabled: boolean, values: FormValues): ChannelInput | ChannelPatch {
  const config: Record<string, unknown> = {};
  const secrets: Record<string, string> = {};
  for (const field of CHANNEL_FIELDS[kind]) {
    const raw = values[field.key];
    if (field.type === 'switch') {
      if (raw === true) config[field.key] = true;
      continue;
    }
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (text === '') continue;
    if (field.area === 'secrets') secrets[field.key] = text;
    else if (field.type === 'list') config[field.key] = text.split(/[\s,;]+/).filter(Boolean);
    else if (field.type === 'number') config[field.key] = Number(text);
    else config[field.key] = text;
  }
  return { kind, name: name.trim(), enabled, config, secrets } as ChannelInput | ChannelPatch;
}

/** A Standard Webhooks signing secret: `whsec_` and 32 random bytes in base64. */
export function generateSigningSecret(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(32));
  return `whsec_${btoa(String.fromCharCode(...bytes))}`;
}
