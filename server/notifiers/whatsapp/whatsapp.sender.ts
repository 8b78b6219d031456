import { notificationLabels } from '../../../core/notifications';
import type { NotificationMessage } from '../../../core/notifications';
import { httpFailure, isRetryableStatus, parseJson, parseRetryAfter, postJson, truncate } from '../http';
import { type ChannelSender, DeliveryError } from '../notifier.types';

/**
 * Graph API error codes that are worth another attempt: temporary failures and rate limits
 * (1, 2, 4, 80007, 130429, 131000, 131016, 131056, 133004).
 */
const RETRYABLE_CODES = new Set([1, 2, 4, 80007, 130429, 131000, 131016, 131056, 133004]);

/** Template parameters may not hold new lines, tabs or more than four spaces in a row. */
const templateText = (text: string, max: number) => truncate(text.replace(/\s+/g, ' ').trim(), max) || '-';

/**
 * The approved template's body takes four parameters: {{1}} severity, {{2}} title, {{3}} body, {{4}} link.
 * The template must exist in Indonesian (`id`) and English (`en`) under the same name.
 */
export function renderWhatsAppTemplate(message: NotificationMessage, templateName: string) {
  const l = notificationLabels(message.language);
  const values = [l.severity[message.severity], templateText(message.title, 200), templateText(message.body, 700), message.link ?? '-'];
  return {
    name: templateName,
    language: { code: message.language },
    components: [{ type: 'body', parameters: values.map((text) => ({ type: 'text', text })) }],
  };
}

interface GraphAnswer {
  messages?: { id?: string }[];
  error?: { message?: string; type?: string; code?: number; error_subcode?: number; error_data?: { details?: string } };
}

/** Cloud API `POST /<version>/<phone-number-id>/messages` with a template message. */
export const sendWhatsApp: ChannelSender<'whatsapp'> = async ({ config, secrets }, message, ctx) => {
  const base = (config.apiBaseUrl ?? ctx.defaults.whatsappApiUrl).replace(/\/+$/, '');
  const version = config.apiVersion ?? ctx.defaults.whatsappApiVersion;
  const body = {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to: config.to.replace(/^\+/, ''),
    type: 'template',
    template: renderWhatsAppTemplate(message, config.templateName),
  };
  const answer = await postJson(
    `${base}/${version}/${config.phoneNumberId}/messages`,
    body,
    { authorization: `Bearer ${secrets.accessToken}` },
    ctx.timeoutMs,
  );
  const data = parseJson(answer.text) as GraphAnswer | null;
  if (answer.status >= 200 && answer.status < 300) return { status: answer.status, providerMessageId: data?.messages?.[0]?.id ?? null };
  const error = data?.error;
  if (!error) throw httpFailure(answer, ctx.now);
  const details = error.error_data?.details ? ` (${error.error_data.details})` : '';
  throw new DeliveryError(`WhatsApp ${error.code ?? answer.status}: ${error.message ?? 'error'}${details}`, {
    retryable: isRetryableStatus(answer.status) || (error.code !== undefined && RETRYABLE_CODES.has(error.code)),
    status: answer.status,
    retryAfterMs: parseRetryAfter(answer.headers.get('retry-after'), ctx.now),
  });
};
