import { httpFailure, postJson } from '../http';
import type { ChannelSender } from '../notifier.types';
import { renderTeamsMessage } from './teams.card';

/** A Teams Workflows "post to a channel when a webhook request is received" URL; it answers 202 Accepted. */
export const sendTeams: ChannelSender<'teams'> = async ({ secrets }, message, ctx) => {
  const answer = await postJson(secrets.webhookUrl, renderTeamsMessage(message), {}, ctx.timeoutMs);
  if (answer.status >= 200 && answer.status < 300) return { status: answer.status, providerMessageId: null };
  throw httpFailure(answer, ctx.now);
};
