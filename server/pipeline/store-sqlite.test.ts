import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, createTestApp, setupWorkspace } from '../../test/support/app';
import { createBrand, makeMention } from '../../test/support/factories';
import { runSqliteTransaction } from '../db/sqlite-session';
import { addToRollups, countByMinute } from '../features/alerts/rollups';
import { loadWatchQueries } from './match';
import type { EngagementUpdate, IncomingRow } from './pipeline.types';
import { storeBatch } from './store';

const TABLES = [
  'authors',
  'mentions',
  'mention_brands',
  'mention_categories',
  'mention_engagement_snapshots',
  'signal_rollups',
  'signal_category_rollups',
] as const;

/**
 * Two batches that share mentions (duplicates) and authors (whose name, followers and times change); then
 * posts seen again with counters that rise, stay or fall (one twice in its batch), and again at the same
 * reading time with higher counters still.
 */
function batches(): { rows: IncomingRow[]; at: number }[] {
  const first = Array.from({ length: 30 }, (_, i) =>
    makeMention({
      externalId: `m-${i}`,
      authorHandle: `@Akun_${i % 6}`,
      authorName: i % 4 ? `Akun ${i}` : undefined,
      authorFollowers: i % 3 ? i * 100 : undefined,
      createdAt: 1_790_000_000_000 + ((i * 7919) % 30) * 45_000,
      text: [
        'Paket KirimKilat hilang, data pribadi saya bocor, penipuan!',
        'KirimKilat cepat sekali, mantap',
        'Rasamie enak, tapi kurirnya lambat',
      ][i % 3],
      reach: i % 5 ? i * 10 : undefined,
      parentId: i % 9 === 0 ? 'post-1' : undefined,
    }),
  );
  const second = [...first.slice(20), ...first.slice(0, 5).map((m) => ({ ...m, externalId: `${String(m.externalId)}-b` }))];
  const seenAgain = first.slice(0, 12).map((m, i) => ({
    ...m,
    likes: i % 3 === 0 ? undefined : i * 4,
    comments: i % 2 ? i : undefined,
    views: i % 4 === 0 ? 1_000 + i : 0,
    reach: i % 5 ? Number(m.reach ?? 0) - 1 : undefined,
  }));
  const third = [...seenAgain, { ...seenAgain[4], likes: 999 }, first[13]];
  const fourth = seenAgain.slice(0, 6).map((m) => ({ ...m, shares: 7 }));
  const at = 1_800_000_000_000;
  return [
    { rows: first, at },
    { rows: second, at: at + 1 },
    { rows: third, at: at + 2 },
    { rows: fourth, at: at + 2 },
  ].map(({ rows, at }) => ({ rows: rows.map((data, i) => ({ line: i + 1, data })), at }));
}

async function dump(t: TestApp) {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) out[table] = await t.ctx.db.selectFrom(table).selectAll().execute();
  return out;
}

describe('storing a batch on SQLite through prepared statements', () => {
  let fast: TestApp;
  let kysely: TestApp;
  beforeEach(async () => {
    [fast, kysely] = [await createTestApp('sqlite'), await createTestApp('sqlite')];
  });
  afterEach(async () => {
    await fast.destroy();
    await kysely.destroy();
  });

  it('writes the same rows as the Kysely path: mentions, authors, brand links, categories, engagement snapshots and rollups', async () => {
    const runs: Record<string, unknown[]>[] = [];
    const updates: EngagementUpdate[][][] = [];
    for (const [t, viaKysely] of [
      [fast, false],
      [kysely, true],
    ] as const) {
      const { owner, workspaceId } = await setupWorkspace(t);
      await createBrand(owner, workspaceId, 'KirimKilat', 'kirimkilat OR kurir');
      await createBrand(owner, workspaceId, 'Rasamie', 'rasamie');
      // A Kysely instance of its own is not the registered connection, so it takes the Kysely path.
      const db = viaKysely ? t.ctx.db.withoutPlugins() : t.ctx.db;
      expect(await runSqliteTransaction(db, () => 'statements')).toBe(viaKysely ? null : 'statements');
      const queries = await loadWatchQueries(t.ctx.db, workspaceId);
      const engagement: EngagementUpdate[][] = [];
      for (const [n, { rows, at }] of batches().entries()) {
        const prepared = await t.ctx.services.analysis.preparer().prepare(workspaceId, rows, queries);
        const { stored, engagement: risen } = await storeBatch(db, 'sqlite', workspaceId, prepared.mentions, at);
        expect(stored.length).toBe([30, 5, 0, 0][n]);
        engagement.push(risen);
        await addToRollups({ db }, workspaceId, countByMinute(stored));
      }
      // The full-text index holds every stored mention, whichever way it was filled: the check compares
      // the index with the mentions table and fails on a missing row.
      await sql`insert into mentions_fts (mentions_fts, rank) values ('integrity-check', 1)`.execute(t.ctx.db);
      const hits = await sql<{ id: number }>`select rowid as id from mentions_fts where mentions_fts match '"data pribadi"'`.execute(
        t.ctx.db,
      );
      expect(hits.rows).toHaveLength(12);
      expect((await sql<{ n: number }>`select count(*) as n from mentions_fts_deferred`.execute(t.ctx.db)).rows[0]?.n).toBe(0);
      runs.push(await dump(t));
      updates.push(engagement);
    }
    const [viaStatements, viaKysely] = runs;
    expect(viaStatements!.mentions).toHaveLength(35);
    expect((viaStatements!.mention_categories ?? []).length).toBeGreaterThan(0);
    expect(viaStatements!.mention_engagement_snapshots!.length).toBeGreaterThan(35);
    expect(viaStatements).toEqual(viaKysely);
    const [statementUpdates, kyselyUpdates] = updates;
    // Eleven of the twelve seen again have a counter that rose; the fourth batch raises shares for six.
    expect(statementUpdates!.map((u) => u.length)).toEqual([0, 0, 11, 6]);
    // A copy inside the batch is a duplicate there: the batch's first row is the reading.
    expect(statementUpdates![2]!.find((u) => u.externalId === 'm-4')?.likes).toBe(16);
    expect(statementUpdates).toEqual(kyselyUpdates);
  });
});
