import { afterEach, describe, expect, it } from 'vitest';
import { signWebhook } from '../../server/notifiers';
import { startSlackFake } from './slack/slack.fake';
import { startTeamsFake } from './teams/teams.fake';
import { generateWebhookSecret, verifyStandardWebhook } from './webhook/webhook-receiver.fake';
import { FAKE_PHONE_NUMBER_ID, FAKE_WHATSAPP_TOKEN, startWhatsAppFake } from './whatsapp/whatsapp.fake';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('fake platforms', () => {
  it('the webhook receiver refuses a tampered body, an old timestamp and missing headers', () => {
    const secret = generateWebhookSecret();
    const now = 1_800_000_000;
    const body = '{"type":"x"}';
    const headers = {
      'webhook-id': 'msg_1',
      'webhook-timestamp': String(now),
      'webhook-signature': `v0,xx ${signWebhook(secret, 'msg_1', now, body)}`,
    };
    const request = { method: 'POST', path: '/', headers, body, json: null };
    expect(verifyStandardWebhook(secret, request, now)).toEqual({ ok: true });
    expect(verifyStandardWebhook(secret, { ...request, body: '{"type":"y"}' }, now)).toEqual({ ok: false, reason: 'signature' });
    expect(verifyStandardWebhook(secret, request, now + 301)).toEqual({ ok: false, reason: 'timestamp' });
    expect(verifyStandardWebhook(generateWebhookSecret(), request, now)).toEqual({ ok: false, reason: 'signature' });
    expect(verifyStandardWebhook(secret, { ...request, headers: { 'webhook-id': 'msg_1' } }, now)).toEqual({
      ok: false,
      reason: 'missing headers',
    });
  });

  it('WhatsApp answers Graph errors for a bad token and for parameters with new lines', async () => {
    const fake = await startWhatsAppFake();
    closers.push(() => fake.close());
    const url = `${fake.url}/v23.0/${FAKE_PHONE_NUMBER_ID}/messages`;
    const message = {
      messaging_product: 'whatsapp',
      to: '62811',
      type: 'template',
      template: {
        name: 'siaga_alert',
        language: { code: 'id' },
        components: [{ type: 'body', parameters: [{ type: 'text', text: 'a\nb' }] }],
      },
    };
    const noAuth = await post(url, message, { authorization: 'Bearer salah' });
    expect(noAuth.status).toBe(401);
    expect(((await noAuth.json()) as { error: { code: number } }).error.code).toBe(190);
    const badParams = await post(url, message, { authorization: `Bearer ${FAKE_WHATSAPP_TOKEN}` });
    expect(((await badParams.json()) as { error: { code: number } }).error.code).toBe(132018);
  });

  it('Slack and Teams refuse payloads their platforms would refuse, and fail on demand', async () => {
    const slack = await startSlackFake();
    const teams = await startTeamsFake();
    closers.push(
      () => slack.close(),
      () => teams.close(),
    );
    expect(await (await post(slack.webhookUrl, { nothing: true })).text()).toBe('invalid_payload');
    slack.rateLimitNext(1, 7);
    const limited = await post(slack.webhookUrl, { text: 'hai' });
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7']);
    expect(await (await post(slack.webhookUrl, { text: 'hai' })).text()).toBe('ok');
    expect((await post(teams.webhookUrl, { text: 'legacy MessageCard' })).status).toBe(400);
    expect(teams.requests).toHaveLength(1);
  });
});
