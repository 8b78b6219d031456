import { describe, expect, it } from 'vitest';
import { T0, useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { inviteMember, userIdOf } from '../../../test/support/factories';
import { createSandboxAccount, grantPublishing, schedulePost } from '../../../test/support/outbox';
import { enqueueOutgoing } from './outbox-enqueue';

/** The first retry's full delay (notifications' retry policy, which the outbox shares). */
const RETRY_BASE_MS = 5_000;

const MINUTE = 60_000;

describe.each(testDialects())('outbox (%s)', (dialect) => {
  const app = useWorkspaceApp(dialect);
  const item = async (id: number) => (await app.owner.get(`${app.ws}/outbox/${id}`)).body;
  const sandbox = async (accountId: number) => (await app.owner.get(`${app.ws}/accounts/${accountId}/sandbox-posts`)).body as any[];

  it('sends a scheduled post once, at its time, to the sandbox with a receipt, and audits it', async () => {
    const { accountId, brandId } = await createSandboxAccount(app.owner, app.workspaceId);
    const queued = await schedulePost(app.owner, app.workspaceId, accountId, T0 + 30 * MINUTE);
    expect(queued).toMatchObject({
      kind: 'scheduled_post',
      action: 'publish',
      state: 'queued',
      brandId,
      brandName: 'Rasamie',
      attempts: 0,
    });
    expect(queued.account).toMatchObject({ id: accountId, platform: 'sandbox', handle: 'rasamie_id', displayName: 'Rasamie Official' });

    expect(await app.t.ctx.sendOutbox()).toMatchObject({ sent: 0 });
    app.t.clock.advance(30 * MINUTE);
    expect(await app.t.ctx.sendOutbox()).toMatchObject({ sent: 1 });
    expect(await app.t.ctx.sendOutbox()).toMatchObject({ sent: 0 });

    const sent = await item(queued.id);
    const posts = await sandbox(accountId);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ action: 'publish', text: 'Promo akhir pekan: diskon 20%!', idempotencyKey: queued.idempotencyKey });
    expect(sent).toMatchObject({ state: 'sent', attempts: 1, sentAt: T0 + 30 * MINUTE, error: null });
    expect(sent.receipt).toEqual({
      channel: 'sandbox',
      accountId,
      action: 'publish',
      externalId: posts[0].externalId,
      url: posts[0].url,
      at: T0 + 30 * MINUTE,
    });

    const audit = ((await app.owner.get(`${app.ws}/audit?action=outbox.`)).body.items as any[]).map((e) => e.action);
    expect(audit).toEqual(['outbox.sent', 'outbox.enqueued']);
  });

  it('backs off exponentially after failures and sends once when the channel recovers', async () => {
    const { accountId } = await createSandboxAccount(app.owner, app.workspaceId);
    const fail = await app.owner.put(`${app.ws}/accounts/${accountId}/sandbox-failures`, { count: 2, message: 'Layanan sedang gangguan' });
    expect(fail.status).toBe(200);
    const queued = await schedulePost(app.owner, app.workspaceId, accountId, T0);

    expect(await app.t.ctx.sendOutbox()).toMatchObject({ retrying: 1, sent: 0 });
    let now = await item(queued.id);
    expect(now).toMatchObject({ state: 'queued', attempts: 1, error: 'Layanan sedang gangguan' });
    // Between half and all of the base delay after the first failure, twice that after the second.
    expect(now.nextAttemptAt - T0).toBeGreaterThanOrEqual(RETRY_BASE_MS / 2);
    expect(now.nextAttemptAt - T0).toBeLessThanOrEqual(RETRY_BASE_MS);
    expect(await app.t.ctx.sendOutbox()).toMatchObject({ retrying: 0, sent: 0 });

    app.t.clock.set(now.nextAttemptAt);
    await app.t.ctx.sendOutbox();
    const second = await item(queued.id);
    expect(second).toMatchObject({ state: 'queued', attempts: 2 });
    expect(second.nextAttemptAt - now.nextAttemptAt).toBeGreaterThanOrEqual(RETRY_BASE_MS);
    expect(second.nextAttemptAt - now.nextAttemptAt).toBeLessThanOrEqual(2 * RETRY_BASE_MS);

    app.t.clock.set(second.nextAttemptAt);
    expect(await app.t.ctx.sendOutbox()).toMatchObject({ sent: 1 });
    now = await item(queued.id);
    expect(now).toMatchObject({ state: 'sent', attempts: 3, error: null });
    expect(await sandbox(accountId)).toHaveLength(1);
  });

  it('fails for good on a refusal, and a retry by hand sends it without a duplicate', async () => {
    const { accountId } = await createSandboxAccount(app.owner, app.workspaceId);
    await app.owner.put(`${app.ws}/accounts/${accountId}/sandbox-failures`, { count: 1, retryable: false, message: 'Akun dibatasi' });
    const queued = await schedulePost(app.owner, app.workspaceId, accountId, T0);
    expect(await app.t.ctx.sendOutbox()).toMatchObject({ failed: 1 });
    expect(await item(queued.id)).toMatchObject({ state: 'failed', attempts: 1, error: 'Akun dibatasi', nextAttemptAt: null });
    expect((await app.owner.post(`${app.ws}/outbox/${queued.id}/cancel`)).status).toBe(409);

    const retried = await app.owner.post(`${app.ws}/outbox/${queued.id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ state: 'queued', attempts: 0, error: null });
    expect(await app.t.ctx.sendOutbox()).toMatchObject({ sent: 1 });
    expect((await app.owner.post(`${app.ws}/outbox/${queued.id}/retry`)).status).toBe(409);
    expect(await sandbox(accountId)).toHaveLength(1);
    const audit = ((await app.owner.get(`${app.ws}/audit?action=outbox.`)).body.items as any[]).map((e) => e.action);
    expect(audit).toEqual(['outbox.sent', 'outbox.retried', 'outbox.failed', 'outbox.enqueued']);
  });

  it('cancels a queued post so it never goes out', async () => {
    const { accountId } = await createSandboxAccount(app.owner, app.workspaceId);
    const queued = await schedulePost(app.owner, app.workspaceId, accountId, T0 + MINUTE);
    const cancelled = await app.owner.post(`${app.ws}/outbox/${queued.id}/cancel`);
    expect(cancelled.body).toMatchObject({ state: 'cancelled' });
    app.t.clock.advance(MINUTE);
    expect(await app.t.ctx.sendOutbox()).toMatchObject({ sent: 0 });
    expect(await sandbox(accountId)).toHaveLength(0);
    const list = await app.owner.get(`${app.ws}/outbox?state=cancelled`);
    expect(list.body.map((i: any) => i.id)).toEqual([queued.id]);
    expect((await app.owner.get(`${app.ws}/outbox?state=queued`)).body).toEqual([]);
  });

  it('queues the same idempotency key once', async () => {
    const { accountId } = await createSandboxAccount(app.owner, app.workspaceId);
    const body = { accountId, text: 'Halo', scheduledAt: T0, idempotencyKey: 'kampanye-1' };
    const first = await app.owner.post(`${app.ws}/outbox/scheduled-posts`, body);
    const again = await app.owner.post(`${app.ws}/outbox/scheduled-posts`, body);
    expect(again.body.id).toBe(first.body.id);
    expect((await app.owner.get(`${app.ws}/outbox`)).body).toHaveLength(1);
  });

  it('refuses bad input by field and changes nothing', async () => {
    const { accountId } = await createSandboxAccount(app.owner, app.workspaceId);
    const empty = await app.owner.post(`${app.ws}/outbox/scheduled-posts`, { accountId, text: '   ', scheduledAt: T0 });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/text/);
    const stranger = await app.owner.post(`${app.ws}/outbox/scheduled-posts`, { accountId: 9999, text: 'Halo', scheduledAt: T0 });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.message).toMatch(/accountId/);
    const when = await app.owner.post(`${app.ws}/outbox/scheduled-posts`, { accountId, text: 'Halo', scheduledAt: 'besok' });
    expect(when.body.error.message).toMatch(/scheduledAt/);
    expect((await app.owner.get(`${app.ws}/outbox`)).body).toEqual([]);
  });

  it('lets responders schedule, analysts only read, viewers nothing; only managers add accounts', async () => {
    const { accountId, brandId } = await createSandboxAccount(app.owner, app.workspaceId);
    const responder = await inviteMember(app.t, app.owner, app.workspaceId, 'responder');
    const analyst = await inviteMember(app.t, app.owner, app.workspaceId, 'analyst');
    const viewer = await inviteMember(app.t, app.owner, app.workspaceId, 'viewer');
    await grantPublishing(app.owner, app.workspaceId, accountId, responder);
    const queued = await schedulePost(responder, app.workspaceId, accountId, T0 + MINUTE);
    expect((await analyst.get(`${app.ws}/outbox`)).status).toBe(200);
    expect((await analyst.post(`${app.ws}/outbox/${queued.id}/cancel`)).status).toBe(403);
    expect((await analyst.post(`${app.ws}/outbox/scheduled-posts`, { accountId, text: 'Halo', scheduledAt: T0 })).status).toBe(403);
    expect((await viewer.get(`${app.ws}/outbox`)).status).toBe(403);
    expect((await viewer.get(`${app.ws}/accounts`)).status).toBe(200);
    const add = await responder.post(`${app.ws}/accounts`, { brandId, platform: 'x', handle: 'rasamie', displayName: 'Rasamie' });
    expect(add.status).toBe(403);
    expect((await responder.put(`${app.ws}/accounts/${accountId}/sandbox-failures`, { count: 1 })).status).toBe(403);
    expect(await item(queued.id)).toMatchObject({ state: 'queued', createdBy: 'Anggota responder' });
  });

  it('lets only members granted the right post as an account, and audits grants', async () => {
    const { accountId } = await createSandboxAccount(app.owner, app.workspaceId);
    const responder = await inviteMember(app.t, app.owner, app.workspaceId, 'responder');
    const post = () => responder.post(`${app.ws}/outbox/scheduled-posts`, { accountId, text: 'Halo', scheduledAt: T0 });
    const refused = await post();
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/publishing right on owned account/);
    expect((await app.owner.get(`${app.ws}/outbox`)).body).toEqual([]);

    const responderId = await userIdOf(responder);
    expect((await responder.put(`${app.ws}/accounts/${accountId}/publishers/${responderId}`, {})).status).toBe(403);
    const granted = await app.owner.put(`${app.ws}/accounts/${accountId}/publishers/${responderId}`, {});
    expect(granted.status).toBe(200);
    expect(granted.body.map((p: { name: string }) => p.name)).toEqual(['Anggota responder', 'Sari Owner']);
    expect((await post()).status).toBe(200);

    const revoked = await app.owner.delete(`${app.ws}/accounts/${accountId}/publishers/${responderId}`);
    expect(revoked.body.map((p: { userId: number }) => p.userId)).not.toContain(responderId);
    expect((await post()).status).toBe(403);
    const stranger = await app.owner.put(`${app.ws}/accounts/${accountId}/publishers/99999`, {});
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.message).toMatch(/userId/);
    const audit = await app.owner.get(`${app.ws}/audit`);
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['account.publisher_granted', 'account.publisher_revoked']));
  });
  it('shows who queued an item and who approved its send, enqueued as the author', async () => {
    const { accountId } = await createSandboxAccount(app.owner, app.workspaceId);
    const responder = await inviteMember(app.t, app.owner, app.workspaceId, 'responder');
    await grantPublishing(app.owner, app.workspaceId, accountId, responder);
    const author = { userId: await userIdOf(responder), tokenId: null, ip: null };
    const approver = await userIdOf(app.owner);
    const { id } = await app.t.ctx.db.transaction().execute((trx) =>
      enqueueOutgoing(
        trx,
        {
          workspaceId: app.workspaceId,
          accountId,
          kind: 'reply',
          text: 'Mohon maaf, kami cek ya',
          targetExternalId: 'c-1',
          idempotencyKey: 'r-1',
          approvedBy: approver,
        },
        author,
        T0,
      ),
    );
    expect(await item(id)).toMatchObject({ createdBy: 'Anggota responder', approvedBy: 'Sari Owner' });
    const post = await schedulePost(responder, app.workspaceId, accountId, T0 + MINUTE);
    expect(post).toMatchObject({ createdBy: 'Anggota responder', approvedBy: null });
    const enqueued = (await app.owner.get(`${app.ws}/audit?action=outbox.enqueued`)).body.items as any[];
    expect(enqueued.map((e) => e.details.approvedBy)).toEqual([null, approver]);
  });
});
