import { sql } from 'kysely';
import type { CrisisCategory } from '../../../core/analysis';
import { chunks } from '../../db/chunks';
import { runSqliteTransaction } from '../../db/sqlite-session';
import type { ServiceDeps } from '../../deps';
import type { StoredMention } from '../../pipeline';

export const MINUTE = 60_000;

/** One brand's counts for one minute of event time. */
export interface MinuteCounts {
  brandId: number;
  minute: number;
  mentions: number;
  negative: number;
  neutral: number;
  positive: number;
  reach: number;
  negativeReach: number;
  /** Distinct accounts among the batch's mentions in this minute (less those an earlier batch counted; see rollup-accounts.ts). */
  authors: number;
  categories: Map<CrisisCategory, number>;
}

/**
 * The batch's mentions summed per brand and minute; a mention counts once for each brand it matched.
 * Distinct accounts are counted within the batch here; `discountAccountsSeenBefore` then takes out those
 * an earlier batch already counted for the same minute.
 */
export function countByMinute(stored: readonly StoredMention[]): MinuteCounts[] {
  // By brand, then minute: numbers as keys, no key strings built per mention.
  const byBrand = new Map<number, Map<number, MinuteCounts>>();
  const accounts = new Map<MinuteCounts, Set<string>>();
  const all: MinuteCounts[] = [];
  for (const mention of stored) {
    const minute = Math.floor(mention.record.createdAt / MINUTE) * MINUTE;
    const sentiment = mention.analysis?.sentiment;
    const reach = mention.record.reach ?? 0;
    const account = mention.authorHandle ? `${mention.record.platform}\0${mention.authorHandle}` : null;
    for (const brandId of mention.brands.keys()) {
      let minutes = byBrand.get(brandId);
      if (!minutes) byBrand.set(brandId, (minutes = new Map<number, MinuteCounts>()));
      let counts = minutes.get(minute);
      if (!counts) {
        counts = {
          brandId,
          minute,
          mentions: 0,
          negative: 0,
          neutral: 0,
          positive: 0,
          reach: 0,
          negativeReach: 0,
          authors: 0,
          categories: new Map(),
        };
        minutes.set(minute, counts);
        all.push(counts);
      }
      if (account) {
        let seen = accounts.get(counts);
        if (!seen) accounts.set(counts, (seen = new Set()));
        if (!seen.has(account)) {
          seen.add(account);
          counts.authors++;
        }
      }
      counts.mentions++;
      counts.reach += reach;
      if (sentiment === 'negative') {
        counts.negative++;
        counts.negativeReach += reach;
      } else if (sentiment === 'positive') counts.positive++;
      else if (sentiment === 'neutral') counts.neutral++;
      for (const category of mention.analysis?.categories ?? []) {
        if (category !== 'other') counts.categories.set(category, (counts.categories.get(category) ?? 0) + 1);
      }
    }
  }
  return all.sort((a, b) => a.minute - b.minute || a.brandId - b.brandId);
}

const ROLLUP_CHUNK = 200;

/**
 * Adds the counts to the minute rollups. Only newly stored mentions reach here (duplicates are
 * skipped before), so a batch delivered twice is counted once.
 */
export async function addToRollups({ db }: Pick<ServiceDeps, 'db'>, workspaceId: number, counts: readonly MinuteCounts[]) {
  if (counts.length === 0) return;
  if ((await addToRollupsOnSqlite(db, workspaceId, counts)) !== null) return;
  await db.transaction().execute(async (trx) => {
    for (const part of chunks(counts, ROLLUP_CHUNK)) {
      await trx
        .insertInto('signal_rollups')
        .values(
          part.map((c) => ({
            workspace_id: workspaceId,
            brand_id: c.brandId,
            minute: c.minute,
            mentions: c.mentions,
            negative: c.negative,
            neutral: c.neutral,
            positive: c.positive,
            reach: c.reach,
            negative_reach: c.negativeReach,
            authors: c.authors,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['workspace_id', 'brand_id', 'minute']).doUpdateSet({
            mentions: sql`signal_rollups.mentions + excluded.mentions`,
            negative: sql`signal_rollups.negative + excluded.negative`,
            neutral: sql`signal_rollups.neutral + excluded.neutral`,
            positive: sql`signal_rollups.positive + excluded.positive`,
            reach: sql`signal_rollups.reach + excluded.reach`,
            negative_reach: sql`signal_rollups.negative_reach + excluded.negative_reach`,
            authors: sql`signal_rollups.authors + excluded.authors`,
          }),
        )
        .execute();
    }
    const categoryRows = counts.flatMap((c) =>
      [...c.categories].map(([category, mentions]) => ({
        workspace_id: workspaceId,
        brand_id: c.brandId,
        minute: c.minute,
        category,
        mentions,
      })),
    );
    for (const part of chunks(categoryRows, ROLLUP_CHUNK)) {
      await trx
        .insertInto('signal_category_rollups')
        .values(part)
        .onConflict((oc) =>
          oc
            .columns(['workspace_id', 'brand_id', 'minute', 'category'])
            .doUpdateSet({ mentions: sql`signal_category_rollups.mentions + excluded.mentions` }),
        )
        .execute();
    }
  });
}

/** The first and last minute of a brand's rollups, or null when it has none. */
export async function rollupSpan({ db }: Pick<ServiceDeps, 'db'>, workspaceId: number, brandId: number) {
  const row = await db
    .selectFrom('signal_rollups')
    .select((eb) => [eb.fn.min<number>('minute').as('first'), eb.fn.max<number>('minute').as('last')])
    .where('workspace_id', '=', workspaceId)
    .where('brand_id', '=', brandId)
    .executeTakeFirst();
  return row?.first == null || row.last == null ? null : { first: Number(row.first), last: Number(row.last) };
}

/** A brand's rollup rows from `from` (inclusive) to `to` (exclusive), in time order. */
export function readRollups({ db }: Pick<ServiceDeps, 'db'>, workspaceId: number, brandId: number, from: number, to: number) {
  return db
    .selectFrom('signal_rollups')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('brand_id', '=', brandId)
    .where('minute', '>=', from)
    .where('minute', '<', to)
    .orderBy('minute')
    .execute();
}

/** A brand's minute counts from `from` (inclusive) to `to` (exclusive) as the rollups hold them, in time order. */
export async function readMinuteCounts(
  { db }: Pick<ServiceDeps, 'db'>,
  workspaceId: number,
  brandId: number,
  from: number,
  to: number,
): Promise<MinuteCounts[]> {
  const rows = await readRollups({ db }, workspaceId, brandId, from, to);
  const byMinute = new Map<number, MinuteCounts>();
  for (const r of rows) {
    const minute = Number(r.minute);
    byMinute.set(minute, {
      brandId,
      minute,
      mentions: Number(r.mentions),
      negative: Number(r.negative),
      neutral: Number(r.neutral),
      positive: Number(r.positive),
      reach: Number(r.reach),
      negativeReach: Number(r.negative_reach),
      authors: Number(r.authors),
      categories: new Map(),
    });
  }
  const categories = await db
    .selectFrom('signal_category_rollups')
    .select(['minute', 'category', 'mentions'])
    .where('workspace_id', '=', workspaceId)
    .where('brand_id', '=', brandId)
    .where('minute', '>=', from)
    .where('minute', '<', to)
    .execute();
  for (const c of categories) byMinute.get(Number(c.minute))?.categories.set(c.category as CrisisCategory, Number(c.mentions));
  return [...byMinute.values()];
}

const UPSERT_ROLLUP = `insert into signal_rollups
    (workspace_id, brand_id, minute, mentions, negative, neutral, positive, reach, negative_reach, authors)
  values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  on conflict (workspace_id, brand_id, minute) do update set
    mentions = signal_rollups.mentions + excluded.mentions,
    negative = signal_rollups.negative + excluded.negative,
    neutral = signal_rollups.neutral + excluded.neutral,
    positive = signal_rollups.positive + excluded.positive,
    reach = signal_rollups.reach + excluded.reach,
    negative_reach = signal_rollups.negative_reach + excluded.negative_reach,
    authors = signal_rollups.authors + excluded.authors`;
const UPSERT_CATEGORY_ROLLUP = `insert into signal_category_rollups (workspace_id, brand_id, minute, category, mentions)
  values (?, ?, ?, ?, ?)
  on conflict (workspace_id, brand_id, minute, category) do update set
    mentions = signal_category_rollups.mentions + excluded.mentions`;

/**
 * The same upserts on SQLite through prepared statements, one row per run: a batch in random time order
 * touches thousands of minutes, and compiling that many rows through Kysely cost more than writing them.
 * Null when the connection cannot be reached this way.
 */
function addToRollupsOnSqlite(db: ServiceDeps['db'], workspaceId: number, counts: readonly MinuteCounts[]) {
  return runSqliteTransaction(db, (session) => {
    const upsert = session.prepare(UPSERT_ROLLUP);
    const upsertCategory = session.prepare(UPSERT_CATEGORY_ROLLUP);
    for (const c of counts) {
      upsert.run(workspaceId, c.brandId, c.minute, c.mentions, c.negative, c.neutral, c.positive, c.reach, c.negativeReach, c.authors);
    }
    for (const c of counts)
      for (const [category, mentions] of c.categories) upsertCategory.run(workspaceId, c.brandId, c.minute, category, mentions);
    return true;
  });
}
