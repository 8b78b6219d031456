/** Exponential backoff with jitter: 5 s, 10 s, 20 s … up to 10 minutes, each between half and all of that. */
export const RETRY_BASE_MS = 5_000;
export const RETRY_CAP_MS = 10 * 60_000;
/** A provider asking for more than this is treated as asking for this. */
export const RETRY_AFTER_CAP_MS = 60 * 60_000;

/**
 * How long to wait before attempt `attempt + 1`, after `attempt` failed; a provider's Retry-After wins
 * when it asks for longer. `random` is in [0, 1).
 */
export function computeRetryDelay(attempt: number, retryAfterMs: number | null, random: number): number {
  const backoff = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(backoff / 2 + (random * backoff) / 2);
  return Math.max(jittered, Math.min(retryAfterMs ?? 0, RETRY_AFTER_CAP_MS));
}
