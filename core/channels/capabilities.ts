import type { ChannelAction, ChannelFailure, ChannelRequest } from './channel.types';

/** The action that undoes another, where the platform has one (a delete or a reply cannot be undone). */
export const REVERSE_ACTION: Readonly<Partial<Record<ChannelAction, ChannelAction>>> = {
  hide: 'unhide',
  block: 'unblock',
  unhide: 'hide',
  unblock: 'block',
};

export function reverseOf(action: ChannelAction): ChannelAction | null {
  return REVERSE_ACTION[action] ?? null;
}

export function isCapable(capabilities: readonly ChannelAction[], action: ChannelAction): boolean {
  return capabilities.includes(action);
}

const needsText = (a: ChannelAction) => a === 'reply' || a === 'publish';
const needsTarget = (a: ChannelAction) => a === 'reply' || a === 'hide' || a === 'unhide' || a === 'delete';
const needsAuthor = (a: ChannelAction) => a === 'block' || a === 'unblock';

const present = (value: string | null | undefined) => typeof value === 'string' && value.trim().length > 0;

/** What is missing from a request for its action: field and message pairs, empty when it can be sent. */
export function findRequestProblems(request: ChannelRequest): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (!present(request.idempotencyKey)) problems.push({ path: 'idempotencyKey', message: 'is required' });
  if (needsText(request.action) && !present(request.text)) problems.push({ path: 'text', message: `is required to ${request.action}` });
  if (needsTarget(request.action) && !present(request.targetExternalId)) {
    problems.push({ path: 'targetExternalId', message: `is required to ${request.action}` });
  }
  if (needsAuthor(request.action) && !present(request.authorHandle)) {
    problems.push({ path: 'authorHandle', message: `is required to ${request.action}` });
  }
  return problems;
}

/** The failure a channel answers when asked for something it cannot do; retrying will not help. */
export function unsupportedFailure(platform: string, action: ChannelAction): ChannelFailure {
  return { retryable: false, code: 'unsupported', message: `${platform} cannot ${action}` };
}
