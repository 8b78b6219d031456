/** Outbox items: what they are, where they stand, and the rules that move them. */
export const OUTBOX_KINDS = ['reply', 'statement', 'scheduled_post', 'moderation'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export const OUTBOX_STATES = ['queued', 'sending', 'sent', 'failed', 'held', 'cancelled'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** A pause stops marketing, not the crisis response: only scheduled posts wait for the brand to resume. */
export function isHeldByPause(kind: OutboxKind): boolean {
  return kind === 'scheduled_post';
}

/** Items that have not left yet may be cancelled; one being sent right now may not. */
export function isCancellable(state: OutboxState): boolean {
  return state === 'queued' || state === 'held';
}

export function isRetryable(state: OutboxState): boolean {
  return state === 'failed';
}

/** Tries before an item is failed for good; a retry by hand starts a new round. */
export const OUTBOX_MAX_ATTEMPTS = 5;

/** After a failed attempt: another try later, or failed for good. */
export function isWorthAnotherTry(attempts: number, retryable: boolean): boolean {
  return retryable && attempts < OUTBOX_MAX_ATTEMPTS;
}
