import { notificationLabels, renderHeadline } from '../../../core/notifications';
import type { NotificationMessage } from '../../../core/notifications';
import { httpFailure, isRetryableStatus, parseJson, postJson, truncate } from '../http';
import { type ChannelSender, DeliveryError } from '../notifier.types';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The message in Telegram's HTML parse mode; sendMessage takes at most 4096 characters. */
export function renderTelegramText(message: NotificationMessage): string {
  const l = notificationLabels(message.language);
  const parts = [`<b>${escapeHtml(renderHeadline(message))}</b>`, '', escapeHtml(truncate(message.body, 3500))];
  if (message.link) parts.push('', `<a href="${escapeHtml(message.link)}">${escapeHtml(l.open)}</a>`);
  return parts.join('\n');
}

interface TelegramAnswer {
  ok?: boolean;
  result?: { message_id?: number };
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number };
}

/** Bot API `sendMessage`: `{ok:true,result}` or `{ok:false,error_code,description,parameters.retry_after}`. */
export const sendTelegram: ChannelSender<'telegram'> = async ({ config, secrets }, message, ctx) => {
  const base = (config.apiBaseUrl ?? ctx.defaults.telegramApiUrl).replace(/\/+$/, '');
  const body = {
    chat_id: config.chatId,
    text: renderTelegramText(message),
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
  };
  const answer = await postJson(`${base}/bot${secrets.botToken}/sendMessage`, body, {}, ctx.timeoutMs);
  const data = parseJson(answer.text) as TelegramAnswer | null;
  if (answer.status >= 200 && answer.status < 300 && data?.ok) {
    return { status: answer.status, providerMessageId: data.result?.message_id === undefined ? null : String(data.result.message_id) };
  }
  if (!data || data.ok !== false) throw httpFailure(answer, ctx.now);
  const code = data.error_code ?? answer.status;
  const retryAfter = data.parameters?.retry_after;
  throw new DeliveryError(`Telegram ${code}: ${data.description ?? 'error'}`, {
    retryable: isRetryableStatus(code),
    status: answer.status,
    retryAfterMs: retryAfter === undefined ? null : retryAfter * 1000,
  });
};
