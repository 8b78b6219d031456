import { type CoordinationPost, DEFAULT_COORDINATION_RULE } from '../../../core/detection';
import { EMPTY_CLUSTER_KEY } from '../../../core/analysis';
import { chunks } from '../../db/chunks';
import { runSqliteTransaction } from '../../db/sqlite-session';
import type { ServiceDeps } from '../../deps';
import type { StoredMention } from '../../pipeline';

const DAY = 24 * 3_600_000;
const CHUNK = 500;
/**
 * Siaga knows when it first saw an account, not when the account was made. An account first seen at
 * least this long after the workspace's first mention joined the conversation while Siaga was
 * watching, so its first sighting stands in for its age; before that, its age is unknown.
 */
const WATCHED_BEFORE_MS = DAY;
/**
 * An author's earlier posts are counted up to here: the detector asks only whether there are at most
 * `lowHistoryPosts`, and a prolific account's whole history, read again for every batch, made the count
 * grow with the store.
 */
export const POSTS_COUNTED_UP_TO = DEFAULT_COORDINATION_RULE.lowHistoryPosts + 1;

export interface AuthorOfPost {
  platform: string;
  handle: string;
}

interface AuthorFacts {
  platform: string;
  handle: string;
  firstSeenAt: number;
  postsBefore: number;
}

type AuthorOfRow = Omit<AuthorFacts, 'postsBefore'>;

/**
 * Each author's handle, first sighting and number of mentions before `batchStart` (up to POSTS_COUNTED_UP_TO), through prepared
 * statements on SQLite (one lookup per author instead of compiling lists of hundreds of ids); null
 * when the connection cannot be reached this way. Authors in `reported` (as the store reported them) are
 * not read again.
 */
function readAuthorFactsOnSqlite(
  db: ServiceDeps['db'],
  workspaceId: number,
  authorIds: readonly number[],
  reported: ReadonlyMap<number, AuthorOfRow>,
  batchStart: number,
): Promise<Map<number, AuthorFacts> | null> {
  return runSqliteTransaction(db, (session) => {
    const readAuthor = session.prepare('select platform, handle, first_seen_at from authors where id = ?');
    const countEarlier = session.prepare(
      `select count(*) as n from (select 1 from mentions
        where workspace_id = ? and author_handle = ? and created_at < ? and platform = ? limit ${POSTS_COUNTED_UP_TO})`,
    );
    const facts = new Map<number, AuthorFacts>();
    for (const id of authorIds) {
      let author = reported.get(id);
      if (!author) {
        const row = readAuthor.get(id) as { platform: string; handle: string; first_seen_at: number } | undefined;
        if (!row) continue;
        author = { platform: row.platform, handle: row.handle, firstSeenAt: Number(row.first_seen_at) };
      }
      // First seen (the earliest post time ever stored for the account, this batch's included) at or after the
      // batch's start: none of its posts is earlier, so there is nothing to count. In a history import in random
      // time order that is nearly every account.
      const postsBefore =
        author.firstSeenAt >= batchStart
          ? 0
          : Number((countEarlier.get(workspaceId, author.handle, batchStart, author.platform) as { n: number }).n);
      facts.set(id, { platform: author.platform, handle: author.handle, firstSeenAt: author.firstSeenAt, postsBefore });
    }
    return facts;
  });
}

export interface CoordinationFeed {
  /** Each brand's posts in event time, for its detector. */
  posts: Map<number, CoordinationPost[]>;
  /** Author id (as the detector knows it) → handle. */
  authors: Map<string, AuthorOfPost>;
  /** One text per cluster key, to show what was posted. */
  texts: Map<string, string>;
}

/**
 * The batch's mentions as the coordination detector reads them: the near-duplicate key of the text,
 * the author, and what Siaga knows of the author, from the `authors` table (first sighting) and the
 * author's earlier mentions in the workspace (post count, up to POSTS_COUNTED_UP_TO before the batch).
 * Mentions without an author or a text key are left out.
 */
export async function coordinationFeed(
  { db }: Pick<ServiceDeps, 'db'>,
  workspaceId: number,
  stored: readonly StoredMention[],
  watchingSince: number,
): Promise<CoordinationFeed> {
  const feed: CoordinationFeed = { posts: new Map(), authors: new Map(), texts: new Map() };
  const candidates = stored.filter((m) => m.authorHandle && m.analysis?.clusterKey && m.analysis.clusterKey !== EMPTY_CLUSTER_KEY);
  if (candidates.length === 0) return feed;

  const authorOf = new Map<number, number>();
  // What the store reported of the authors (on SQLite) is what reading the row back would give.
  const reported = new Map<number, AuthorOfRow>();
  for (const m of candidates) {
    if (m.authorId == null) continue;
    authorOf.set(m.id, m.authorId);
    if (m.authorFirstSeenAt != null)
      reported.set(m.authorId, { platform: m.record.platform, handle: m.authorHandle!, firstSeenAt: m.authorFirstSeenAt });
  }
  // The store reports authors on SQLite; otherwise they are read back.
  const unknown = candidates.filter((m) => m.authorId === undefined);
  for (const part of chunks(
    unknown.map((m) => m.id),
    CHUNK,
  )) {
    const rows = await db.selectFrom('mentions').select(['id', 'author_id']).where('id', 'in', part).execute();
    for (const row of rows) if (row.author_id !== null) authorOf.set(row.id, row.author_id);
  }
  const authorIds = [...new Set(authorOf.values())];
  const batchStart = Math.min(...candidates.map((m) => m.record.createdAt));
  const onSqlite = await readAuthorFactsOnSqlite(db, workspaceId, authorIds, reported, batchStart);
  const facts = onSqlite ?? new Map<number, AuthorFacts>();
  for (const part of onSqlite ? [] : chunks(authorIds, CHUNK)) {
    const rows = await db.selectFrom('authors').select(['id', 'platform', 'handle', 'first_seen_at']).where('id', 'in', part).execute();
    for (const row of rows)
      facts.set(row.id, { platform: row.platform, handle: row.handle, firstSeenAt: Number(row.first_seen_at), postsBefore: 0 });
    // By handle, so the count walks the author index (workspace, handle, time) instead of the timeline; an
    // account first seen since the batch began has nothing before it to count (see readAuthorFactsOnSqlite).
    const handles = [...new Set(rows.filter((row) => Number(row.first_seen_at) < batchStart).map((row) => row.handle))];
    if (handles.length === 0) continue;
    const counts = await db
      .selectFrom('mentions')
      .select((eb) => ['platform', 'author_handle', eb.fn.countAll<number>().as('n')])
      .where('workspace_id', '=', workspaceId)
      .where('author_handle', 'in', handles)
      .where('created_at', '<', batchStart)
      .groupBy(['platform', 'author_handle'])
      .execute();
    const byHandle = new Map(counts.map((row) => [`${row.platform}\0${row.author_handle}`, Number(row.n)]));
    for (const known of facts.values())
      known.postsBefore = Math.min(POSTS_COUNTED_UP_TO, byHandle.get(`${known.platform}\0${known.handle}`) ?? known.postsBefore);
  }

  // In event time, so an author's earlier posts in the batch count towards the later ones' history.
  const ordered = [...candidates].sort((a, b) => a.record.createdAt - b.record.createdAt || a.id - b.id);
  const seenInBatch = new Map<number, number>();
  for (const mention of ordered) {
    const authorId = authorOf.get(mention.id);
    const author = authorId === undefined ? undefined : facts.get(authorId);
    if (authorId === undefined || !author) continue;
    const earlier = seenInBatch.get(authorId) ?? 0;
    seenInBatch.set(authorId, earlier + 1);
    const key = mention.analysis!.clusterKey;
    const id = String(authorId);
    feed.authors.set(id, { platform: author.platform, handle: author.handle });
    if (!feed.texts.has(key)) feed.texts.set(key, mention.record.text.slice(0, 280));
    const post: CoordinationPost = {
      clusterKey: key,
      authorId: id,
      timestamp: mention.record.createdAt,
      authorCreatedAt: author.firstSeenAt - watchingSince >= WATCHED_BEFORE_MS ? author.firstSeenAt : null,
      authorPostCount: author.postsBefore + earlier,
    };
    for (const brandId of mention.brands.keys()) {
      const list = feed.posts.get(brandId) ?? [];
      list.push(post);
      feed.posts.set(brandId, list);
    }
  }
  return feed;
}

/** When the workspace's first author was seen: the start of what Siaga has watched. */
export async function watchingSinceOf({ db }: Pick<ServiceDeps, 'db'>, workspaceId: number): Promise<number | null> {
  const row = await db
    .selectFrom('authors')
    .select((eb) => eb.fn.min<number>('first_seen_at').as('since'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return row?.since == null ? null : Number(row.since);
}
