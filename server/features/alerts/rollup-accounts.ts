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
 * Reads the author index (one probe per account and minute) and the brand links of what it finds.
 */
export async function discountAccountsSeenBefore(
  { db }: Pick<ServiceDeps, 'db'>,
  workspaceId: number,
  stored: readonly StoredMention[],
  counts: readonly MinuteCounts[],
): Promise<void> {
  const lowest = new Map<string, number>();
  const pairs = new Map<string, { handle: string; minute: number }>();
  const batchIds = new Set<number>();
  for (const mention of stored) {
    batchIds.add(mention.id);
    if (!mention.authorHandle || mention.brands.size === 0) continue;
    const minute = Math.floor(mention.record.createdAt / MINUTE) * MINUTE;
    pairs.set(`${mention.authorHandle}\u0000${minute}`, { handle: mention.authorHandle, minute });
    for (const brandId of mention.brands.keys()) {
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

/** Through Kysely: a few statements, each probing the author index for up to PAIRS_PER_QUERY (handle, minute) pairs. */
async function readEarlier(
  db: ServiceDeps['db'],
  workspaceId: number,
  pairs: readonly { handle: string; minute: number }[],
  batchIds: ReadonlySet<number>,
): Promise<Earlier> {
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

/**
 * The same reads on SQLite through prepared statements, one probe of the author index per (handle,
 * minute) pair and one of the brand links per mention found: compiling the OR of hundreds of pairs
 * through Kysely cost more than SQLite's own work. Null when the connection cannot be reached this way.
 */
function readEarlierOnSqlite(
  db: ServiceDeps['db'],
  workspaceId: number,
  pairs: readonly { handle: string; minute: number }[],
  batchIds: ReadonlySet<number>,
): Promise<Earlier | null> {
  return runSqliteTransaction(db, (session) => {
    const byAuthorMinute = session.prepare(SELECT_BY_AUTHOR_MINUTE);
    const brandsOfMention = session.prepare(SELECT_BRANDS_OF);
    const earlier: EarlierMention[] = [];
    const brandsOf = new Map<number, number[]>();
    for (const p of pairs) {
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
