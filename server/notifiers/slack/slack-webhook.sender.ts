import { httpFailure, postJson } from '../http';
import type { ChannelSender } from '../notifier.types';
import { renderSlackMessage } from './slack.blocks';

/** Incoming webhook: POST the message; Slack answers `ok` in plain text, or an error word with a 4xx status. */
export const sendSlackWebhook: ChannelSender<'slack_webhook'> = async ({ secrets }, message, ctx) => {
  const answer = await postJson(secrets.webhookUrl, { ...renderSlackMessage(message), unfurl_links: false }, {}, ctx.timeoutMs);
  if (answer.status >= 200 && answer.status < 300) return { status: answer.status, providerMessageId: null };
  throw httpFailure(answer, ctx.now);
};
