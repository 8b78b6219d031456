import { describe, expect, it } from 'vitest';
import { T0, useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { createSandboxAccount, schedulePost } from '../../../test/support/outbox';
import { createChannelRegistry } from '../../connectors';
import { createLiveEvents } from '../../events/live-events';
import { createOutboxWorker } from './outbox.worker';

describe.each(testDialects())('outbox worker (%s)', (dialect) => {
  const app = useWorkspaceApp(dialect);

  it('never sends an item twice when two workers run at once', async () => {
    const { accountId } = await createSandboxAccount(app.owner, app.workspaceId);
    const items = [];
    for (let i = 0; i < 5; i++) items.push(await schedulePost(app.owner, app.workspaceId, accountId, T0, `Posting ${i}`));
    // Two processes' workers: each its own registry and in-process guard, one database.
    const workers = [0, 1].map(() =>
      createOutboxWorker(app.t.ctx, {
        channels: createChannelRegistry(app.t.ctx),
        activePause: () => Promise.resolve(null),
        events: createLiveEvents(),
      }),
    );
    const results = await Promise.all(workers.map((send) => send()));
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(5);
    const posts = (await app.owner.get(`${app.ws}/accounts/${accountId}/sandbox-posts`)).body as any[];
    expect(posts).toHaveLength(5);
    for (const item of items)
      expect((await app.owner.get(`${app.ws}/outbox/${item.id}`)).body).toMatchObject({ state: 'sent', attempts: 1 });
  });

  it('puts an item interrupted mid-send back in the queue, and the idempotency key keeps it to one post', async () => {
    const { accountId } = await createSandboxAccount(app.owner, app.workspaceId);
    const item = await schedulePost(app.owner, app.workspaceId, accountId, T0);
    await app.t.ctx.sendOutbox();
    // As if the process died after the platform posted but before the receipt was stored.
    await app.t.ctx.db
      .updateTable('outbox_items')
      .set({ state: 'sending', receipt: null, updated_at: T0 })
      .where('id', '=', item.id)
      .execute();
    app.t.clock.advance(5 * 60_000);
    expect(await app.t.ctx.sendOutbox()).toMatchObject({ sent: 0 });
    app.t.clock.advance(6 * 60_000);
    expect(await app.t.ctx.sendOutbox()).toMatchObject({ sent: 1 });
    const after = (await app.owner.get(`${app.ws}/outbox/${item.id}`)).body;
    expect(after).toMatchObject({ state: 'sent', attempts: 2 });
    expect(after.receipt.at).toBe(T0);
    expect((await app.owner.get(`${app.ws}/accounts/${accountId}/sandbox-posts`)).body).toHaveLength(1);
  });
});
