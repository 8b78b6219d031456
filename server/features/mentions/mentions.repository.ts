import { type Expression, type ExpressionBuilder, type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { z } from 'zod';
import type { Mention, MentionDetail, MentionListQuerySchema } from '../../../core/api';
import type { DialectName } from '../../db/dialect';
import type { Database } from '../../db/schema';
import { fts5Filter, fts5MatchingIds, mentionIdIn, mentionTextMatches, toFts5Query } from '../../db/search';
import { AppError } from '../../errors';
import { normaliseHandle } from '../../pipeline';
import { ANALYSIS_COLUMNS, type AnalysisRow, toAnalysisView } from './analysis-view';
import { readEngagement } from './engagement-view';
import { type Position, decodeCursor, encodeCursor } from '../../db/keyset-cursor';

type ListQuery = z.output<typeof MentionListQuerySchema>;

/**
 * Search on SQLite. FTS5 finds the matching mentions but not their order in time, so the fastest
 * exact plan depends on how many match: common words are met soon when walking newest first,
 * rare ones are quicker to look up and sort. The list tries the first within the newest `window`
 * mentions, then the second when there are at most `fewMatches` hits, then walks on.
 * Facets count a workspace's mentions one by one up to `countDirectlyBelow` (see countMentions).
 */
const PLAN_LIMITS = { window: 10_000, fewMatches: 1_000, countDirectlyBelow: 100_000 };

/** How to run a page query: which text condition, from where, and within which newest mentions. */
interface PagePlan {
  /** A text condition on the id being walked (`m.id`, or `mb.mention_id` with a brand). */
  text?: (id: Expression<number>) => Expression<SqlBool>;
  /** Start from these mention ids (few), not from an index in time order. */
  ids?: readonly number[];
  /** Only mentions at or after this position (newest first). */
  since?: Position;
}

/** `(at, id)` comes after `p` newest first; `at <= p.at` lets an index on `at` seek straight to it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function olderThan(eb: ExpressionBuilder<any, any>, at: Expression<number>, id: Expression<number>, p: Position) {
  return eb.and([eb(at, '<=', p.at), eb.or([eb(at, '<', p.at), eb.and([eb(at, '=', p.at), eb(id, '<', p.id)])])]);
}

/** `(at, id)` is `p` or comes before it, newest first. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function notOlderThan(eb: ExpressionBuilder<any, any>, at: Expression<number>, id: Expression<number>, p: Position) {
  return eb.and([eb(at, '>=', p.at), eb.or([eb(at, '>', p.at), eb(id, '>=', p.id)])]);
}

const MENTION_COLUMNS = [
  'm.id',
  'm.platform',
  'm.external_id',
  'm.url',
  'm.text',
  'm.language',
  'm.created_at',
  'm.ingested_at',
  'm.author_handle',
  'm.likes',
  'm.comments',
  'm.shares',
  'm.views',
  'm.reach',
  'a.name as author_name',
  'a.followers as author_followers',
  ...ANALYSIS_COLUMNS,
] as const;

type MentionListRow = AnalysisRow & {
  id: number;
  platform: string;
  external_id: string;
  url: string | null;
  text: string;
  language: string | null;
  created_at: number;
  ingested_at: number;
  author_handle: string | null;
  likes: number;
  comments: number;
  shares: number;
  views: number;
  reach: number;
  author_name: string | null;
  author_followers: number | null;
};

function toMention(r: MentionListRow, brandIds: number[]): Mention {
  return {
    id: r.id,
    platform: r.platform,
    externalId: r.external_id,
    url: r.url,
    text: r.text,
    language: r.language,
    createdAt: r.created_at,
    ingestedAt: r.ingested_at,
    author: { handle: r.author_handle, name: r.author_name, followers: r.author_followers },
    likes: r.likes,
    comments: r.comments,
    shares: r.shares,
    views: r.views,
    reach: r.reach,
    brandIds,
    analysis: toAnalysisView(r),
  };
}

/** `limits` is for tests, which exercise every plan on small data. */
export function createMentionRepository(db: Kysely<Database>, dialect: DialectName, limits = PLAN_LIMITS) {
  const columns = () => db.selectFrom('mentions as m').leftJoin('authors as a', 'a.id', 'm.author_id').select(MENTION_COLUMNS);
  const base = (workspaceId: number) => columns().where('m.workspace_id', '=', workspaceId);

  async function brandIdsOf(mentionIds: number[]): Promise<Map<number, number[]>> {
    const map = new Map<number, number[]>();
    if (mentionIds.length === 0) return map;
    const rows = await db.selectFrom('mention_brands').select(['mention_id', 'brand_id']).where('mention_id', 'in', mentionIds).execute();
    for (const r of rows) map.set(r.mention_id, [...(map.get(r.mention_id) ?? []), r.brand_id]);
    return map;
  }

  async function withBrands(rows: MentionListRow[]): Promise<Mention[]> {
    const brands = await brandIdsOf(rows.map((r) => r.id));
    return rows.map((r) => toMention(r, brands.get(r.id) ?? []));
  }

  /** The list's order: newest first by event time, then id; with a brand, along the brand's own timeline index. */
  const orderOf = (filter: ListQuery) =>
    filter.brandId
      ? { at: sql.ref<number>('mb.created_at'), id: sql.ref<number>('mb.mention_id') }
      : { at: sql.ref<number>('m.created_at'), id: sql.ref<number>('m.id') };

  /** The mentions a list shows: its filters, brand and cursor, and the plan's conditions. */
  function listed(workspaceId: number, filter: ListQuery, plan: PagePlan) {
    const { at, id } = orderOf(filter);
    // From a few ids, the unary + keeps the planner off the indexes that lead with workspace_id.
    const workspace = (table: 'm' | 'mb') =>
      plan.ids ? sql<number>`+${sql.ref(`${table}.workspace_id`)}` : sql.ref<number>(`${table}.workspace_id`);
    let q = db.selectFrom('mentions as m').where(workspace('m'), '=', workspaceId);
    if (filter.platform) q = q.where('m.platform', '=', filter.platform);
    if (filter.language) q = q.where('m.language', '=', filter.language);
    const author = normaliseHandle(filter.author);
    if (author) q = q.where('m.author_handle', '=', author);
    if (filter.from !== undefined) q = q.where('m.created_at', '>=', filter.from);
    if (filter.to !== undefined) q = q.where('m.created_at', '<=', filter.to);
    if (filter.sentiment) q = q.where('m.sentiment', '=', filter.sentiment);
    if (filter.spam === 'only') q = q.where('m.spam', '=', 1);
    if (filter.spam === 'hide') q = q.where((eb) => eb.or([eb('m.spam', 'is', null), eb('m.spam', '=', 0)]));
    if (filter.minToxicity !== undefined) q = q.where('m.toxicity', '>=', filter.minToxicity);
    if (filter.cluster) q = q.where('m.cluster_key', '=', filter.cluster);
    const post = filter.post;
    if (post) q = q.where((eb) => eb.or([eb('m.external_id', '=', post), eb('m.parent_external_id', '=', post)]));
    const category = filter.category;
    if (category) {
      // `other` has no index rows (see categoryRows): it is an analysed mention with none of the others.
      const inCategory = db
        .selectFrom('mention_categories as mc')
        .select('mc.mention_id')
        .where('mc.mention_id', '=', sql.ref<number>('m.id'));
      q =
        category === 'other'
          ? q.where('m.categories', 'is not', null).where((eb) => eb.not(eb.exists(inCategory)))
          : q.where((eb) => eb.exists(inCategory.where('mc.category', '=', category)));
    }
    if (filter.brandId) {
      q = q
        .innerJoin('mention_brands as mb', 'mb.mention_id', 'm.id')
        .where('mb.brand_id', '=', filter.brandId)
        .where(workspace('mb'), '=', workspaceId);
    }
    if (plan.text) q = q.where(plan.text(id));
    if (plan.ids) q = q.where(mentionIdIn(plan.ids));
    if (filter.cursor) {
      const c = decodeCursor(filter.cursor);
      q = q.where((eb) => olderThan(eb, at, id, c));
    }
    const since = plan.since;
    if (since) q = q.where((eb) => notOlderThan(eb, at, id, since));
    return q;
  }

  /** One page of the list, plus one row to know whether there is a next. */
  function pageQuery(workspaceId: number, filter: ListQuery, plan: PagePlan) {
    const { at, id } = orderOf(filter);
    return listed(workspaceId, filter, plan)
      .leftJoin('authors as a', 'a.id', 'm.author_id')
      .select(MENTION_COLUMNS)
      .orderBy(at, 'desc')
      .orderBy(id, 'desc')
      .limit(filter.limit + 1);
  }

  /**
   * The position of the `window`-th mention of the list without its search, if it is that long.
   * It only bounds a walk, so it counts along one index without reading mentions: the brand's
   * timeline, the index of a single platform, language or author filter, or the workspace's timeline.
   */
  async function windowEdge(workspaceId: number, filter: ListQuery): Promise<Position | null> {
    const { at, id } = orderOf(filter);
    const columns = [at.as('at'), id.as('id')];
    const offset = limits.window - 1;
    let edge: { at: number; id: number } | undefined;
    if (filter.brandId) {
      let q = db
        .selectFrom('mention_brands as mb')
        .select(columns)
        .where('mb.workspace_id', '=', workspaceId)
        .where('mb.brand_id', '=', filter.brandId);
      const c = filter.cursor ? decodeCursor(filter.cursor) : null;
      if (c) q = q.where((eb) => olderThan(eb, at, id, c));
      edge = await q.orderBy(at, 'desc').orderBy(id, 'desc').limit(1).offset(offset).executeTakeFirst();
    } else {
      const { platform, language, author, ...rest } = filter;
      const single = [platform, language, author].filter(Boolean).length === 1;
      edge = await listed(workspaceId, single ? filter : rest, {})
        .select(columns)
        .orderBy(at, 'desc')
        .orderBy(id, 'desc')
        .limit(1)
        .offset(offset)
        .executeTakeFirst();
    }
    return edge ? { at: Number(edge.at), id: Number(edge.id) } : null;
  }

  /**
   * How many mentions a workspace has, exactly. Counting one workspace steps through each of its
   * index entries (about 25 ms a million here), while SQLite counts a whole table from its pages
   * alone; so when the workspace is large and the others are small, the table's count less theirs
   * is the same number, sooner. One read transaction keeps the counts of one snapshot.
   */
  async function countMentions(workspaceId: number): Promise<number> {
    const own = sql`workspace_id = ${workspaceId}`;
    const count = async (trx: Kysely<Database>, where: RawBuilder<unknown> | null) => {
      const result = await sql<{ n: number }>`select count(*) as n from mentions ${where ? sql`where ${where}` : sql``}`.execute(trx);
      return Number(result.rows[0]?.n ?? 0);
    };
    if (dialect !== 'sqlite') return count(db, own);
    return db.transaction().execute(async (trx) => {
      const atLeast = async (where: RawBuilder<unknown>) =>
        (await sql`select 1 from mentions where ${where} limit 1 offset ${limits.countDirectlyBelow - 1}`.execute(trx)).rows.length > 0;
      const below = sql`workspace_id < ${workspaceId}`;
      const above = sql`workspace_id > ${workspaceId}`;
      if (!(await atLeast(own)) || (await atLeast(below)) || (await atLeast(above))) return count(trx, own);
      return (await count(trx, null)) - (await count(trx, below)) - (await count(trx, above));
    });
  }

  /** A page of an FTS5 search on SQLite: the same rows as walking the whole list, planned by how many match. */
  async function searchPage(workspaceId: number, filter: ListQuery, fts: string): Promise<MentionListRow[]> {
    const text = (id: Expression<number>) => fts5Filter(id, fts);
    // 1. Walk the newest `window` mentions, checking each against the hits: enough for common words.
    const edge = await windowEdge(workspaceId, filter);
    const walked = (await pageQuery(workspaceId, filter, { text, ...(edge ? { since: edge } : {}) }).execute()) as MentionListRow[];
    if (!edge || walked.length > filter.limit) return walked;
    // 2. Few hits in all: start from them.
    const hits = (await fts5MatchingIds(fts, limits.fewMatches + 1).execute(db)).rows.map((r) => r.id);
    if (hits.length === 0) return [];
    if (hits.length <= limits.fewMatches) return await pageQuery(workspaceId, filter, { ids: hits }).execute();
    // 3. Many hits, few of them recent: walk on.
    return await pageQuery(workspaceId, filter, { text }).execute();
  }

  return {
    /** Newest first, by event time, with keyset paging. */
    async listMentions(workspaceId: number, filter: ListQuery): Promise<{ items: Mention[]; nextCursor: string | null }> {
      const fts = dialect === 'sqlite' && filter.q ? toFts5Query(filter.q) : null;
      let rows: MentionListRow[];
      if (fts) rows = await searchPage(workspaceId, filter, fts);
      else {
        const match = filter.q ? mentionTextMatches(dialect, filter.q) : null;
        rows = await pageQuery(workspaceId, filter, match ? { text: () => match } : {}).execute();
      }
      const page = rows.slice(0, filter.limit);
      const last = page[page.length - 1];
      return {
        items: await withBrands(page),
        nextCursor: rows.length > filter.limit && last ? encodeCursor({ at: last.created_at, id: last.id }) : null,
      };
    },

    async getMention(workspaceId: number, mentionId: number): Promise<MentionDetail> {
      const row = await base(workspaceId)
        .select(['m.raw', 'm.parent_external_id', 'm.thread_external_id'])
        .where('m.id', '=', mentionId)
        .executeTakeFirst();
      if (!row) throw AppError.notFound('Mention');
      const matches = await db
        .selectFrom('mention_brands as mb')
        .innerJoin('brands as b', 'b.id', 'mb.brand_id')
        .select(['mb.brand_id', 'b.name', 'mb.query_ids'])
        .where('mb.mention_id', '=', mentionId)
        .execute();
      const [mention] = await withBrands([row]);
      const engagement = await readEngagement(db, row);
      return {
        ...(mention as Mention),
        parentId: row.parent_external_id,
        threadId: row.thread_external_id,
        raw: row.raw ? (JSON.parse(row.raw) as unknown) : null,
        matches: matches.map((m) => ({
          brandId: m.brand_id,
          brandName: m.name,
          queryIds: m.query_ids.split(',').filter(Boolean).map(Number),
        })),
        engagement,
      };
    },

    async facets(workspaceId: number) {
      // The few distinct values, in order, by skipping from one to the next along the
      // (workspace_id, column, …) index instead of reading every mention; min() skips nulls.
      const distinct = async (column: 'platform' | 'language') => {
        const ref = sql.ref(column);
        const result = await sql<{ value: string }>`with recursive found(value) as (
            select (select min(${ref}) from mentions where workspace_id = ${workspaceId})
            union all
            select (select min(${ref}) from mentions where workspace_id = ${workspaceId} and ${ref} > found.value) from found where found.value is not null
          ) select value from found where value is not null`.execute(db);
        return result.rows.map((r) => r.value);
      };
      const platforms = await distinct('platform');
      const languages = await distinct('language');
      return { platforms, languages, total: await countMentions(workspaceId) };
    },

    /** The most recent mentions, for previews that run a matcher in memory. */
    async recentMentions(workspaceId: number, limit: number): Promise<MentionListRow[]> {
      return await base(workspaceId).orderBy('m.created_at', 'desc').orderBy('m.id', 'desc').limit(limit).execute();
    },

    withBrands,
  };
}

export type MentionRepository = ReturnType<typeof createMentionRepository>;
