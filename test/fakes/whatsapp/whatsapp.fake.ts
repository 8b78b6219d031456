import { randomBytes } from 'node:crypto';
import { HttpFake, bearerOf } from '../http-fake';

export const FAKE_WHATSAPP_TOKEN = 'EAAGfakeWhatsAppAccessToken0123456789';
export const FAKE_PHONE_NUMBER_ID = '106540352242922';

const graphError = (status: number, code: number, message: string, type = 'OAuthException') => ({
  status,
  body: { error: { message, type, code, fbtrace_id: `A${randomBytes(8).toString('hex')}` } },
});

/**
 * The Cloud API's `POST /<version>/<phone-number-id>/messages`: checks the bearer token and the template
 * message, answers `{messaging_product, contacts, messages:[{id:"wamid…"}]}` or a Graph `error` object.
 */
export async function startWhatsAppFake(options: { token?: string; templates?: string[] } = {}) {
  const token = options.token ?? FAKE_WHATSAPP_TOKEN;
  const templates = new Set(options.templates ?? ['siaga_alert']);
  const fake = await HttpFake.start((req) => {
    if (bearerOf(req) !== token) return graphError(401, 190, 'Invalid OAuth access token - Cannot parse access token');
    const match = /^\/(v\d+\.\d+)\/(\d+)\/messages$/.exec(req.path);
    if (!match || match[2] !== FAKE_PHONE_NUMBER_ID) {
      return graphError(400, 100, 'Unsupported post request. Object does not exist or missing permissions', 'GraphMethodException');
    }
    const body = req.json as {
      messaging_product?: string;
      to?: string;
      type?: string;
      template?: {
        name?: string;
        language?: { code?: string };
        components?: { type: string; parameters: { type: string; text: string }[] }[];
      };
    } | null;
    if (body?.messaging_product !== 'whatsapp') return graphError(400, 100, '(#100) The parameter messaging_product is required.');
    if (body.type !== 'template' || !body.template) return graphError(400, 131047, 'Re-engagement message');
    if (!body.template.name || !templates.has(body.template.name)) {
      return graphError(404, 132001, '(#132001) Template name does not exist in the translation');
    }
    const params = body.template.components?.find((c) => c.type === 'body')?.parameters ?? [];
    if (params.some((p) => /[\n\t]| {5,}/.test(p.text))) {
      return graphError(400, 132018, '(#132018) There was an issue with the parameters in your template.');
    }
    const to = String(body.to ?? '');
    return {
      status: 200,
      body: {
        messaging_product: 'whatsapp',
        contacts: [{ input: to, wa_id: to }],
        messages: [{ id: `wamid.${randomBytes(18).toString('base64url')}`, message_status: 'accepted' }],
      },
    };
  });
  return Object.assign(fake, {
    /** Cloud API throughput limit: error code 130429 (HTTP 400, as Graph answers it). */
    throttleNext(count: number): void {
      fake.failNext(count, graphError(400, 130429, '(#130429) Rate limit hit', 'OAuthException'));
    },
  });
}
