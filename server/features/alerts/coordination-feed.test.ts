import { describe, expect, it } from 'vitest';
import { T0, useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { ingestMentions, makeMention } from '../../../test/support/factories';
import type { StoredMention } from '../../pipeline';
import { POSTS_COUNTED_UP_TO, coordinationFeed } from './coordination-feed';

const HOUR = 3_600_000;
const KEY = 'a1b2c3d4e5f60718';

describe.each(testDialects())('coordination feed (%s)', (dialect) => {
  const w = useWorkspaceApp(dialect);

  it('counts an author’s earlier posts exactly up to one past the low-history limit, and no further', async () => {
    const earlier = (handle: string, n: number) =>
      Array.from({ length: n }, (_, i) =>
        makeMention({ authorHandle: handle, externalId: `${handle}-${i}`, createdAt: T0 - (i + 1) * HOUR }),
      );
    await ingestMentions(w.t, w.workspaceId, [...earlier('prolific', 40), ...earlier('quiet', POSTS_COUNTED_UP_TO - 1)]);
    const authors = await w.t.ctx.db.selectFrom('authors').select(['id', 'handle']).where('workspace_id', '=', w.workspaceId).execute();
    const idOf = (handle: string) => authors.find((a) => a.handle === handle)!.id;
    const post = (handle: string, id: number): StoredMention =>
      ({
        id,
        workspaceId: w.workspaceId,
        authorId: idOf(handle),
        authorHandle: handle,
        line: 1,
        raw: '{}',
        record: { platform: 'twitter', externalId: `${handle}-new`, text: 'Sama persis', createdAt: T0 + HOUR },
        brands: new Map([[1, [1]]]),
        analysis: { clusterKey: KEY },
      }) as unknown as StoredMention;

    const feed = await coordinationFeed(w.t.ctx, w.workspaceId, [post('prolific', 1_000_001), post('quiet', 1_000_002)], T0 - 100 * HOUR);

    const counts = Object.fromEntries((feed.posts.get(1) ?? []).map((p) => [feed.authors.get(p.authorId)!.handle, p.authorPostCount]));
    // 40 earlier posts read as one past the limit: enough to say "not low history", without reading all 40.
    expect(counts).toEqual({ prolific: POSTS_COUNTED_UP_TO, quiet: POSTS_COUNTED_UP_TO - 1 });
  });

  it('counts only posts before the batch began: none for an account first seen since then, however many it has', async () => {
    await ingestMentions(w.t, w.workspaceId, [
      makeMention({ authorHandle: 'lama', externalId: 'lama-0', createdAt: T0 }),
      makeMention({ authorHandle: 'baru', externalId: 'baru-0', createdAt: T0 + 2 * HOUR }),
      makeMention({ authorHandle: 'baru', externalId: 'baru-1', createdAt: T0 + 2 * HOUR + 60_000 }),
    ]);
    const authors = await w.t.ctx.db.selectFrom('authors').select(['id', 'handle']).where('workspace_id', '=', w.workspaceId).execute();
    const post = (handle: string, id: number, createdAt: number): StoredMention =>
      ({
        id,
        workspaceId: w.workspaceId,
        authorId: authors.find((a) => a.handle === handle)!.id,
        authorHandle: handle,
        line: 1,
        raw: '{}',
        record: { platform: 'twitter', externalId: `${handle}-new`, text: 'Sama persis', createdAt },
        brands: new Map([[1, [1]]]),
        analysis: { clusterKey: KEY },
      }) as unknown as StoredMention;

    // The batch begins at T0 + 1 h: `lama` posted before that, `baru` only after it.
    const feed = await coordinationFeed(
      w.t.ctx,
      w.workspaceId,
      [post('lama', 2_000_001, T0 + HOUR), post('baru', 2_000_002, T0 + 3 * HOUR)],
      T0 - 100 * HOUR,
    );

    const counts = Object.fromEntries((feed.posts.get(1) ?? []).map((p) => [feed.authors.get(p.authorId)!.handle, p.authorPostCount]));
    expect(counts).toEqual({ lama: 1, baru: 0 });
  });
});
