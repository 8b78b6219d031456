import { httpFailure, parseJson, parseRetryAfter, postJson } from '../http';
import { type ChannelSender, DeliveryError } from '../notifier.types';
import { renderSlackMessage } from './slack.blocks';

/** Web API errors (in `{ok:false,error}`) that a later attempt may get past. */
const RETRYABLE_ERRORS = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/** Web API `chat.postMessage` with a bot token; the message's `ts` is its id. */
export const sendSlackApi: ChannelSender<'slack_api'> = async ({ config, secrets }, message, ctx) => {
  const base = (config.apiBaseUrl ?? ctx.defaults.slackApiUrl).replace(/\/+$/, '');
  const body = { channel: config.channel, ...renderSlackMessage(message), unfurl_links: false };
  const answer = await postJson(`${base}/chat.postMessage`, body, { authorization: `Bearer ${secrets.botToken}` }, ctx.timeoutMs);
  const data = parseJson(answer.text) as { ok?: boolean; ts?: string; error?: string } | null;
  if (answer.status === 200 && data?.ok) return { status: answer.status, providerMessageId: data.ts ?? null };
  if (answer.status !== 200 || !data || typeof data.error !== 'string') throw httpFailure(answer, ctx.now);
  throw new DeliveryError(`Slack: ${data.error}`, {
    retryable: RETRYABLE_ERRORS.has(data.error),
    status: answer.status,
    retryAfterMs: parseRetryAfter(answer.headers.get('retry-after'), ctx.now),
  });
};
