import type { NotificationMessage } from '../../../core/notifications';
import { httpFailure, postJson } from '../http';
import type { ChannelSender, SendContext } from '../notifier.types';
import { standardWebhookHeaders } from './standard-webhooks';

/** The Standard Webhooks payload shape: `{type, timestamp, data}`. */
export function renderWebhookPayload(message: NotificationMessage, ctx: Pick<SendContext, 'workspaceId' | 'messageId' | 'now'>) {
  return {
    type: `siaga.notification.${message.kind}`,
    timestamp: new Date(ctx.now).toISOString(),
    data: {
      workspaceId: ctx.workspaceId,
      messageId: ctx.messageId,
      kind: message.kind,
      severity: message.severity,
      title: message.title,
      body: message.body,
      link: message.link,
      language: message.language,
      dedupeKey: message.dedupeKey,
    },
  };
}

/** A signed POST; the `webhook-id` is the same on every attempt so the receiver can drop copies. */
export const sendWebhook: ChannelSender<'webhook'> = async ({ config, secrets }, message, ctx) => {
  const id = `msg_${ctx.idempotencyKey}`;
  const body = JSON.stringify(renderWebhookPayload(message, ctx));
  const headers = standardWebhookHeaders(secrets.signingSecret, id, Math.floor(ctx.now / 1000), body);
  const answer = await postJson(config.url, body, headers, ctx.timeoutMs);
  if (answer.status >= 200 && answer.status < 300) return { status: answer.status, providerMessageId: id };
  throw httpFailure(answer, ctx.now);
};
