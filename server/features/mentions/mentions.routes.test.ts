import { describe, expect, it } from 'vitest';
import { T0, useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { createBrand, ingestMentions, makeMention } from '../../../test/support/factories';

const HOUR = 3_600_000;

describe.each(testDialects())('mentions list, search and detail (%s)', (dialect) => {
  const app = useWorkspaceApp(dialect);

  const list = async (query = '') => {
    const res = await app.owner.get(`${app.ws}/mentions${query ? `?${query}` : ''}`);
    expect(res.status).toBe(200);
    return res.body as { items: any[]; nextCursor: string | null };
  };
  const idsOf = async (query = '') => (await list(query)).items.map((m) => m.externalId as string);

  /** Walks every page and returns the mentions in the order they came. */
  const walk = async (query: string) => {
    const seen: any[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 50; page++) {
      const body = await list(`${query}${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...body.items);
      cursor = body.nextCursor;
      if (!cursor) return seen;
    }
    throw new Error('paging did not end');
  };

  const seed = async () => {
    await ingestMentions(app.t, app.workspaceId, [
      makeMention({
        externalId: 'tw-kecewa',
        platform: 'twitter',
        language: 'id',
        authorHandle: '@Budi_S',
        text: 'Saya kecewanya bukan main sama pelayanan Indomie',
        createdAt: T0 - 1 * HOUR,
      }),
      makeMention({
        externalId: 'ig-en',
        platform: 'instagram',
        language: 'en',
        authorHandle: 'jane',
        text: 'Indomie is my favourite late night snack',
        createdAt: T0 - 2 * HOUR,
      }),
      makeMention({
        externalId: 'tt-antre',
        platform: 'tiktok',
        language: 'id',
        authorHandle: 'budi_s',
        text: 'Antrean panjang di kasir, mie instan habis',
        createdAt: T0 - 3 * HOUR,
      }),
      makeMention({
        externalId: 'tw-kopi',
        platform: 'twitter',
        language: 'id',
        authorHandle: 'sari',
        text: 'Kopi susu gula aren paling enak',
        createdAt: T0 - 4 * HOUR,
      }),
      makeMention({
        externalId: 'fb-old',
        platform: 'facebook',
        language: 'id',
        authorHandle: 'joko',
        text: 'Mie instan rasa rendang enak',
        createdAt: T0 - 48 * HOUR,
      }),
    ]);
  };

  it('lists mentions newest first by when they were posted, not when they arrived', async () => {
    await ingestMentions(app.t, app.workspaceId, [makeMention({ externalId: 'older', createdAt: T0 - 5000 })]);
    await ingestMentions(app.t, app.workspaceId, [
      makeMention({ externalId: 'newest', createdAt: T0 - 1000 }),
      makeMention({ externalId: 'oldest', createdAt: T0 - 9000 }),
    ]);
    expect(await idsOf()).toEqual(['newest', 'older', 'oldest']);
  });

  it('pages with a cursor through every mention exactly once, also when timestamps tie', async () => {
    const rows = Array.from({ length: 23 }, (_, i) =>
      makeMention({ externalId: `m${i}`, text: `indomie nomor ${i}`, createdAt: T0 - Math.floor(i / 4) * 1000 }),
    );
    await ingestMentions(app.t, app.workspaceId, rows.slice(0, 11));
    await ingestMentions(app.t, app.workspaceId, rows.slice(11));
    const seen = await walk('limit=5');
    expect(seen).toHaveLength(23);
    expect(new Set(seen.map((m) => m.externalId)).size).toBe(23);
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1], seen[i]];
      expect(a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id > b.id)).toBe(true);
    }
    const { brandId } = await createBrand(app.owner, app.workspaceId, 'Indomie', 'indomie');
    await app.t.ctx.db.deleteFrom('mentions').execute();
    await ingestMentions(app.t, app.workspaceId, rows);
    const byBrand = await walk(`brandId=${brandId}&limit=4`);
    expect(byBrand.map((m) => m.externalId).sort()).toEqual(rows.map((r) => r.externalId as string).sort());
  });

  it('refuses a cursor it did not hand out', async () => {
    const res = await app.owner.get(`${app.ws}/mentions?cursor=bm90LWEtY3Vyc29y`);
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].path).toBe('cursor');
  });

  it('filters by brand, platform, language, author and date range', async () => {
    const { brandId } = await createBrand(app.owner, app.workspaceId, 'Indomie', 'indomie');
    await seed();
    expect(await idsOf(`brandId=${brandId}`)).toEqual(['tw-kecewa', 'ig-en']);
    expect(await idsOf('platform=Twitter')).toEqual(['tw-kecewa', 'tw-kopi']);
    expect(await idsOf('language=en')).toEqual(['ig-en']);
    expect(await idsOf(`author=${encodeURIComponent('@BUDI_S')}`)).toEqual(['tw-kecewa', 'tt-antre']);
    expect(await idsOf(`from=${T0 - 3 * HOUR}&to=${T0 - 2 * HOUR}`)).toEqual(['ig-en', 'tt-antre']);
    expect(await idsOf(`to=${new Date(T0 - 24 * HOUR).toISOString()}`)).toEqual(['fb-old']);
    expect(await idsOf('platform=twitter&language=id&author=sari')).toEqual(['tw-kopi']);
    expect(await idsOf('platform=mastodon')).toEqual([]);
  });

  it('finds an Indonesian word by its root, with or without a suffix', async () => {
    await seed();
    expect(await idsOf('q=kecewa')).toEqual(['tw-kecewa']);
    expect(await idsOf('q=kecewanya')).toEqual(['tw-kecewa']);
    expect(await idsOf('q=indomie')).toEqual(['tw-kecewa', 'ig-en']);
    expect(await idsOf(`q=${encodeURIComponent('"mie instan"')}`)).toEqual(['tt-antre', 'fb-old']);
    expect(await idsOf('q=indomie&platform=instagram')).toEqual(['ig-en']);
    expect(await idsOf('q=rendang&from=' + (T0 - 24 * HOUR))).toEqual([]);
  });

  it('treats search syntax in the box as text instead of failing', async () => {
    await seed();
    for (const q of ['"unclosed', 'mie OR', '(*)', 'NOT kopi', 'text:kopi', '-', "kopi' or 1=1 --"]) {
      const res = await app.owner.get(`${app.ws}/mentions?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
    }
  });

  it('never shows one workspace’s mentions in another’s list or search', async () => {
    await seed();
    const other = await app.owner.post('/api/workspaces', { name: 'Klien Lain' });
    const otherId = other.body.id as number;
    await ingestMentions(app.t, otherId, [
      makeMention({ externalId: 'tw-kecewa', text: 'Klien lain juga kecewa', createdAt: T0 - 10 * HOUR }),
    ]);
    expect(await idsOf('q=kecewa')).toEqual(['tw-kecewa']);
    expect((await list('q=kecewa')).items[0].text).toMatch(/^Saya kecewanya/);
    const theirs = (await app.owner.get(`/api/workspaces/${otherId}/mentions?q=kecewa`)).body.items;
    expect(theirs.map((m: any) => m.text)).toEqual(['Klien lain juga kecewa']);
    expect((await app.owner.get(`/api/workspaces/${otherId}/mentions?q=indomie`)).body.items).toEqual([]);
    const mine = (await list('platform=twitter')).items[0];
    expect((await app.owner.get(`/api/workspaces/${otherId}/mentions/${mine.id}`)).status).toBe(404);
  });

  it('shows a mention’s detail with its raw payload, author and brand matches', async () => {
    const { brandId, queryId } = await createBrand(app.owner, app.workspaceId, 'Indomie', 'indomie');
    const input = makeMention({
      externalId: 'detail',
      text: 'Indomie rasa baru mantap',
      authorHandle: '@Rina',
      authorName: 'Rina',
      authorFollowers: '1200',
      parentId: 'p-1',
      threadId: 'th-1',
      likes: 7,
      extra: { campaign: 'ramadan' },
    });
    await ingestMentions(app.t, app.workspaceId, [input]);
    const [item] = (await list()).items;
    const res = await app.owner.get(`${app.ws}/mentions/${item.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      externalId: 'detail',
      platform: 'twitter',
      author: { handle: 'rina', name: 'Rina', followers: 1200 },
      likes: 7,
      reach: 1200,
      parentId: 'p-1',
      threadId: 'th-1',
      brandIds: [brandId],
      matches: [{ brandId, brandName: 'Indomie', queryIds: [queryId] }],
    });
    expect(res.body.raw).toEqual(input);
    expect((await app.owner.get(`${app.ws}/mentions/999999`)).status).toBe(404);
  });

  it('lists the platforms and languages present for the filters', async () => {
    await seed();
    const res = await app.owner.get(`${app.ws}/mentions/facets`);
    expect(res.body).toEqual({ platforms: ['facebook', 'instagram', 'tiktok', 'twitter'], languages: ['en', 'id'], total: 5 });
  });
});
