import { afterEach, describe, expect, it } from 'vitest';
import { createAppContext } from '../../app-context';
import { createLogger } from '../../logger';
import { startSmtpFake } from '../../../test/fakes/smtp/smtp.fake';
import { FAKE_TELEGRAM_TOKEN, startTelegramFake } from '../../../test/fakes/telegram/telegram.fake';
import { useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { addChannel, addWebhookChannel, makeNotification } from '../../../test/support/notifications';
import { RETRY_CAP_MS } from './retry-policy';

describe.each(testDialects())('notification delivery (%s)', (dialect) => {
  const w = useWorkspaceApp(dialect);
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  const service = () => w.t.ctx.services.notifications;
  const deliveries = async () => (await service().listDeliveries(w.workspaceId, { limit: 50 })).items;

  const webhookChannel = () => addWebhookChannel(w, 'Integrasi', closers);

  it('reaches a webhook at once, without waiting for the background loop', async () => {
    const { receiver } = await webhookChannel();
    await service().notify(w.workspaceId, makeNotification());
    await receiver.waitForRequests(1, 1000);
    expect(receiver.verified).toHaveLength(1);
  });

  it('retries while a channel is down, with the same webhook-id, and then succeeds', async () => {
    const { receiver, channelId } = await webhookChannel();
    receiver.failNext(2, { status: 503, body: { error: 'maintenance' } });
    const { deliveryIds } = await service().notify(w.workspaceId, makeNotification(), [channelId]);
    await service().idle();
    let [delivery] = await deliveries();
    expect(delivery).toMatchObject({ id: deliveryIds[0], status: 'retrying', attempts: 1, responseStatus: 503 });
    expect(delivery?.lastError).toContain('HTTP 503');
    const firstWait = (delivery?.nextAttemptAt ?? 0) - w.t.clock.now();
    expect(firstWait).toBeGreaterThanOrEqual(2_500);
    expect(firstWait).toBeLessThanOrEqual(5_000);

    expect(await service().dispatchDue()).toBe(0);
    w.t.clock.advance(5_000);
    expect(await service().dispatchDue()).toBe(1);
    w.t.clock.advance(10_000);
    expect(await service().dispatchDue()).toBe(1);
    [delivery] = await deliveries();
    expect(delivery).toMatchObject({ status: 'sent', attempts: 3, responseStatus: 204, lastError: null, nextAttemptAt: null });
    expect(receiver.requests).toHaveLength(3);
    expect(new Set(receiver.requests.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(receiver.processedIds()).toEqual([delivery?.providerMessageId]);

    w.t.clock.advance(RETRY_CAP_MS);
    expect(await service().dispatchDue()).toBe(0);
    expect(receiver.requests).toHaveLength(3);
  });

  it('waits as long as Retry-After asks before trying Telegram again', async () => {
    const telegram = await startTelegramFake();
    closers.push(() => telegram.close());
    const channelId = await addChannel(w.owner, w.workspaceId, {
      kind: 'telegram',
      name: 'Telegram',
      config: { chatId: '-100200300', apiBaseUrl: telegram.url },
      secrets: { botToken: FAKE_TELEGRAM_TOKEN },
    });
    telegram.rateLimitNext(1, 30);
    await service().notify(w.workspaceId, makeNotification(), [channelId]);
    await service().idle();
    const [delivery] = await deliveries();
    expect(delivery).toMatchObject({ status: 'retrying', responseStatus: 429, nextAttemptAt: w.t.clock.now() + 30_000 });
    w.t.clock.advance(29_999);
    expect(await service().dispatchDue()).toBe(0);
    w.t.clock.advance(1);
    expect(await service().dispatchDue()).toBe(1);
    expect((await deliveries())[0]).toMatchObject({ status: 'sent', attempts: 2 });
    expect(telegram.requests).toHaveLength(2);
  });

  it('gives up after the last attempt and records the failure', async () => {
    const { receiver, channelId } = await webhookChannel();
    receiver.failNext(100, { status: 500, body: 'boom' });
    await service().notify(w.workspaceId, makeNotification(), [channelId]);
    await service().idle();
    for (let i = 0; i < 20; i++) {
      w.t.clock.advance(RETRY_CAP_MS);
      await service().dispatchDue();
    }
    const [delivery] = await deliveries();
    const max = w.t.ctx.config.notifications.maxAttempts;
    expect(delivery).toMatchObject({ status: 'failed', attempts: max, maxAttempts: max, responseStatus: 500, nextAttemptAt: null });
    expect(delivery?.lastError).toBe('HTTP 500: boom');
    expect(receiver.requests).toHaveLength(max);
  });

  it('does not retry a permanent SMTP refusal, but retries a temporary one', async () => {
    const smtp = await startSmtpFake();
    closers.push(smtp.close);
    const channelId = await addChannel(w.owner, w.workspaceId, {
      kind: 'email',
      name: 'Surel',
      config: { to: ['lead@toko.example'], host: smtp.host, port: smtp.port },
      secrets: {},
    });
    smtp.failNext(1, 550, 'Mailbox unavailable');
    const permanent = await service().notify(w.workspaceId, makeNotification(), [channelId]);
    await service().idle();
    smtp.failNext(1, 451, 'Try again later');
    const temporary = await service().notify(w.workspaceId, makeNotification(), [channelId]);
    await service().idle();
    const byId = new Map((await deliveries()).map((d) => [d.id, d]));
    expect(byId.get(permanent.deliveryIds[0]!)).toMatchObject({ status: 'failed', attempts: 1, responseStatus: 550 });
    expect(byId.get(temporary.deliveryIds[0]!)).toMatchObject({ status: 'retrying', attempts: 1, responseStatus: 451 });
  });

  it('never delivers the same dedupe key twice to a channel, however often it is notified', async () => {
    const { receiver, channelId } = await webhookChannel();
    const message = makeNotification({ dedupeKey: 'alert:42:raised' });
    const first = await service().notify(w.workspaceId, message);
    const again = await service().notify(w.workspaceId, { ...message, title: 'diubah' });
    await service().idle();
    expect(first).toMatchObject({ created: true, deliveryIds: [expect.any(Number)] });
    expect(again).toEqual({ messageId: first.messageId, created: false, deliveryIds: [] });
    expect(receiver.verified).toHaveLength(1);

    // A channel added later gets the message when it is notified again; the first channel does not.
    const later = await webhookChannel();
    const third = await service().notify(w.workspaceId, message);
    await service().idle();
    expect(third.deliveryIds).toHaveLength(1);
    expect(later.receiver.verified).toHaveLength(1);
    expect(receiver.verified).toHaveLength(1);
    expect(channelId).not.toBe(later.channelId);
  });

  it('sends a retry once even when two processes look for due deliveries together', async () => {
    const { receiver, channelId } = await webhookChannel();
    receiver.failNext(1, { status: 502 });
    await service().notify(w.workspaceId, makeNotification(), [channelId]);
    await service().idle();
    // A second Siaga process on the same database (or this one after a restart).
    const other = createAppContext({
      config: w.t.ctx.config,
      clock: w.t.clock,
      database: w.t.ctx.database,
      logger: createLogger('silent'),
    });
    w.t.clock.advance(RETRY_CAP_MS);
    const made = await Promise.all([service().dispatchDue(), other.services.notifications.dispatchDue()]);
    expect(made.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(receiver.requests).toHaveLength(2);
    expect(receiver.verified).toHaveLength(1);
    expect((await deliveries())[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('takes over a delivery whose sender died mid-attempt once its claim expires, with the same webhook-id', async () => {
    const { receiver, channelId } = await webhookChannel();
    receiver.failNext(1, { status: 500 });
    const { deliveryIds } = await service().notify(w.workspaceId, makeNotification(), [channelId]);
    await service().idle();
    // What a crash leaves behind: claimed for attempt 2, never finished.
    await w.t.ctx.db
      .updateTable('notification_deliveries')
      .set({ status: 'sending', attempts: 2, lease_until: w.t.clock.now() + 40_000 })
      .where('id', '=', deliveryIds[0]!)
      .execute();
    w.t.clock.advance(39_000);
    expect(await service().dispatchDue()).toBe(0);
    w.t.clock.advance(1_000);
    expect(await service().dispatchDue()).toBe(1);
    expect((await deliveries())[0]).toMatchObject({ status: 'sent', attempts: 3 });
    expect(receiver.requests.map((r) => r.headers['webhook-id'])).toEqual([
      receiver.requests[0]?.headers['webhook-id'],
      receiver.requests[0]?.headers['webhook-id'],
    ]);
  });

  it('sends only to enabled channels, and only to the ones asked for', async () => {
    const a = await webhookChannel();
    const b = await webhookChannel();
    const c = await webhookChannel();
    const patch = await w.owner.patch(`${w.ws}/notification-channels/${c.channelId}`, { kind: 'webhook', enabled: false });
    expect(patch.status).toBe(200);
    await service().notify(w.workspaceId, makeNotification());
    await service().notify(w.workspaceId, makeNotification(), [b.channelId, c.channelId]);
    await service().idle();
    expect([a.receiver.verified.length, b.receiver.verified.length, c.receiver.verified.length]).toEqual([1, 2, 0]);
  });
});
