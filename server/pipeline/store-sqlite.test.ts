import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, createTestApp, setupWorkspace } from '../../test/support/app';
import { createBrand, makeMention } from '../../test/support/factories';
import { runSqliteTransaction } from '../db/sqlite-session';
import { addToRollups, countByMinute } from '../features/alerts/rollups';
import { loadWatchQueries } from './match';
import type { IncomingRow } from './pipeline.types';
import { storeMentions } from './store';

const TABLES = ['authors', 'mentions', 'mention_brands', 'mention_categories', 'signal_rollups', 'signal_category_rollups'] as const;

/** Two batches that share mentions (duplicates) and authors (whose name, followers and times change). */
function batches(): IncomingRow[][] {
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
  return [first, second].map((rows) => rows.map((data, i) => ({ line: i + 1, data })));
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

  it('writes the same rows as the Kysely path: mentions, authors, brand links, categories and rollups', async () => {
    const runs: Record<string, unknown[]>[] = [];
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
      for (const [n, rows] of batches().entries()) {
        const prepared = await t.ctx.services.analysis.preparer().prepare(workspaceId, rows, queries);
        const stored = await storeMentions(db, 'sqlite', workspaceId, prepared.mentions, 1_800_000_000_000 + n);
        expect(stored.length).toBe(n === 0 ? 30 : 5);
        await addToRollups({ db }, workspaceId, countByMinute(stored));
      }
      runs.push(await dump(t));
    }
    const [viaStatements, viaKysely] = runs;
    expect(viaStatements!.mentions).toHaveLength(35);
    expect((viaStatements!.mention_categories ?? []).length).toBeGreaterThan(0);
    expect(viaStatements).toEqual(viaKysely);
  });
});
