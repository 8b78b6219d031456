import { type FakeAnswer, HttpFake } from '../http-fake';

export const FAKE_TELEGRAM_TOKEN = '123456789:AAHfakeTelegramBotTokenForTests_0123';

/**
 * The Bot API's `sendMessage`: `POST /bot<token>/sendMessage` with JSON; answers `{ok:true,result:Message}`
 * or `{ok:false,error_code,description}` like the real one.
 */
export async function startTelegramFake(token = FAKE_TELEGRAM_TOKEN) {
  let messageId = 100;
  const fake = await HttpFake.start((req) => {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.path);
    if (!match || match[1] !== token) return { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } };
    if (match[2] !== 'sendMessage') return { status: 404, body: { ok: false, error_code: 404, description: 'Not Found' } };
    const body = req.json as { chat_id?: unknown; text?: unknown; parse_mode?: unknown } | null;
    if (!body || (typeof body.chat_id !== 'string' && typeof body.chat_id !== 'number')) {
      return { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: chat_id is empty' } };
    }
    if (typeof body.text !== 'string' || body.text.length === 0 || body.text.length > 4096) {
      return { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: message text is empty' } };
    }
    if (String(body.chat_id) === '404')
      return { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: chat not found' } };
    messageId++;
    return {
      status: 200,
      body: {
        ok: true,
        result: {
          message_id: messageId,
          from: { id: Number(token.split(':')[0]), is_bot: true, first_name: 'Siaga', username: 'siaga_bot' },
          chat: { id: Number(body.chat_id) || 0, type: 'group', title: 'Tim Krisis' },
          date: Math.floor(Date.now() / 1000),
          text: body.text.replace(/<[^>]+>/g, ''),
        },
      },
    };
  });
  return Object.assign(fake, {
    /** Answers 429 with `parameters.retry_after`, as the Bot API does when flooded. */
    rateLimitNext(count: number, retryAfterSeconds: number): void {
      const answer: FakeAnswer = {
        status: 429,
        body: {
          ok: false,
          error_code: 429,
          description: `Too Many Requests: retry after ${retryAfterSeconds}`,
          parameters: { retry_after: retryAfterSeconds },
        },
      };
      fake.failNext(count, answer);
    },
  });
}
