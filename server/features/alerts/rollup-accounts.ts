import { chunks } from '../../db/chunks';
import { brandsOfMentions } from '../../db/mention-brands';
import { runSqliteTransaction } from '../../db/sqlite-session';
import type { ServiceDeps } from '../../deps';
import type { StoredMention } from '../../pipeline';
import { MINUTE, type MinuteCounts } from './rollups';

/** (handle, minute) pairs looked up per statement: three parameters each. */
const PAIRS_PER_QUERY = 200;

const accountKey = (brandId: number, minute: number, platform: string, handle: string) => `${brandId}:${minute}:${platform}\u0000${handle}`;

/**
 * Takes out of the batch's distinct-account counts the accounts already counted for the same brand and
 * minute by an earlier batch. An account counts in the batch that holds its lowest mention id for that
 * brand and minute: with one writer (SQLite) that is the first batch stored; with concurrent batches on
 * PostgreSQL, whose ids need not commit in order, an account may still count twice, never zero times.
 * Only minutes a brand already has a rollup for are looked at: a post that went into no rollup (a store
 * kept from before rollups) was never counted, so its account counts now. Reads the rollups' keys, the
 * author index (one probe per account and such a minute) and the brand links of what it finds.
 */
export async function discountAccountsSeenBefore(
  { db }: Pick<ServiceDeps, 'db'>,
  workspaceId: number,
  stored: readonly StoredMention[],
  counts: readonly MinuteCounts[],
): Promise<void> {
  const lowest = new Map<string, number>();
  const pairs = new Map<string, AccountMinute>();
  const batchIds = new Set<number>();
  for (const mention of stored) {
    batchIds.add(mention.id);
    if (!mention.authorHandle || mention.brands.size === 0) continue;
    const minute = Math.floor(mention.record.createdAt / MINUTE) * MINUTE;
    const pairKey = `${mention.authorHandle}\u0000${minute}`;
    const pair = pairs.get(pairKey) ?? { handle: mention.authorHandle, minute, brandIds: new Set<number>() };
    pairs.set(pairKey, pair);
    for (const brandId of mention.brands.keys()) {
      pair.brandIds.add(brandId);
      const key = accountKey(brandId, minute, mention.record.platform, mention.authorHandle);
      lowest.set(key, Math.min(lowest.get(key) ?? Number.POSITIVE_INFINITY, mention.id));
    }
  }
  if (pairs.size === 0) return;

  const onSqlite = await readEarlierOnSqlite(db, workspaceId, [...pairs.values()], batchIds);
  const { earlier, brandsOf } = onSqlite ?? (await readEarlier(db, workspaceId, [...pairs.values()], batchIds));
  const seenBefore = new Set<string>();
  for (const m of earlier) {
    for (const brandId of brandsOf.get(m.id) ?? []) {
      const key = accountKey(brandId, m.minute, m.platform, m.handle);
      const own = lowest.get(key);
      if (own !== undefined && m.id < own) seenBefore.add(key);
    }
  }
  if (seenBefore.size === 0) return;
  const byMinute = new Map(counts.map((c) => [`${c.brandId}:${c.minute}`, c]));
  for (const key of seenBefore) {
    const [brandId, minute] = key.split(':');
    const minuteCounts = byMinute.get(`${brandId}:${minute}`);
    if (minuteCounts && minuteCounts.authors > 0) minuteCounts.authors--;
  }
}

/** An account's (handle's) posts in one minute of the batch, and the brands they matched. */
interface AccountMinute {
  handle: string;
  minute: number;
  brandIds: Set<number>;
}

interface EarlierMention {
  id: number;
  platform: string;
  handle: string;
  minute: number;
}

interface Earlier {
  /** Mentions of earlier batches by the batch's accounts in the batch's minutes. */
  earlier: EarlierMention[];
  /** Their brands, by mention id. */
  brandsOf: Map<number, number[]>;
}

/** The brands and minutes of `pairs` that already have a rollup, as `brand:minute`, through Kysely. */
async function rolledUpMinutes(db: ServiceDeps['db'], workspaceId: number, pairs: readonly AccountMinute[]): Promise<Set<string>> {
  const wanted = new Map<string, { brandId: number; minute: number }>();
  for (const p of pairs) for (const brandId of p.brandIds) wanted.set(`${brandId}:${p.minute}`, { brandId, minute: p.minute });
  const found = new Set<string>();
  for (const part of chunks([...wanted.values()], PAIRS_PER_QUERY)) {
    const rows = await db
      .selectFrom('signal_rollups')
      .select(['brand_id', 'minute'])
      .where((eb) =>
        eb.or(part.map((k) => eb.and([eb('workspace_id', '=', workspaceId), eb('brand_id', '=', k.brandId), eb('minute', '=', k.minute)]))),
      )
      .execute();
    for (const row of rows) found.add(`${row.brand_id}:${Number(row.minute)}`);
  }
  return found;
}

/**
 * Through Kysely: the rollups the pairs' brands already have in their minutes (see readEarlierOnSqlite),
 * then a few statements, each probing the author index for up to PAIRS_PER_QUERY (handle, minute) pairs.
 */
async function readEarlier(
  db: ServiceDeps['db'],
  workspaceId: number,
  allPairs: readonly AccountMinute[],
  batchIds: ReadonlySet<number>,
): Promise<Earlier> {
  const rolledUp = await rolledUpMinutes(db, workspaceId, allPairs);
  const pairs = allPairs.filter((p) => [...p.brandIds].some((brandId) => rolledUp.has(`${brandId}:${p.minute}`)));
  const earlier: EarlierMention[] = [];
  for (const part of chunks(pairs, PAIRS_PER_QUERY)) {
    const rows = await db
      .selectFrom('mentions')
      .select(['id', 'platform', 'author_handle', 'created_at'])
      // The workspace goes inside every branch of the OR: only then is each branch a probe of the author
      // index (workspace, handle, time); outside it, SQLite scans the whole workspace once per statement.
      .where((eb) =>
        eb.or(
          part.map((p) =>
            eb.and([
              eb('workspace_id', '=', workspaceId),
              eb('author_handle', '=', p.handle),
              eb('created_at', '>=', p.minute),
              eb('created_at', '<', p.minute + MINUTE),
            ]),
          ),
        ),
      )
      .execute();
    for (const row of rows) {
      if (batchIds.has(row.id) || row.author_handle === null) continue;
      earlier.push({ id: row.id, platform: row.platform, handle: row.author_handle, minute: Math.floor(row.created_at / MINUTE) * MINUTE });
    }
  }
  if (earlier.length === 0) return { earlier, brandsOf: new Map<number, number[]>() };

  const brandsOf = await brandsOfMentions(
    db,
    earlier.map((m) => m.id),
  );
  return { earlier, brandsOf };
}

const SELECT_BY_AUTHOR_MINUTE = `select id, platform, author_handle, created_at from mentions
  where workspace_id = ? and author_handle = ? and created_at >= ? and created_at < ?`;
const SELECT_BRANDS_OF = 'select brand_id from mention_brands where mention_id = ?';
const SELECT_ROLLUP = 'select 1 from signal_rollups where workspace_id = ? and brand_id = ? and minute = ?';

/**
 * The same reads on SQLite through prepared statements, one probe of the author index per (handle,
 * minute) pair and one of the brand links per mention found: compiling the OR of hundreds of pairs
 * through Kysely cost more than SQLite's own work. A pair is probed only if one of its brands already
 * has a rollup for that minute: an earlier batch's mention there would have made it (the rollups are
 * only ever added to), and in an import in time order most minutes are new, so one probe of the rollup's
 * key per brand and minute spares most probes of the author index. Null when the connection cannot be
 * reached this way.
 */
function readEarlierOnSqlite(
  db: ServiceDeps['db'],
  workspaceId: number,
  pairs: readonly AccountMinute[],
  batchIds: ReadonlySet<number>,
): Promise<Earlier | null> {
  return runSqliteTransaction(db, (session) => {
    const byAuthorMinute = session.prepare(SELECT_BY_AUTHOR_MINUTE);
    const brandsOfMention = session.prepare(SELECT_BRANDS_OF);
    const rollup = session.prepare(SELECT_ROLLUP);
    const rolledUp = new Map<string, boolean>();
    const hasRollup = (brandId: number, minute: number) => {
      const key = `${brandId}:${minute}`;
      let known = rolledUp.get(key);
      if (known === undefined) rolledUp.set(key, (known = rollup.get(workspaceId, brandId, minute) !== undefined));
      return known;
    };
    const earlier: EarlierMention[] = [];
    const brandsOf = new Map<number, number[]>();
    for (const p of pairs) {
      if (![...p.brandIds].some((brandId) => hasRollup(brandId, p.minute))) continue;
      const rows = byAuthorMinute.all(workspaceId, p.handle, p.minute, p.minute + MINUTE) as {
        id: number;
        platform: string;
        author_handle: string | null;
        created_at: number;
      }[];
      for (const row of rows) {
        if (batchIds.has(row.id) || row.author_handle === null || brandsOf.has(row.id)) continue;
        earlier.push({
          id: row.id,
          platform: row.platform,
          handle: row.author_handle,
          minute: Math.floor(row.created_at / MINUTE) * MINUTE,
        });
        brandsOf.set(
          row.id,
          (brandsOfMention.all(row.id) as { brand_id: number }[]).map((link) => link.brand_id),
        );
      }
    }
    return { earlier, brandsOf };
  });
}
