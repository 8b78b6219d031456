import { type CascadeEvent, fillCascadeFromReadings, typicalFollowers } from '../../../core/detection';
import type { ServiceDeps } from '../../deps';
import type { StoredMention } from '../../pipeline';
import { chunks } from '../../db/chunks';
import { runSqliteTransaction } from '../../db/sqlite-session';
import { readReadings } from './post-readings';

/**
 * Followers assumed for an account whose count is unknown: a small personal account. Zero would make a
 * post whose author is unknown reach nobody, so its replies could never be forecast.
 */
export const UNKNOWN_FOLLOWERS = 100;
/** Replies and reshares read per post at most, oldest first; far beyond any threshold worth warning about. */
const MAX_EVENTS = 20_000;

/** A negative, brand-matched post that got replies or reshares in a batch, with its cascade so far. */
export interface Cascade {
  post: { id: number; platform: string; externalId: string; url: string | null; createdAt: number };
  brandIds: number[];
  /** The post first, then its replies and reshares, oldest first. */
  events: CascadeEvent[];
  /** The newest thing known about the cascade: its newest reply or the newest reading of the post's counters. */
  observedUntil: number;
}

/**
 * One stored post of the workspace, if it is matched to a brand and negative, with every stored reply
 * so far; the readings of its comment and share counters are the cascade's early points.
 */
async function loadCascade({ db }: Pick<ServiceDeps, 'db'>, workspaceId: number, id: number): Promise<Cascade | null> {
  const post = await db
    .selectFrom('mentions as m')
    .leftJoin('authors as a', 'a.id', 'm.author_id')
    .select(['m.id', 'm.platform', 'm.external_id', 'm.url', 'm.created_at', 'm.sentiment', 'a.followers'])
    .where('m.workspace_id', '=', workspaceId)
    .where('m.id', '=', id)
    .executeTakeFirst();
  if (!post || post.sentiment !== 'negative') return null;
  const brands = await db.selectFrom('mention_brands').select('brand_id').where('mention_id', '=', post.id).execute();
  if (brands.length === 0) return null;
  const rows = await db
    .selectFrom('mentions as m')
    .leftJoin('authors as a', 'a.id', 'm.author_id')
    .select(['m.created_at', 'a.followers'])
    .where('m.workspace_id', '=', workspaceId)
    .where('m.platform', '=', post.platform)
    .where('m.parent_external_id', '=', post.external_id)
    .orderBy('m.created_at')
    .limit(MAX_EVENTS)
    .execute();
  const followers = (n: number | null) => (n === null ? UNKNOWN_FOLLOWERS : n);
  // A reply dated before its post (clock skew) counts from the post.
  const replies = rows.map((r) => ({ timestamp: Math.max(post.created_at, r.created_at), followers: followers(r.followers) }));
  const readings = await readReadings(db, post.id);
  const root = { timestamp: post.created_at, followers: followers(post.followers) };
  const events = fillCascadeFromReadings(root, replies, readings, typicalFollowers(replies, UNKNOWN_FOLLOWERS));
  // Only readings that count comments or shares say how far the cascade had got by then.
  const newestReading = readings.reduce(
    (newest, r) => (r.comments + r.shares > 0 ? Math.max(newest, r.observedAt) : newest),
    post.created_at,
  );
  return {
    post: { id: post.id, platform: post.platform, externalId: post.external_id, url: post.url, createdAt: post.created_at },
    brandIds: brands.map((b) => b.brand_id),
    events,
    observedUntil: Math.max(newestReading, ...replies.map((r) => r.timestamp)),
  };
}

/** Parents looked up per statement where the store cannot be reached through prepared statements. */
const PARENTS_PER_QUERY = 500;

const SELECT_WATCHED_POST = `select m.id from mentions m
  where m.workspace_id = ? and m.platform = ? and m.external_id = ? and m.sentiment = 'negative'
    and exists (select 1 from mention_brands b where b.mention_id = m.id)`;

type ParentKey = { platform: string; externalId: string };

/**
 * Which of these posts are stored, negative and matched to a brand (the only ones whose cascades are watched),
 * in the order given: most replies in an import answer posts that are not, so they are sifted out in one pass
 * before any cascade is read.
 */
async function watchedPosts({ db }: Pick<ServiceDeps, 'db'>, workspaceId: number, parents: readonly ParentKey[]): Promise<number[]> {
  const onSqlite = await runSqliteTransaction(db, (session) => {
    const select = session.prepare(SELECT_WATCHED_POST);
    return parents.flatMap((p) => {
      const row = select.get(workspaceId, p.platform, p.externalId) as { id: number } | undefined;
      return row ? [row.id] : [];
    });
  });
  if (onSqlite) return onSqlite;
  const found = new Map<string, number>();
  const byPlatform = new Map<string, string[]>();
  for (const p of parents) {
    const list = byPlatform.get(p.platform);
    if (list) list.push(p.externalId);
    else byPlatform.set(p.platform, [p.externalId]);
  }
  for (const [platform, externalIds] of byPlatform)
    for (const part of chunks(externalIds, PARENTS_PER_QUERY)) {
      const rows = await db
        .selectFrom('mentions as m')
        .select(['m.id', 'm.external_id'])
        .where('m.workspace_id', '=', workspaceId)
        .where('m.platform', '=', platform)
        .where('m.external_id', 'in', part)
        .where('m.sentiment', '=', 'negative')
        .where((eb) => eb.exists(eb.selectFrom('mention_brands as b').select('b.mention_id').whereRef('b.mention_id', '=', 'm.id')))
        .execute();
      for (const row of rows) found.set(`${platform}\u0000${row.external_id}`, row.id);
    }
  return parents.flatMap((p) => found.get(`${p.platform}\u0000${p.externalId}`) ?? []);
}

/** The posts the batch's mentions reply to or reshare (same platform) that are stored, matched to a brand and negative. */
export async function cascadesOf(deps: Pick<ServiceDeps, 'db'>, workspaceId: number, stored: readonly StoredMention[]): Promise<Cascade[]> {
  const parents = new Map<string, ParentKey>();
  for (const mention of stored) {
    const { platform, parentId } = mention.record;
    if (parentId) parents.set(`${platform}\u0000${parentId}`, { platform, externalId: parentId });
  }
  if (parents.size === 0) return [];
  return cascadesOfPosts(deps, workspaceId, await watchedPosts(deps, workspaceId, [...parents.values()]));
}

/** Stored posts by id (whose counters rose, or that came with comments and shares), each with its cascade if it is one to watch. */
export async function cascadesOfPosts(
  deps: Pick<ServiceDeps, 'db'>,
  workspaceId: number,
  mentionIds: readonly number[],
): Promise<Cascade[]> {
  const cascades: Cascade[] = [];
  for (const id of new Set(mentionIds)) {
    const cascade = await loadCascade(deps, workspaceId, id);
    if (cascade) cascades.push(cascade);
  }
  return cascades;
}
