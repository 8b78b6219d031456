import { DeliveryError } from './notifier.types';

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * POSTs JSON (or a pre-serialised body) and returns the answer whatever its status; network failures and
 * timeouts become retryable DeliveryErrors. Redirects are not followed: a channel's URL must be the endpoint.
 */
export async function postJson(url: string, body: unknown, headers: Record<string, string>, timeoutMs: number): Promise<HttpAnswer> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'Siaga-Notifier/1', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    throw new DeliveryError(timedOut ? `No answer within ${timeoutMs} ms` : `Could not connect${cause || ` (${String(error)})`}`, {
      retryable: true,
    });
  }
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** Retry-After as delta-seconds or an HTTP date, in ms from `now`; null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Whether an HTTP status is worth another attempt: rate limits, timeouts and server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Turns a non-2xx answer into a DeliveryError with the provider's words, honouring Retry-After. */
export function httpFailure(answer: HttpAnswer, now: number, description?: string): DeliveryError {
  const detail = description ?? answer.text.slice(0, 300).trim();
  return new DeliveryError(`HTTP ${answer.status}${detail ? `: ${detail}` : ''}`, {
    retryable: isRetryableStatus(answer.status),
    status: answer.status,
    retryAfterMs: parseRetryAfter(answer.headers.get('retry-after'), now),
  });
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Cuts text to `max` characters, marking the cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
