import type { ChannelKind } from '../../core/api';
import { sendEmail } from './email/email.sender';
import type { ChannelSender } from './notifier.types';
import { sendSlackApi } from './slack/slack-api.sender';
import { sendSlackWebhook } from './slack/slack-webhook.sender';
import { sendTeams } from './teams/teams.sender';
import { sendTelegram } from './telegram/telegram.sender';
import { sendWebhook } from './webhook/webhook.sender';
import { sendWhatsApp } from './whatsapp/whatsapp.sender';

export type ChannelSenders = { [K in ChannelKind]: ChannelSender<K> };

/** One sender per channel kind, each speaking its platform's API. */
export const CHANNEL_SENDERS: ChannelSenders = {
  email: sendEmail,
  telegram: sendTelegram,
  whatsapp: sendWhatsApp,
  slack_webhook: sendSlackWebhook,
  slack_api: sendSlackApi,
  teams: sendTeams,
  webhook: sendWebhook,
};

export { DeliveryError, type ChannelSender, type SendContext, type SendResult } from './notifier.types';
export { signWebhook, standardWebhookHeaders } from './webhook/standard-webhooks';
