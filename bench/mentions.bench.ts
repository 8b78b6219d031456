import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { MentionListQuerySchema } from '../core/api';
import { type AppContext, createAppContext } from '../server/app-context';
import { loadConfig } from '../server/config';
import { projectPath } from '../server/project-root';
import { MIGRATIONS } from '../server/db/migrations';
import { createFullTextSearch, createMentionIndexes } from '../server/db/migrations/2026-11-21T1500-initial';
import { toFts5Query } from '../server/db/search';
import type { IncomingRow } from '../server/pipeline';
import { SYSTEM_ACTOR } from '../server/security/actor';
import type { Benchmark, BenchOptions } from './bench.types';
import { createProgressLine, formatInteger, formatTable, median, readIntOption, reportProgress } from './bench-report';
import { SYNTHETIC_BRANDS, iterateLabelledMentions } from './synthetic-mentions';

/** The design's target for a dashboard query (DESIGN.md, section 3, "Storage"). */
const TARGET_MS = 20;
/** Bump when the way the store is built changes; schema changes are picked up by the hash below. */
const DATA_VERSION = 3;
const SEED = 20_261_121;
const OTHER_SEED = 7_110_062;
const DAY = 86_400_000;

/**
 * The cached store's version: the data version and a hash of what shapes the store (the
 * migrations' names and code, the mention indexes, full-text search and the synthetic generator's sources), so
 * editing any of them builds it again.
 */
function storeVersion(): string {
  const hash = createHash('sha256')
    .update(
      Object.entries(MIGRATIONS)
        .map(([name, migration]) => `${name}:${migration.up.toString()}`)
        .join(','),
    )
    .update(createMentionIndexes.toString())
    .update(createFullTextSearch.toString());
  const here = projectPath('bench');
  for (const file of fs.readdirSync(here).sort()) {
    if (/^synthetic-.*\.ts$/.test(file) && !file.endsWith('.test.ts')) hash.update(fs.readFileSync(path.join(here, file)));
  }
  return `v${DATA_VERSION}-${hash.digest('hex').slice(0, 10)}`;
}

function hasFlag(args: readonly string[], name: string): boolean {
  return args.includes(`--${name}`);
}

interface BuildStats {
  seconds: number;
  mentions: number;
  otherMentions: number;
  brandMatches: number;
  bytes: number;
}

async function createWorkspace(ctx: AppContext, email: string, name: string): Promise<number> {
  const { workspace } = await ctx.services.auth.createUser({
    email,
    name,
    password: 'bench-password-not-secret',
    locale: 'id',
    workspaceName: name,
  });
  if (!workspace) throw new Error('createUser made no workspace');
  for (const brand of SYNTHETIC_BRANDS) {
    const created = await ctx.services.brands.createBrand(
      workspace.id,
      { name: brand.name, kind: brand.kind, description: brand.description },
      SYSTEM_ACTOR,
    );
    for (const q of brand.queries) {
      await ctx.services.brands.createQuery(workspace.id, created.id, { name: q.name, query: q.query, enabled: true }, SYSTEM_ACTOR);
    }
  }
  return workspace.id;
}

function* batchesOf(count: number, seed: number, size: number): Generator<IncomingRow[]> {
  let batch: IncomingRow[] = [];
  let line = 0;
  for (const labelled of iterateLabelledMentions(count, seed)) {
    batch.push({ line: ++line, data: labelled.mention });
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Builds the store through the real ingest path: `count` mentions in the main workspace and
 * `other` in a second one, their batches interleaved as two busy workspaces would be.
 */
async function buildStore(file: string, count: number, other: number, batchSize: number): Promise<BuildStats> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siaga-bench-mentions-build-'));
  const started = performance.now();
  const ctx = createAppContext({ config: loadConfig({ SIAGA_DATA_DIR: dir, LOG_LEVEL: 'silent' }) });
  try {
    await ctx.migrate();
    const main = await createWorkspace(ctx, 'bench@siaga.example', 'Benchmark');
    const second = await createWorkspace(ctx, 'other@siaga.example', 'Workspace lain');
    const meter = createProgressLine('mentions: building', count + other);
    // The generator repeats about 1% of mentions, as connectors re-deliver; ingest skips them.
    const mainBatches = batchesOf(Math.round(count / 0.99), SEED, batchSize);
    const otherBatches = batchesOf(Math.round(other / 0.99), OTHER_SEED, batchSize);
    const every = Math.max(1, Math.round(count / Math.max(1, other)));
    let done = 0;
    let imported = 0;
    let otherImported = 0;
    let sinceOther = 0;
    for (const batch of mainBatches) {
      imported += (await ctx.pipeline.ingestBatch(main, batch)).imported;
      done += batch.length;
      sinceOther++;
      if (sinceOther >= every) {
        sinceOther = 0;
        const next = otherBatches.next();
        if (!next.done) {
          otherImported += (await ctx.pipeline.ingestBatch(second, next.value)).imported;
          done += next.value.length;
        }
      }
      meter.update(done);
    }
    for (const batch of otherBatches) otherImported += (await ctx.pipeline.ingestBatch(second, batch)).imported;
    meter.done();
    const links = await ctx.db
      .selectFrom('mention_brands')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(ctx.db);
    await ctx.close();
    fs.renameSync(path.join(dir, 'siaga.db'), file);
    return {
      seconds: (performance.now() - started) / 1000,
      mentions: imported,
      otherMentions: otherImported,
      brandMatches: Number(links.n),
      bytes: fs.statSync(file).size,
    };
  } catch (error) {
    await ctx.close().catch(() => undefined);
    throw error;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Opens the cached store in a scratch directory (a hard link, or a copy across file systems). */
function openCachedStore(file: string): { ctx: AppContext; dispose(): Promise<void> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siaga-bench-mentions-run-'));
  const target = path.join(dir, 'siaga.db');
  try {
    fs.linkSync(file, target);
  } catch {
    fs.copyFileSync(file, target);
  }
  const ctx = createAppContext({ config: loadConfig({ SIAGA_DATA_DIR: dir, LOG_LEVEL: 'silent' }) });
  return {
    ctx,
    async dispose() {
      await ctx.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface Timing {
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function measure(work: () => Promise<unknown>, warmup: number, runs: number): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  const round = (v: number) => Number(v.toFixed(3));
  return {
    medianMs: round(median(times)),
    p95Ms: round(percentile(times, 95)),
    minMs: round(Math.min(...times)),
    maxMs: round(Math.max(...times)),
  };
}

interface Scenario {
  name: string;
  description: string;
  /** Rows in the workspace the query selects from (before the page limit), counted once, untimed. */
  matches: number | null;
  /** The list filter, for list queries. */
  filter?: Filter;
  run: () => Promise<unknown>;
  /** Checks the result against a plain reference query, untimed; returns a problem or null. */
  check?(): Promise<string | null>;
}

type Filter = Partial<z.output<typeof MentionListQuerySchema>>;

/** What the benchmark looks up in the store before choosing its queries. */
async function pickParameters(ctx: AppContext, workspaceId: number) {
  const db = ctx.db;
  const brands = await db.selectFrom('brands').select(['id', 'name']).where('workspace_id', '=', workspaceId).orderBy('id').execute();
  const brandMentions = await Promise.all(
    brands.map(async (b) => ({
      ...b,
      mentions: Number(
        (
          await db
            .selectFrom('mention_brands')
            .select(sql<number>`count(*)`.as('n'))
            .where('workspace_id', '=', workspaceId)
            .where('brand_id', '=', b.id)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    })),
  );
  const brand = [...brandMentions].sort((a, b) => b.mentions - a.mentions)[0];
  if (!brand) throw new Error('no brands');
  // A busy author: the one with the most mentions among a sample of handles.
  const author = await db
    .selectFrom('mentions')
    .select(['author_handle', sql<number>`count(*)`.as('n')])
    .where('workspace_id', '=', workspaceId)
    .where('author_handle', 'is not', null)
    .where('id', '<=', 200_000)
    .groupBy('author_handle')
    .orderBy(sql`count(*)`, 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const newest = await db
    .selectFrom('mentions')
    .select(sql<number>`max(created_at)`.as('at'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  const detail = await db
    .selectFrom('mention_brands')
    .select('mention_id')
    .where('workspace_id', '=', workspaceId)
    .where('brand_id', '=', brand.id)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  return {
    brands: brandMentions,
    brand,
    author: author.author_handle ?? '',
    newest: Number(newest.at),
    detailId: Number(detail.mention_id),
  };
}

/** The FTS5 query the search box's text becomes (kept in step with `toFts5Query`). */
function ftsOf(q: string | undefined): string | null {
  return q ? toFts5Query(q) : null;
}

/** The list's conditions written plainly, with no plan or index hints, to check the list against. */
function referenceWhere(workspaceId: number, filter: Filter) {
  const fts = ftsOf(filter.q);
  const where = [sql`m.workspace_id = ${workspaceId}`];
  if (filter.platform) where.push(sql`m.platform = ${filter.platform}`);
  if (filter.language) where.push(sql`m.language = ${filter.language}`);
  if (filter.author) where.push(sql`m.author_handle = ${filter.author}`);
  if (filter.from !== undefined) where.push(sql`m.created_at >= ${filter.from}`);
  if (filter.to !== undefined) where.push(sql`m.created_at <= ${filter.to}`);
  if (fts) where.push(sql`m.id in (select rowid from mentions_fts where mentions_fts match ${fts})`);
  if (filter.sentiment) where.push(sql`m.sentiment = ${filter.sentiment}`);
  if (filter.category) {
    where.push(sql`exists (select 1 from mention_categories mc where mc.mention_id = m.id and mc.category = ${filter.category})`);
  }
  if (filter.spam === 'hide') where.push(sql`coalesce(m.spam, 0) = 0`);
  if (filter.brandId) {
    where.push(sql`exists (select 1 from mention_brands mb where mb.mention_id = m.id and mb.brand_id = ${filter.brandId})`);
  }
  return sql.join(where, sql` and `);
}

/** The first `filter.limit` ids of the list, the plain way. */
async function referenceIds(ctx: AppContext, workspaceId: number, filter: Filter): Promise<number[]> {
  const rows = await sql<{ id: number }>`select m.id from mentions m where ${referenceWhere(workspaceId, filter)}
    order by m.created_at desc, m.id desc limit ${filter.limit ?? 50}`.execute(ctx.db);
  return rows.rows.map((r) => Number(r.id));
}

async function countMatches(ctx: AppContext, workspaceId: number, filter: Filter): Promise<number> {
  const rows = await sql<{ n: number }>`select count(*) as n from mentions m where ${referenceWhere(workspaceId, filter)}`.execute(ctx.db);
  return Number(rows.rows[0]?.n ?? 0);
}

async function buildScenarios(
  ctx: AppContext,
  workspaceId: number,
  otherWorkspaceId: number,
): Promise<{ scenarios: Scenario[]; info: Record<string, unknown> }> {
  const service = ctx.services.mentions;
  const p = await pickParameters(ctx, workspaceId);
  // One day in the middle of the thirty, in WIB.
  const dayStart = p.newest - (p.newest % DAY) - 15 * DAY - 7 * 3_600_000;
  const list = (filter: Filter) => () => service.listMentions(workspaceId, { limit: 50, ...filter });

  const listScenario = (name: string, description: string, filter: Filter): Scenario => ({
    name,
    description,
    matches: null,
    filter,
    run: list(filter),
    async check() {
      const got = (await service.listMentions(workspaceId, { limit: 50, ...filter })).items.map((m) => m.id);
      const want = await referenceIds(ctx, workspaceId, filter);
      return JSON.stringify(got) === JSON.stringify(want) ? null : `${name}: page differs from the reference query`;
    },
  });

  const scenarios: Scenario[] = [
    listScenario('first page', 'newest 50, no filter', {}),
    listScenario('brand', `brand "${p.brand.name}"`, { brandId: p.brand.id }),
    listScenario('platform', 'platform twitter', { platform: 'twitter' }),
    listScenario('platform (rare)', 'platform news', { platform: 'news' }),
    listScenario('language', 'language en', { language: 'en' }),
    listScenario('language (rare)', 'language su', { language: 'su' }),
    listScenario('author', `author ${p.author}`, { author: p.author }),
    listScenario('one day', 'from/to one day', { from: dayStart, to: dayStart + DAY - 1 }),
    listScenario('search common', 'q=kecewa', { q: 'kecewa' }),
    listScenario('search very common', 'q=rasamie (a brand name)', { q: 'rasamie' }),
    listScenario('search rare', 'q=kesel', { q: 'kesel' }),
    listScenario('search very rare', 'q=michael787 (a handle)', { q: 'michael787' }),
    listScenario('search two words', 'q=mie goreng', { q: 'mie goreng' }),
    listScenario('search two words, none', 'q=paket telat', { q: 'paket telat' }),
    listScenario('search phrase', 'q="ganti resep"', { q: '"ganti resep"' }),
    listScenario('search + brand', `q=kecewa, brand "${p.brand.name}"`, { q: 'kecewa', brandId: p.brand.id }),
    listScenario('search + language (rare)', 'q=kecewa, language su', { q: 'kecewa', language: 'su' }),
    listScenario('sentiment', 'sentiment negative', { sentiment: 'negative' }),
    listScenario('category', 'category product_quality', { category: 'product_quality' }),
    listScenario('category (rare)', 'category data_privacy', { category: 'data_privacy' }),
    listScenario('sentiment + brand, no spam', `negative, brand "${p.brand.name}", spam hidden`, {
      sentiment: 'negative',
      brandId: p.brand.id,
      spam: 'hide',
    }),
  ];

  // Page n: follow the cursor n - 1 times, untimed, then time the nth page; check it against OFFSET.
  const pageScenario = async (name: string, description: string, n: number, filter: Filter): Promise<Scenario> => {
    let cursor: string | undefined;
    for (let page = 1; page < n; page++) {
      const next = await service.listMentions(workspaceId, { limit: 50, ...filter, ...(cursor ? { cursor } : {}) });
      if (!next.nextCursor) throw new Error(`${name}: only ${page} pages`);
      cursor = next.nextCursor;
    }
    const at = { limit: 50, ...filter, cursor: cursor as string };
    return {
      name,
      description,
      matches: null,
      run: list(at),
      async check() {
        const ids = (await service.listMentions(workspaceId, at)).items.map((m) => m.id);
        const want = await referenceIds(ctx, workspaceId, { ...filter, limit: 50 * n });
        return JSON.stringify(ids) === JSON.stringify(want.slice(50 * (n - 1))) ? null : `${name}: differs from the reference query`;
      },
    };
  };
  scenarios.push(await pageScenario('page 20', 'unfiltered, 20th page by cursor', 20, {}));
  scenarios.push(await pageScenario('page 200', 'unfiltered, 200th page by cursor', 200, {}));
  scenarios.push(await pageScenario('search page 20', 'q=kecewa, 20th page by cursor', 20, { q: 'kecewa' }));
  scenarios.push({
    name: 'detail',
    description: `mention ${p.detailId} with brands`,
    matches: 1,
    run: () => service.getMention(workspaceId, p.detailId),
  });
  scenarios.push({
    name: 'facets',
    description: 'platforms, languages, total',
    matches: null,
    run: () => service.facets(workspaceId),
    async check() {
      const got = await service.facets(workspaceId);
      const platforms = await sql<{
        v: string;
      }>`select distinct platform as v from mentions where workspace_id = ${workspaceId} order by 1`.execute(ctx.db);
      const languages = await sql<{
        v: string;
      }>`select distinct language as v from mentions where workspace_id = ${workspaceId} and language is not null order by 1`.execute(
        ctx.db,
      );
      const total = await sql<{ n: number }>`select count(*) as n from mentions where workspace_id = ${workspaceId}`.execute(ctx.db);
      const want = {
        platforms: platforms.rows.map((r) => r.v),
        languages: languages.rows.map((r) => r.v),
        total: Number(total.rows[0]?.n),
      };
      const other = await service.facets(otherWorkspaceId);
      const otherTotal = await sql<{ n: number }>`select count(*) as n from mentions where workspace_id = ${otherWorkspaceId}`.execute(
        ctx.db,
      );
      if (other.total !== Number(otherTotal.rows[0]?.n)) return 'facets: second workspace total is wrong';
      return JSON.stringify(got) === JSON.stringify(want) ? null : `facets: ${JSON.stringify(got)} differs from ${JSON.stringify(want)}`;
    },
  });

  // How many rows each list query selects, counted once the plain way.
  for (const s of scenarios) {
    if (s.filter) s.matches = await countMatches(ctx, workspaceId, s.filter);
  }
  return {
    scenarios,
    info: {
      brands: p.brands.map((b) => ({ name: b.name, mentions: b.mentions })),
      author: p.author,
      day: new Date(dayStart).toISOString(),
    },
  };
}

async function isolationCheck(ctx: AppContext, workspaceId: number, otherWorkspaceId: number): Promise<string | null> {
  const page = await ctx.services.mentions.listMentions(otherWorkspaceId, { limit: 200, q: 'kecewa' });
  const ids = page.items.map((m) => m.id);
  if (ids.length === 0) return 'isolation: no results in the second workspace';
  const foreign = await ctx.db
    .selectFrom('mentions')
    .select(sql<number>`count(*)`.as('n'))
    .where('id', 'in', ids)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(foreign.n) === 0 ? null : 'isolation: the second workspace sees the main workspace';
}

async function runMentionsBenchmark({ json, args }: BenchOptions): Promise<void> {
  const count = readIntOption(args, 'count', 1_000_000, { min: 10_000, max: 10_000_000 });
  const other = readIntOption(args, 'other', Math.round(count / 20), { min: 1_000, max: 1_000_000 });
  const runs = readIntOption(args, 'runs', 30, { min: 30, max: 10_000 });
  const warmup = readIntOption(args, 'warmup', 3, { min: 1, max: 1_000 });
  const batchSize = readIntOption(args, 'batch-size', 2000, { min: 1000, max: 5000 });
  const version = storeVersion();
  const file = path.join(os.tmpdir(), `siaga-bench-mentions-${count}-${version}.db`);

  let build: BuildStats | null = null;
  if (hasFlag(args, 'rebuild') || !fs.existsSync(file)) {
    // Stores of this size built by other versions are out of date: each takes about a gigabyte.
    const prefix = `siaga-bench-mentions-${count}-`;
    for (const old of fs.readdirSync(os.tmpdir())) {
      if (old.startsWith(prefix) && /\.db(-wal|-shm)?$/.test(old)) fs.rmSync(path.join(os.tmpdir(), old), { force: true });
    }
    reportProgress(`mentions: building ${formatInteger(count)} + ${formatInteger(other)} mentions into ${file} (takes minutes)`);
    build = await buildStore(file, count, other, batchSize);
    reportProgress(`mentions: built in ${build.seconds.toFixed(1)} s, ${formatInteger(build.bytes / 1e6)} MB`);
  } else {
    reportProgress(`mentions: reusing ${file} (--rebuild to build it again)`);
  }

  const store = openCachedStore(file);
  try {
    const { ctx } = store;
    const workspaces = await ctx.db.selectFrom('workspaces').select(['id', 'name']).orderBy('id').execute();
    const [main, second] = workspaces;
    if (!main || !second) throw new Error('the cached store has no second workspace; run with --rebuild');
    const { scenarios, info } = await buildScenarios(ctx, main.id, second.id);
    const problems = (await Promise.all([isolationCheck(ctx, main.id, second.id), ...scenarios.map((s) => s.check?.() ?? null)])).filter(
      (p): p is string => p !== null,
    );
    for (const problem of problems) reportProgress(`mentions: CHECK FAILED ${problem}`);

    const queries: Record<string, Timing & { matches: number | null }> = {};
    for (const s of scenarios) {
      reportProgress(`mentions: timing ${s.name}`);
      queries[s.name] = { ...(await measure(s.run, warmup, runs)), matches: s.matches };
    }

    const totals = await sql<{
      workspace_id: number;
      n: number;
    }>`select workspace_id, count(*) as n from mentions group by workspace_id`.execute(ctx.db);
    const mentions = Number(totals.rows.find((r) => Number(r.workspace_id) === main.id)?.n ?? 0);
    const otherMentions = Number(totals.rows.find((r) => Number(r.workspace_id) === second.id)?.n ?? 0);
    const links = await ctx.db
      .selectFrom('mention_brands')
      .select(sql<number>`count(*)`.as('n'))
      .where('workspace_id', '=', main.id)
      .executeTakeFirstOrThrow();

    console.log(
      `mentions: ${formatInteger(mentions)} mentions (+ ${formatInteger(otherMentions)} in a second workspace), ` +
        `${formatInteger(Number(links.n))} brand matches; ${runs} runs after ${warmup} warm-up, ms`,
    );
    console.log(
      formatTable(
        ['<query', '<what', 'matches', 'median', 'p95', 'min', 'max', '<target'],
        scenarios.map((s) => {
          const t = queries[s.name] as Timing & { matches: number | null };
          return [
            s.name,
            s.description,
            t.matches === null ? '' : formatInteger(t.matches),
            t.medianMs.toFixed(2),
            t.p95Ms.toFixed(2),
            t.minMs.toFixed(2),
            t.maxMs.toFixed(2),
            t.medianMs < TARGET_MS ? 'ok' : 'SLOW',
          ];
        }),
      ),
    );
    const slow = scenarios.filter((s) => (queries[s.name]?.medianMs ?? 0) >= TARGET_MS).map((s) => s.name);
    console.log(`target: median < ${TARGET_MS} ms for every query: ${slow.length === 0 ? 'met' : `NOT met (${slow.join(', ')})`}`);
    if (problems.length > 0) console.log(`checks: ${problems.length} FAILED: ${problems.join('; ')}`);
    else console.log('checks: pages match the reference queries, workspaces are isolated');
    if (build) console.log(`build: ${build.seconds.toFixed(1)} s through ingestBatch, ${formatInteger(build.bytes / 1e6)} MB`);

    if (json) {
      console.log(
        JSON.stringify({
          benchmark: 'mentions',
          mentions,
          otherWorkspaceMentions: otherMentions,
          brandMatches: Number(links.n),
          queries,
          targetMs: TARGET_MS,
          meetsTarget: slow.length === 0,
          checksPassed: problems.length === 0,
          problems,
          runs,
          warmup,
          parameters: info,
          store: { file, version, bytes: fs.statSync(file).size, built: build },
          cpus: os.cpus().length,
          loadAverage: Number(os.loadavg()[0]?.toFixed(2)),
          node: process.version,
          platform: `${process.platform}-${process.arch}`,
          date: new Date().toISOString(),
        }),
      );
    }
  } finally {
    await store.dispose();
  }
}

export const mentionsBenchmark: Benchmark = {
  description:
    'Time the Mentions page queries on 1,000,000 stored mentions (--count N, --runs N, --rebuild; the store is cached in the temp directory)',
  run: runMentionsBenchmark,
};
