import { describe, expect, it } from 'vitest';
import { T0, useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { ingestMentions } from '../../../test/support/factories';

const MINUTE = 60_000;

/** One post as a connector would deliver it each time it polls, with the counters of the moment. */
function sighting(counters: Record<string, number | string>) {
  return {
    platform: 'instagram',
    externalId: 'ig-777',
    text: 'Antrean di gerai pusat tidak bergerak sejak pagi',
    createdAt: T0 - 30 * MINUTE,
    authorHandle: 'pelanggan_setia',
    language: 'id',
    ...counters,
  };
}

describe.each(testDialects())('engagement of posts seen again (%s)', (dialect) => {
  const app = useWorkspaceApp(dialect);

  async function detail() {
    const list = await app.owner.get(`${app.ws}/mentions?limit=10`);
    expect(list.body.items).toHaveLength(1);
    return (await app.owner.get(`${app.ws}/mentions/${list.body.items[0].id}`)).body;
  }

  it('keeps the first sighting as a snapshot, with the velocity over the post’s age', async () => {
    const first = await ingestMentions(app.t, app.workspaceId, [sighting({ likes: 40, comments: 5, shares: 5 })]);
    expect(first).toMatchObject({ imported: 1, duplicates: 0, engagementUpdated: 0 });
    const mention = await detail();
    expect(mention.engagement.snapshots).toEqual([{ observedAt: T0, likes: 40, comments: 5, shares: 5, views: 0, reach: 0 }]);
    expect(mention.engagement.velocity).toMatchObject({ perHour: 100, engagement: 50, basis: 'age', from: T0 - 30 * MINUTE, to: T0 });
  });

  it('raises the counters of a post seen again with higher ones, adds a snapshot and counts it', async () => {
    await ingestMentions(app.t, app.workspaceId, [sighting({ likes: 40, comments: 5, shares: 5 })]);
    app.t.clock.advance(20 * MINUTE);
    const again = await app.owner.post(`${app.ws}/mentions/batch`, {
      mentions: [sighting({ likes: 240, comments: 25, shares: 35, views: 9000 })],
    });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ received: 1, imported: 0, duplicates: 1, engagementUpdated: 1, rejected: [] });

    const mention = await detail();
    expect(mention).toMatchObject({ likes: 240, comments: 25, shares: 35, views: 9000 });
    expect(mention.engagement.snapshots.map((s: any) => [s.observedAt, s.likes, s.comments, s.shares])).toEqual([
      [T0, 40, 5, 5],
      [T0 + 20 * MINUTE, 240, 25, 35],
    ]);
    // 250 more in the 20 minutes since the first sighting: 750 an hour.
    expect(mention.engagement.velocity).toMatchObject({ perHour: 750, gained: 250, engagement: 300, basis: 'snapshots' });
  });

  it('changes nothing for a post seen again with equal or lower counters, or none at all', async () => {
    await ingestMentions(app.t, app.workspaceId, [sighting({ likes: 40, comments: 5, shares: 5, reach: 800 })]);
    const before = await detail();
    const seenAgain: Record<string, number>[] = [{ likes: 40, comments: 5, shares: 5 }, { likes: 12, comments: 1 }, { reach: 500 }, {}];
    for (const counters of seenAgain) {
      app.t.clock.advance(10 * MINUTE);
      const result = await ingestMentions(app.t, app.workspaceId, [sighting(counters)]);
      expect(result).toMatchObject({ imported: 0, duplicates: 1, engagementUpdated: 0 });
    }
    expect(await detail()).toEqual(before);
  });

  it('never lowers a counter: a lower one stays, a higher one beside it is raised', async () => {
    await ingestMentions(app.t, app.workspaceId, [sighting({ likes: 40, comments: 5, shares: 5 })]);
    app.t.clock.advance(15 * MINUTE);
    const result = await ingestMentions(app.t, app.workspaceId, [sighting({ likes: 30, shares: 9 })]);
    expect(result.engagementUpdated).toBe(1);
    const mention = await detail();
    expect(mention).toMatchObject({ likes: 40, comments: 5, shares: 9 });
    expect(mention.engagement.snapshots.at(-1)).toMatchObject({ observedAt: T0 + 15 * MINUTE, likes: 40, comments: 5, shares: 9 });
  });

  it('stores one snapshot when the same sighting is delivered twice at once', async () => {
    await ingestMentions(app.t, app.workspaceId, [sighting({ likes: 1 })]);
    app.t.clock.advance(MINUTE);
    expect((await ingestMentions(app.t, app.workspaceId, [sighting({ likes: 7 })])).engagementUpdated).toBe(1);
    expect((await ingestMentions(app.t, app.workspaceId, [sighting({ likes: 7 })])).engagementUpdated).toBe(0);
    expect((await detail()).engagement.snapshots).toHaveLength(2);
  });

  it('rejects bad counters with a clear error and changes nothing', async () => {
    await ingestMentions(app.t, app.workspaceId, [sighting({ likes: 40 })]);
    const before = await detail();
    app.t.clock.advance(10 * MINUTE);
    const res = await app.owner.post(`${app.ws}/mentions/batch`, { mentions: [sighting({ likes: -5 }), sighting({ shares: 'banyak' })] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ imported: 0, duplicates: 0, engagementUpdated: 0 });
    expect(res.body.rejected).toEqual([
      { line: 1, field: 'likes', reason: 'likes: must not be negative' },
      { line: 2, field: 'shares', reason: expect.stringMatching(/^shares: /) },
    ]);
    expect(await detail()).toEqual(before);
  });
});
