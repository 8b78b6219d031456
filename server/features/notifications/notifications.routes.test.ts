import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_SLACK_TOKEN, startSlackFake } from '../../../test/fakes/slack/slack.fake';
import { FAKE_TELEGRAM_TOKEN, startTelegramFake } from '../../../test/fakes/telegram/telegram.fake';
import { T0, useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { createApiToken, inviteMember, tokenClient } from '../../../test/support/factories';
import { addChannel, makeNotification } from '../../../test/support/notifications';

describe.each(testDialects())('notification channels API (%s)', (dialect) => {
  const w = useWorkspaceApp(dialect);
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });
  const path = () => `${w.ws}/notification-channels`;

  async function telegramChannel() {
    const telegram = await startTelegramFake();
    closers.push(() => telegram.close());
    const id = await addChannel(w.owner, w.workspaceId, {
      kind: 'telegram',
      name: 'Grup krisis',
      config: { chatId: '-100123', apiBaseUrl: telegram.url },
      secrets: { botToken: FAKE_TELEGRAM_TOKEN },
    });
    return { telegram, id };
  }

  it('never returns a secret: only whether it is set and its last characters', async () => {
    const slack = await startSlackFake();
    closers.push(() => slack.close());
    const res = await w.owner.post(path(), {
      kind: 'slack_api',
      name: 'Slack',
      config: { channel: '#krisis', apiBaseUrl: slack.apiUrl },
      secrets: { botToken: FAKE_SLACK_TOKEN },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: expect.any(Number),
      name: 'Slack',
      kind: 'slack_api',
      enabled: true,
      config: { channel: '#krisis', apiBaseUrl: slack.apiUrl },
      secrets: { botToken: { set: true, hint: `…${FAKE_SLACK_TOKEN.slice(-4)}` } },
      createdAt: T0,
      updatedAt: T0,
    });
    const list = await w.owner.get(path());
    const one = await w.owner.get(`${path()}/${res.body.id}`);
    for (const body of [res.body, list.body, one.body]) expect(JSON.stringify(body)).not.toContain(FAKE_SLACK_TOKEN);
    const row = await w.t.ctx.db.selectFrom('notification_channels').selectAll().executeTakeFirstOrThrow();
    expect(Object.values(row).map(String).join(' ')).not.toContain(FAKE_SLACK_TOKEN);
    expect(row.secrets).toMatch(/^v1\./);
  });

  it('keeps secrets that a change leaves out, replaces those it gives, and refuses a change of kind', async () => {
    const { id, telegram } = await telegramChannel();
    const renamed = await w.owner.patch(`${path()}/${id}`, {
      kind: 'telegram',
      name: 'Grup humas',
      config: { chatId: '-100999', apiBaseUrl: telegram.url },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Grup humas', config: { chatId: '-100999' }, secrets: { botToken: { set: true } } });
    const sent = await w.owner.post(`${path()}/${id}/test`, { language: 'en' });
    expect(sent.body.status).toBe('sent');
    expect(telegram.requests[0]?.path).toBe(`/bot${FAKE_TELEGRAM_TOKEN}/sendMessage`);

    const otherToken = '987654321:BBHanotherTelegramBotToken_98765';
    const rotated = await w.owner.patch(`${path()}/${id}`, { kind: 'telegram', secrets: { botToken: otherToken } });
    expect(rotated.body.secrets.botToken.hint).toBe('…8765');
    const wrongKind = await w.owner.patch(`${path()}/${id}`, { kind: 'slack_api', name: 'x' });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error.details.issues[0].path).toBe('kind');
    const changes = (await w.owner.get(`${w.ws}/audit?action=notification_channel.`)).body.items.map((e: any) => [e.action, e.details]);
    expect(changes).toEqual([
      ['notification_channel.updated', { changed: ['secrets.botToken'] }],
      ['notification_channel.tested', { status: 'sent', error: null }],
      ['notification_channel.updated', { changed: ['name', 'config'] }],
      ['notification_channel.created', { name: 'Grup krisis', kind: 'telegram' }],
    ]);
    expect(JSON.stringify(changes)).not.toContain(otherToken);
  });

  it('validates each kind’s settings and secrets', async () => {
    const bad = await w.owner.post(path(), {
      kind: 'webhook',
      name: 'Integrasi',
      config: { url: 'ftp://example.com' },
      secrets: { signingSecret: 'rahasia' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues.map((i: any) => i.path).sort()).toEqual(['config.url', 'secrets.signingSecret']);
    expect((await w.owner.post(path(), { kind: 'telegram', name: 'T', config: { chatId: '-1' }, secrets: {} })).status).toBe(400);
    expect((await w.owner.post(path(), { kind: 'pager', name: 'P', config: {}, secrets: {} })).status).toBe(400);
    expect((await w.owner.get(path())).body).toEqual([]);
  });

  it('answers a test with the delivery as it ended, including the platform’s error', async () => {
    const { id, telegram } = await telegramChannel();
    const ok = await w.owner.post(`${path()}/${id}/test`, { language: 'id' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ channelId: id, messageKind: 'test', severity: 'info', status: 'sent', attempts: 1, maxAttempts: 1 });
    expect((telegram.requests[0]?.json as { text: string }).text).toContain('Pesan uji: Grup krisis');

    telegram.rateLimitNext(1, 5);
    const limited = await w.owner.post(`${path()}/${id}/test`, { language: 'en' });
    expect(limited.body).toMatchObject({ status: 'failed', attempts: 1, responseStatus: 429 });
    expect(limited.body.lastError).toBe('Telegram 429: Too Many Requests: retry after 5');
  });

  it('lists the delivery log newest first, filtered and paged, and keeps deleted channels’ names', async () => {
    const { id } = await telegramChannel();
    const svc = w.t.ctx.services.notifications;
    for (let i = 0; i < 3; i++) await svc.notify(w.workspaceId, makeNotification());
    await w.owner.post(`${path()}/${id}/test`, {});
    await svc.idle();
    const all = await w.owner.get(`${path()}/deliveries?limit=2`);
    expect(all.status).toBe(200);
    expect(all.body.items.map((d: any) => d.messageKind)).toEqual(['test', 'alert.raised']);
    const next = await w.owner.get(`${path()}/deliveries?limit=2&cursor=${all.body.nextCursor}`);
    expect(next.body).toMatchObject({ items: [{}, {}], nextCursor: null });
    expect((await w.owner.get(`${path()}/deliveries?messageKind=test`)).body.items).toHaveLength(1);
    expect((await w.owner.get(`${path()}/deliveries?status=sent&channelId=${id}`)).body.items).toHaveLength(4);
    expect((await w.owner.get(`${path()}/deliveries?status=failed`)).body.items).toHaveLength(0);
    expect((await w.owner.get(`${path()}/deliveries?status=lost`)).status).toBe(400);

    expect((await w.owner.delete(`${path()}/${id}`)).status).toBe(200);
    expect((await w.owner.delete(`${path()}/${id}`)).status).toBe(404);
    expect((await w.owner.get(path())).body).toEqual([]);
    const log = await w.owner.get(`${path()}/deliveries`);
    expect(log.body.items).toHaveLength(4);
    expect(log.body.items[0].channelName).toBe('Grup krisis');
    // Deleted channels get nothing more.
    const after = await svc.notify(w.workspaceId, makeNotification());
    expect(after.deliveryIds).toEqual([]);
  });

  it('lets owners and admins manage channels, listeners read them, and nobody else anything', async () => {
    const { id } = await telegramChannel();
    const admin = await inviteMember(w.t, w.owner, w.workspaceId, 'admin');
    const analyst = await inviteMember(w.t, w.owner, w.workspaceId, 'analyst');
    const responder = await inviteMember(w.t, w.owner, w.workspaceId, 'responder');
    const input = { kind: 'teams', name: 'Teams', config: {}, secrets: { webhookUrl: 'https://example.com/workflows/abc' } };

    expect((await admin.post(path(), input)).status).toBe(200);
    expect((await admin.patch(`${path()}/${id}`, { kind: 'telegram', enabled: false })).status).toBe(200);

    expect((await analyst.get(path())).status).toBe(200);
    expect((await analyst.get(`${path()}/deliveries`)).status).toBe(200);
    expect((await analyst.post(path(), input)).status).toBe(403);
    expect((await analyst.patch(`${path()}/${id}`, { kind: 'telegram', name: 'x' })).status).toBe(403);
    expect((await analyst.post(`${path()}/${id}/test`, {})).status).toBe(403);
    expect((await analyst.delete(`${path()}/${id}`)).status).toBe(403);

    expect((await responder.get(path())).status).toBe(403);
    expect((await responder.get(`${path()}/deliveries`)).status).toBe(403);

    const { secret } = await createApiToken(w.owner, w.workspaceId, ['mentions:read', 'mentions:write', 'brands:read']);
    const api = tokenClient(w.t, secret);
    expect((await api.get(path())).status).toBe(403);
    expect((await api.post(path(), input)).status).toBe(403);

    const stranger = w.t.client();
    expect((await stranger.get(path())).status).toBe(401);
    expect((await w.owner.get(`/api/workspaces/${w.workspaceId + 99}/notification-channels`)).status).toBe(404);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const doc = await w.owner.get('/api/openapi.json');
    const paths = Object.keys(doc.body.paths).filter((p) => p.includes('notification-channels'));
    expect(paths.sort()).toEqual([
      '/workspaces/{workspaceId}/notification-channels',
      '/workspaces/{workspaceId}/notification-channels/deliveries',
      '/workspaces/{workspaceId}/notification-channels/{channelId}',
      '/workspaces/{workspaceId}/notification-channels/{channelId}/test',
    ]);
  });
});
