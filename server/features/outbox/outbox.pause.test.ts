import { describe, expect, it } from 'vitest';
import { T0, useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { insertAlert } from '../../../test/support/incidents';
import { createSandboxAccount, schedulePost } from '../../../test/support/outbox';
import { createSandboxConnector } from '../../connectors/sandbox/sandbox-channel';
import { SYSTEM_ACTOR } from '../../security/actor';
import { enqueueOutgoing } from './outbox-enqueue';

const MINUTE = 60_000;

describe.each(testDialects())('outbox and the pause switch (%s)', (dialect) => {
  const app = useWorkspaceApp(dialect);
  const item = async (id: number) => (await app.owner.get(`${app.ws}/outbox/${id}`)).body;

  it('holds scheduled posts of a paused brand with the reason, lets a reply out, and releases the posts on resume', async () => {
    const { accountId, brandId } = await createSandboxAccount(app.owner, app.workspaceId);
    const post = await schedulePost(app.owner, app.workspaceId, accountId, T0 + MINUTE);
    const pause = await app.owner.post(`${app.ws}/pauses`, { brandId, reason: 'Krisis keracunan: tahan promo' });
    expect(pause.status).toBe(200);
    const reply = await enqueueOutgoing(
      app.t.ctx.db,
      {
        workspaceId: app.workspaceId,
        accountId,
        kind: 'reply',
        text: 'Mohon maaf, Kak. Kami cek sekarang.',
        targetExternalId: 'c-77',
        idempotencyKey: 'reply:77',
      },
      SYSTEM_ACTOR,
      T0,
    );

    app.t.clock.advance(MINUTE);
    expect(await app.t.ctx.sendOutbox()).toMatchObject({ sent: 1, held: 1 });
    expect(await item(post.id)).toMatchObject({ state: 'held', heldReason: 'Krisis keracunan: tahan promo', attempts: 0 });
    expect(await item(reply.id)).toMatchObject({ state: 'sent', action: 'reply', targetExternalId: 'c-77' });
    const held = await app.owner.get(`${app.ws}/outbox?state=held`);
    expect(held.body.map((i: any) => i.id)).toEqual([post.id]);

    // Still paused: nothing moves.
    app.t.clock.advance(MINUTE);
    expect(await app.t.ctx.sendOutbox()).toMatchObject({ sent: 0, released: 0 });

    expect((await app.owner.post(`${app.ws}/pauses/${pause.body.id}/resume`)).status).toBe(200);
    app.t.clock.advance(MINUTE);
    expect(await app.t.ctx.sendOutbox()).toMatchObject({ released: 1, sent: 1 });
    expect(await item(post.id)).toMatchObject({ state: 'sent', heldReason: null, attempts: 1 });
    const posts = (await app.owner.get(`${app.ws}/accounts/${accountId}/sandbox-posts`)).body as any[];
    expect(posts.map((p) => p.action).sort()).toEqual(['publish', 'reply']);
    const audit = ((await app.owner.get(`${app.ws}/audit?action=outbox.`)).body.items as any[]).map((e) => e.action);
    expect(audit.filter((a) => a === 'outbox.held' || a === 'outbox.released')).toEqual(['outbox.released', 'outbox.held']);
  });

  it('cancels a held post', async () => {
    const { accountId, brandId } = await createSandboxAccount(app.owner, app.workspaceId);
    const post = await schedulePost(app.owner, app.workspaceId, accountId, T0);
    const pause = await app.owner.post(`${app.ws}/pauses`, { brandId, reason: 'Krisis' });
    await app.t.ctx.sendOutbox();
    expect((await app.owner.post(`${app.ws}/outbox/${post.id}/cancel`)).body).toMatchObject({ state: 'cancelled' });
    await app.owner.post(`${app.ws}/pauses/${pause.body.id}/resume`);
    expect(await app.t.ctx.sendOutbox()).toMatchObject({ released: 0, sent: 0 });
  });

  it('sandbox: the same idempotency key twice answers the same receipt and records one post', async () => {
    const { accountId } = await createSandboxAccount(app.owner, app.workspaceId);
    const sandbox = createSandboxConnector(app.t.ctx);
    const account = { id: accountId, workspaceId: app.workspaceId, platform: 'sandbox' as const, handle: 'rasamie_id' };
    const first = await sandbox.perform(account, { action: 'hide', idempotencyKey: 'hide:1', targetExternalId: 'c-9' });
    app.t.clock.advance(MINUTE);
    const again = await sandbox.perform(account, { action: 'hide', idempotencyKey: 'hide:1', targetExternalId: 'c-9' });
    expect(first.ok && again.ok).toBe(true);
    expect(again).toEqual(first);
    const block = await sandbox.perform(account, { action: 'block', idempotencyKey: 'block:1', authorHandle: 'troll' });
    expect(block.ok && block.receipt.action).toBe('block');
    const posts = (await app.owner.get(`${app.ws}/accounts/${accountId}/sandbox-posts`)).body as any[];
    expect(posts.map((p) => [p.action, p.targetExternalId, p.authorHandle])).toEqual([
      ['block', null, 'troll'],
      ['hide', 'c-9', null],
    ]);
  });

  it('refuses a sandbox listing for an account on another platform', async () => {
    const { brandId } = await createSandboxAccount(app.owner, app.workspaceId);
    const x = await app.owner.post(`${app.ws}/accounts`, { brandId, platform: 'x', handle: '@rasamie', displayName: 'Rasamie' });
    expect(x.body).toMatchObject({ handle: 'rasamie', connected: false });
    expect((await app.owner.get(`${app.ws}/accounts/${x.body.id}/sandbox-posts`)).status).toBe(400);
    const dup = await app.owner.post(`${app.ws}/accounts`, { brandId, platform: 'x', handle: 'rasamie', displayName: 'Lagi' });
    expect(dup.status).toBe(409);
  });

  it('tells an incident timeline of each delivery with its receipt, and of a final failure, exactly once', async () => {
    const { accountId, brandId } = await createSandboxAccount(app.owner, app.workspaceId);
    const alertId = await insertAlert(app.t, app.workspaceId, brandId);
    const incident = (await app.owner.post(`${app.ws}/incidents`, { alertId })).body;
    const queue = (key: string, id: number) =>
      enqueueOutgoing(
        app.t.ctx.db,
        {
          workspaceId: app.workspaceId,
          accountId,
          kind: 'statement',
          text: 'Pembaruan: produk batch 12 ditarik. Info: 0800-123.',
          idempotencyKey: key,
          source: { type: 'statement', id, incidentId: incident.id },
        },
        SYSTEM_ACTOR,
        T0,
      );
    await queue('statement:1', 1);
    await app.owner.put(`${app.ws}/accounts/${accountId}/sandbox-failures`, { count: 1, retryable: false, message: 'akun dibatasi' });
    await queue('statement:2', 2);
    // A third item without an incident leaves every timeline alone.
    await enqueueOutgoing(
      app.t.ctx.db,
      { workspaceId: app.workspaceId, accountId, kind: 'statement', text: 'Halo', idempotencyKey: 'statement:3' },
      SYSTEM_ACTOR,
      T0,
    );
    expect(await app.t.ctx.sendOutbox()).toMatchObject({ sent: 2, failed: 1 });
    await app.t.ctx.sendOutbox();

    const timeline = (await app.owner.get(`${app.ws}/incidents/${incident.id}/timeline?kinds=delivered,delivery_failed`)).body as any[];
    expect(timeline.map((e) => e.kind).sort()).toEqual(['delivered', 'delivery_failed']);
    const delivered = timeline.find((e) => e.kind === 'delivered');
    expect(delivered.details).toMatchObject({ kind: 'statement', channel: 'sandbox', handle: 'rasamie_id', sourceType: 'statement' });
    expect(delivered.details.url).toMatch(/^http/);
    expect(timeline.find((e) => e.kind === 'delivery_failed').details.error).toMatch(/akun dibatasi/);
  });
});
