import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { HttpFake, type RecordedRequest } from '../http-fake';

const TOLERANCE_SECONDS = 5 * 60;

export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/**
 * A receiver that verifies Standard Webhooks signatures on its own (not with the sender's code): the HMAC
 * over `id.timestamp.body` with the base64 key after `whsec_`, any of the space-separated `v1,` entries,
 * and a timestamp within five minutes of `now()`. Bad signatures get 401.
 */
export function verifyStandardWebhook(
  secret: string,
  request: RecordedRequest,
  nowSeconds: number,
): { ok: true } | { ok: false; reason: string } {
  const id = request.headers['webhook-id'];
  const timestamp = request.headers['webhook-timestamp'];
  const signatures = request.headers['webhook-signature'];
  if (!id || !timestamp || !signatures) return { ok: false, reason: 'missing headers' };
  if (!/^\d+$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > TOLERANCE_SECONDS) return { ok: false, reason: 'timestamp' };
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${request.body}`).digest();
  const match = signatures.split(' ').some((entry) => {
    const [version, value] = entry.split(',');
    if (version !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return match ? { ok: true } : { ok: false, reason: 'signature' };
}

export async function startWebhookReceiver(secret: string, now: () => number = Date.now) {
  const verified: RecordedRequest[] = [];
  const fake = await HttpFake.start((req) => {
    const result = verifyStandardWebhook(secret, req, Math.floor(now() / 1000));
    if (!result.ok) return { status: 401, body: { error: `invalid webhook: ${result.reason}` } };
    verified.push(req);
    return { status: 204 };
  });
  return Object.assign(fake, {
    /** Requests whose signature verified. */
    verified,
    /** Distinct `webhook-id`s that verified: what an idempotent receiver would process. */
    processedIds: () => [...new Set(verified.map((r) => r.headers['webhook-id']))],
  });
}
