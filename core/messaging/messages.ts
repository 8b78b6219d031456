import { INBOX_MESSAGES } from './inbox/inbox.messages';
import { TEMPLATE_MESSAGES } from './templates/template.messages';
import { TONE_MESSAGES } from './tone/tone.messages';
import type { MessagingLocale, MessagingMessage } from './messaging.types';

export type { MessagingLocale, MessagingMessage } from './messaging.types';

/** The texts of `core/messaging` as one i18next resource per locale (namespace `messaging`). */
export const MESSAGING_MESSAGES = {
  id: { ...TONE_MESSAGES.id, ...TEMPLATE_MESSAGES.id, ...INBOX_MESSAGES.id },
  en: { ...TONE_MESSAGES.en, ...TEMPLATE_MESSAGES.en, ...INBOX_MESSAGES.en },
} as const;

function lookupKey(locale: MessagingLocale, key: string): string | undefined {
  let node: unknown = MESSAGING_MESSAGES[locale];
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** The message in `locale`, interpolated as i18next would; the key itself when the table lacks it. */
export function describeMessage(message: MessagingMessage, locale: MessagingLocale): string {
  const template = lookupKey(locale, message.key) ?? message.key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = message.params[name];
    return value === undefined ? whole : String(value);
  });
}
