import { HttpFake, bearerOf } from '../http-fake';

export const FAKE_SLACK_TOKEN = 'xoxb-1111-2222-fakeSlackBotToken';
export const FAKE_SLACK_WEBHOOK_PATH = '/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX';

/**
 * Both ways into Slack: an incoming webhook (answers the text `ok`, or an error word with 4xx) and the
 * Web API's `chat.postMessage` (always HTTP 200 with `{ok, ...}` or `{ok:false,error}`; 429 with Retry-After).
 */
export async function startSlackFake(options: { token?: string; channels?: string[] } = {}) {
  const token = options.token ?? FAKE_SLACK_TOKEN;
  const channels = new Set(options.channels ?? ['C0123456789', '#krisis']);
  let ts = 1_700_000_000;
  const fake = await HttpFake.start((req) => {
    const body = req.json as { text?: unknown; blocks?: unknown; channel?: unknown } | null;
    if (req.path === FAKE_SLACK_WEBHOOK_PATH) {
      if (!body || (typeof body.text !== 'string' && !Array.isArray(body.blocks))) return { status: 400, body: 'invalid_payload' };
      return { status: 200, body: 'ok' };
    }
    if (req.path.startsWith('/services/')) return { status: 404, body: 'no_service' };
    if (req.path === '/api/chat.postMessage') {
      const bearer = bearerOf(req);
      if (!bearer) return { status: 200, body: { ok: false, error: 'not_authed' } };
      if (bearer !== token) return { status: 200, body: { ok: false, error: 'invalid_auth' } };
      if (!body) return { status: 200, body: { ok: false, error: 'invalid_json' } };
      if (typeof body.channel !== 'string' || !channels.has(body.channel))
        return { status: 200, body: { ok: false, error: 'channel_not_found' } };
      if (typeof body.text !== 'string' && !Array.isArray(body.blocks)) return { status: 200, body: { ok: false, error: 'no_text' } };
      ts++;
      return {
        status: 200,
        body: {
          ok: true,
          channel: body.channel,
          ts: `${ts}.000100`,
          message: { type: 'message', text: body.text, bot_id: 'B0FAKE', ts: `${ts}.000100` },
        },
      };
    }
    return { status: 404, body: { ok: false, error: 'unknown_method' } };
  });
  return Object.assign(fake, {
    webhookUrl: `${fake.url}${FAKE_SLACK_WEBHOOK_PATH}`,
    apiUrl: `${fake.url}/api`,
    /** Slack's rate limit: HTTP 429 with Retry-After in seconds. */
    rateLimitNext(count: number, retryAfterSeconds: number): void {
      fake.failNext(count, {
        status: 429,
        headers: { 'retry-after': String(retryAfterSeconds) },
        body: { ok: false, error: 'ratelimited' },
      });
    },
  });
}
