import { sql } from 'kysely';
import { type AppContext, createAppContext } from '../server/app-context';
import type { Clock } from '../server/clock';
import { loadConfig } from '../server/config';
import { SYSTEM_ACTOR } from '../server/security/actor';
import { SYNTHETIC_BRANDS } from './synthetic-mentions';

export interface BenchWorkspace {
  ctx: AppContext;
  workspaceId: number;
  queryCount: number;
}

/**
 * A fresh embedded store in `dataDir` with one workspace and the synthetic brands and their watch queries;
 * `clock` fixes the time for runs whose stored rows are compared.
 */
export async function openBenchWorkspace(dataDir: string, clock?: Clock): Promise<BenchWorkspace> {
  const ctx = createAppContext({ config: loadConfig({ SIAGA_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), ...(clock ? { clock } : {}) });
  try {
    await ctx.migrate();
    const { workspace } = await ctx.services.auth.createUser({
      email: 'bench@siaga.example',
      name: 'Bench',
      password: 'bench-password-not-secret',
      locale: 'id',
      workspaceName: 'Benchmark',
    });
    if (!workspace) throw new Error('createUser made no workspace');
    let queryCount = 0;
    for (const brand of SYNTHETIC_BRANDS) {
      const created = await ctx.services.brands.createBrand(
        workspace.id,
        { name: brand.name, kind: brand.kind, description: brand.description },
        SYSTEM_ACTOR,
      );
      for (const q of brand.queries) {
        await ctx.services.brands.createQuery(workspace.id, created.id, { name: q.name, query: q.query, enabled: true }, SYSTEM_ACTOR);
        queryCount++;
      }
    }
    return { ctx, workspaceId: workspace.id, queryCount };
  } catch (error) {
    await ctx.close();
    throw error;
  }
}

export interface StoredCounts {
  mentions: number;
  authors: number;
  brandMatches: number;
  byBrand: { name: string; kind: string; queries: number; mentions: number }[];
}

/** What the ingest path left in the store, to check both runs did the same work. */
export async function countStored({ ctx, workspaceId }: BenchWorkspace): Promise<StoredCounts> {
  const count = async (table: 'mentions' | 'authors' | 'mention_brands') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select(sql<number>`count(*)`.as('n'))
          .where('workspace_id', '=', workspaceId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const byBrand = await ctx.db
    .selectFrom('brands as b')
    .select(['b.name', 'b.kind'])
    .select((eb) =>
      eb
        .selectFrom('watch_queries as q')
        .whereRef('q.brand_id', '=', 'b.id')
        .select(sql<number>`count(*)`.as('n'))
        .as('queries'),
    )
    .select((eb) =>
      eb
        .selectFrom('mention_brands as mb')
        .whereRef('mb.brand_id', '=', 'b.id')
        .select(sql<number>`count(*)`.as('n'))
        .as('mentions'),
    )
    .where('b.workspace_id', '=', workspaceId)
    .orderBy('b.id')
    .execute();
  return {
    mentions: await count('mentions'),
    authors: await count('authors'),
    brandMatches: await count('mention_brands'),
    byBrand: byBrand.map((b) => ({ name: b.name, kind: b.kind, queries: Number(b.queries), mentions: Number(b.mentions) })),
  };
}
