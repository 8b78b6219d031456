import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_SLACK_TOKEN, startSlackFake } from '../../../test/fakes/slack/slack.fake';
import { decodeHeader, startSmtpFake } from '../../../test/fakes/smtp/smtp.fake';
import { startTeamsFake } from '../../../test/fakes/teams/teams.fake';
import { FAKE_TELEGRAM_TOKEN, startTelegramFake } from '../../../test/fakes/telegram/telegram.fake';
import { generateWebhookSecret, startWebhookReceiver } from '../../../test/fakes/webhook/webhook-receiver.fake';
import { FAKE_PHONE_NUMBER_ID, FAKE_WHATSAPP_TOKEN, startWhatsAppFake } from '../../../test/fakes/whatsapp/whatsapp.fake';
import { T0, useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { addChannel, makeNotification } from '../../../test/support/notifications';

describe.each(testDialects())('notification channels against their platforms (%s)', (dialect) => {
  const w = useWorkspaceApp(dialect);
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  async function deliver(channelId: number, message = makeNotification()) {
    const notifications = w.t.ctx.services.notifications;
    const result = await notifications.notify(w.workspaceId, message, [channelId]);
    await notifications.idle();
    const log = await notifications.listDeliveries(w.workspaceId, { limit: 10 });
    return { result, delivery: log.items.find((d) => d.id === result.deliveryIds[0]) };
  }

  it('e-mails every recipient through SMTP with subject, text and HTML in the message language', async () => {
    const smtp = await startSmtpFake({ username: 'siaga', password: 'sandi-smtp' });
    closers.push(smtp.close);
    const channelId = await addChannel(w.owner, w.workspaceId, {
      kind: 'email',
      name: 'Tim krisis',
      config: {
        to: ['lead@toko.example', 'Humas@Toko.example'],
        host: smtp.host,
        port: smtp.port,
        secure: false,
        username: 'siaga',
        from: 'Siaga <alert@toko.example>',
      },
      secrets: { password: 'sandi-smtp' },
    });
    const { delivery } = await deliver(channelId, makeNotification({ title: 'Keluhan melonjak', severity: 'critical' }));
    expect(delivery).toMatchObject({ status: 'sent', attempts: 1, responseStatus: 250 });
    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0]!;
    expect(mail.to).toEqual(['lead@toko.example', 'humas@toko.example']);
    expect(mail.from).toBe('alert@toko.example');
    expect(decodeHeader(mail.headers.subject ?? '')).toBe('🔴 [Kritis] Peringatan baru: Keluhan melonjak');
    expect(mail.headers['message-id']).toBe(delivery?.providerMessageId);
    expect(mail.headers['x-siaga-severity']).toBe('critical');
    expect(mail.headers['content-type']).toMatch(/^multipart\/alternative/);
    expect(mail.raw).toMatch(/Content-Type: text\/html/);
    expect(mail.raw).toMatch(/Content-Type: text\/plain/);
  });

  it('sends Telegram an HTML message to the chat and keeps the message id', async () => {
    const telegram = await startTelegramFake();
    closers.push(() => telegram.close());
    const channelId = await addChannel(w.owner, w.workspaceId, {
      kind: 'telegram',
      name: 'Grup Telegram',
      config: { chatId: '-1001234567890', apiBaseUrl: telegram.url },
      secrets: { botToken: FAKE_TELEGRAM_TOKEN },
    });
    const { delivery } = await deliver(channelId, makeNotification({ title: 'Antrean <panjang> & lama' }));
    expect(delivery).toMatchObject({ status: 'sent', providerMessageId: '101', responseStatus: 200 });
    const [request] = telegram.requests;
    expect(request?.path).toBe(`/bot${FAKE_TELEGRAM_TOKEN}/sendMessage`);
    expect(request?.json).toMatchObject({ chat_id: '-1001234567890', parse_mode: 'HTML' });
    const text = (request?.json as { text: string }).text;
    expect(text).toContain('<b>🟠 [Tinggi] Peringatan baru: Antrean &lt;panjang&gt; &amp; lama</b>');
    expect(text).toContain('<a href="https://siaga.example/w/1/alerts/');
  });

  it('sends WhatsApp an approved template in the message language with four body parameters', async () => {
    const whatsapp = await startWhatsAppFake();
    closers.push(() => whatsapp.close());
    const channelId = await addChannel(w.owner, w.workspaceId, {
      kind: 'whatsapp',
      name: 'WA pemilik',
      config: { phoneNumberId: FAKE_PHONE_NUMBER_ID, to: '+6281234567890', templateName: 'siaga_alert', apiBaseUrl: whatsapp.url },
      secrets: { accessToken: FAKE_WHATSAPP_TOKEN },
    });
    const { delivery } = await deliver(channelId, makeNotification({ language: 'en', severity: 'medium', body: 'Line one\n\nLine\ttwo' }));
    expect(delivery?.status).toBe('sent');
    expect(delivery?.providerMessageId).toMatch(/^wamid\./);
    const [request] = whatsapp.requests;
    expect(request?.path).toBe(`/v23.0/${FAKE_PHONE_NUMBER_ID}/messages`);
    expect(request?.headers.authorization).toBe(`Bearer ${FAKE_WHATSAPP_TOKEN}`);
    expect(request?.json).toMatchObject({
      messaging_product: 'whatsapp',
      to: '6281234567890',
      type: 'template',
      template: { name: 'siaga_alert', language: { code: 'en' } },
    });
    const params = (request?.json as { template: { components: { parameters: { text: string }[] }[] } }).template.components[0]?.parameters;
    expect(params?.map((p) => p.text)).toEqual([
      'Medium',
      expect.stringMatching(/^Lonjakan keluhan/),
      'Line one Line two',
      expect.stringMatching(/^https:/),
    ]);
  });

  it('refuses a WhatsApp template that does not exist, once, as a permanent error', async () => {
    const whatsapp = await startWhatsAppFake();
    closers.push(() => whatsapp.close());
    const channelId = await addChannel(w.owner, w.workspaceId, {
      kind: 'whatsapp',
      name: 'WA salah template',
      config: { phoneNumberId: FAKE_PHONE_NUMBER_ID, to: '6281234567890', templateName: 'belum_disetujui', apiBaseUrl: whatsapp.url },
      secrets: { accessToken: FAKE_WHATSAPP_TOKEN },
    });
    const { delivery } = await deliver(channelId);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 1, responseStatus: 404, nextAttemptAt: null });
    expect(delivery?.lastError).toContain('132001');
  });

  it('posts to a Slack incoming webhook with Block Kit blocks and a fallback text', async () => {
    const slack = await startSlackFake();
    closers.push(() => slack.close());
    const channelId = await addChannel(w.owner, w.workspaceId, {
      kind: 'slack_webhook',
      name: 'Slack #krisis',
      config: {},
      secrets: { webhookUrl: slack.webhookUrl },
    });
    const { delivery } = await deliver(channelId, makeNotification({ language: 'en', body: 'Angry <b> & loud' }));
    expect(delivery).toMatchObject({ status: 'sent', responseStatus: 200 });
    const body = slack.requests[0]?.json as { text: string; blocks: { type: string; text?: { text: string } }[] };
    expect(body.text).toMatch(/^🟠 \[High\] New alert: /);
    expect(body.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context']);
    expect(body.blocks[1]?.text?.text).toBe('Angry &lt;b&gt; &amp; loud');
    expect(body.blocks[2]?.text?.text).toMatch(/^<https:\/\/siaga\.example\/.+\|Open in Siaga>$/);
  });

  it('posts through Slack chat.postMessage with the bot token, and reports Slack’s error words', async () => {
    const slack = await startSlackFake();
    closers.push(() => slack.close());
    const ok = await addChannel(w.owner, w.workspaceId, {
      kind: 'slack_api',
      name: 'Slack bot',
      config: { channel: 'C0123456789', apiBaseUrl: slack.apiUrl },
      secrets: { botToken: FAKE_SLACK_TOKEN },
    });
    const sent = await deliver(ok);
    expect(sent.delivery).toMatchObject({ status: 'sent', providerMessageId: expect.stringMatching(/^\d+\.\d+$/) });
    expect(slack.requests[0]?.headers.authorization).toBe(`Bearer ${FAKE_SLACK_TOKEN}`);
    expect(slack.requests[0]?.json).toMatchObject({ channel: 'C0123456789' });

    const wrong = await addChannel(w.owner, w.workspaceId, {
      kind: 'slack_api',
      name: 'Slack salah kanal',
      config: { channel: 'C9999999999', apiBaseUrl: slack.apiUrl },
      secrets: { botToken: FAKE_SLACK_TOKEN },
    });
    const failed = await deliver(wrong);
    expect(failed.delivery).toMatchObject({ status: 'failed', attempts: 1, lastError: 'Slack: channel_not_found' });
  });

  it('posts a Teams Workflows message with an Adaptive Card attachment and accepts 202', async () => {
    const teams = await startTeamsFake();
    closers.push(() => teams.close());
    const channelId = await addChannel(w.owner, w.workspaceId, {
      kind: 'teams',
      name: 'Teams',
      config: {},
      secrets: { webhookUrl: teams.webhookUrl },
    });
    const { delivery } = await deliver(channelId, makeNotification({ severity: 'critical' }));
    expect(delivery).toMatchObject({ status: 'sent', responseStatus: 202 });
    const body = teams.requests[0]?.json as { type: string; attachments: { contentType: string; content: Record<string, unknown> }[] };
    expect(body.type).toBe('message');
    expect(body.attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(body.attachments[0]?.content).toMatchObject({
      type: 'AdaptiveCard',
      version: '1.4',
      body: [
        expect.objectContaining({ type: 'TextBlock', color: 'Attention' }),
        expect.anything(),
        expect.objectContaining({ type: 'FactSet' }),
      ],
      actions: [expect.objectContaining({ type: 'Action.OpenUrl', title: 'Buka di Siaga' })],
    });
  });

  it('signs a webhook per Standard Webhooks, and the receiver verifies it', async () => {
    const secret = generateWebhookSecret();
    const receiver = await startWebhookReceiver(secret, () => w.t.clock.now());
    closers.push(() => receiver.close());
    const channelId = await addChannel(w.owner, w.workspaceId, {
      kind: 'webhook',
      name: 'Integrasi',
      config: { url: `${receiver.url}/hooks/siaga` },
      secrets: { signingSecret: secret },
    });
    const message = makeNotification();
    const { delivery, result } = await deliver(channelId, message);
    expect(delivery).toMatchObject({ status: 'sent', responseStatus: 204 });
    expect(receiver.verified).toHaveLength(1);
    const request = receiver.verified[0]!;
    expect(request.headers['webhook-id']).toBe(delivery?.providerMessageId);
    expect(request.headers['webhook-timestamp']).toBe(String(Math.floor(T0 / 1000)));
    expect(request.headers['content-type']).toMatch(/^application\/json/);
    expect(request.json).toEqual({
      type: 'siaga.notification.alert.raised',
      timestamp: new Date(T0).toISOString(),
      data: {
        workspaceId: w.workspaceId,
        messageId: result.messageId,
        kind: 'alert.raised',
        severity: 'high',
        title: message.title,
        body: message.body,
        link: message.link,
        language: 'id',
        dedupeKey: message.dedupeKey,
      },
    });
  });

  it('fails a webhook whose receiver holds another secret, without retrying a 401', async () => {
    const receiver = await startWebhookReceiver(generateWebhookSecret(), () => w.t.clock.now());
    closers.push(() => receiver.close());
    const channelId = await addChannel(w.owner, w.workspaceId, {
      kind: 'webhook',
      name: 'Integrasi lama',
      config: { url: receiver.url },
      secrets: { signingSecret: generateWebhookSecret() },
    });
    const { delivery } = await deliver(channelId);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 1, responseStatus: 401 });
    expect(receiver.verified).toHaveLength(0);
  });
});
