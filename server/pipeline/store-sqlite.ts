import type { Kysely } from 'kysely';
import { chunks } from '../db/chunks';
import type { Database } from '../db/schema';
import { type SqliteSession, runSqliteTransaction } from '../db/sqlite-session';
import { authorKey, collectAuthors } from './authors';
import {
  COUNTERS,
  type Counters,
  ENGAGEMENT_CHUNK,
  type SnapshotRow,
  engagementUpdate,
  firstSightings,
  risenCounters,
  sightingsOfStoredPosts,
  updateSnapshot,
} from './engagement';
import type { EngagementUpdate, PipelineMention, StoredMention } from './pipeline.types';
import { toStoredMention } from './stored-mention';

// The same statements the Kysely path builds, prepared once: one row per run, no query compiled per batch.
const UPSERT_AUTHOR = `insert into authors (workspace_id, platform, handle, name, followers, first_seen_at, last_seen_at)
  values (?, ?, ?, ?, ?, ?, ?)
  on conflict (workspace_id, platform, handle) do update set
    name = coalesce(excluded.name, authors.name),
    followers = coalesce(excluded.followers, authors.followers),
    first_seen_at = min(authors.first_seen_at, excluded.first_seen_at),
    last_seen_at = max(authors.last_seen_at, excluded.last_seen_at)
  returning id, first_seen_at`;

const MENTION_COLUMNS = [
  'workspace_id',
  'platform',
  'external_id',
  'url',
  'author_id',
  'author_handle',
  'text',
  'language',
  'created_at',
  'ingested_at',
  'likes',
  'comments',
  'shares',
  'views',
  'reach',
  'parent_external_id',
  'thread_external_id',
  'raw',
  'sentiment',
  'sentiment_negative',
  'sentiment_neutral',
  'sentiment_positive',
  'sentiment_source',
  'categories',
  'toxicity',
  'spam',
  'cluster_key',
  'key_phrases',
  'analysis_version',
] as const;

const INSERT_MENTION = `insert into mentions (${MENTION_COLUMNS.join(', ')})
  values (${MENTION_COLUMNS.map(() => '?').join(', ')})
  on conflict (workspace_id, platform, external_id) do nothing`;
// The batch's full-text index entries in one statement, the insert trigger standing aside meanwhile
// (migration 2026-11-22T0500-fts-bulk-fill): one index segment per batch instead of one per mention.
const DEFER_FTS = 'insert into mentions_fts_deferred (since) values (?)';
const FILL_FTS = 'insert into mentions_fts (rowid, text) select id, text from mentions where id in (select value from json_each(?))';
const RESUME_FTS = 'delete from mentions_fts_deferred';
const INSERT_BRAND_LINK = 'insert into mention_brands (workspace_id, brand_id, mention_id, created_at, query_ids) values (?, ?, ?, ?, ?)';
const INSERT_CATEGORY = 'insert into mention_categories (workspace_id, mention_id, category, created_at) values (?, ?, ?, ?)';

// Engagement (pipeline/engagement.ts), as its Kysely statements on SQLite.
const UPSERT_SNAPSHOT = `insert into mention_engagement_snapshots (mention_id, observed_at, ${COUNTERS.join(', ')})
  values (?, ?, ${COUNTERS.map(() => '?').join(', ')})
  on conflict (mention_id, observed_at) do update set
    ${COUNTERS.map((c) => `${c} = max(mention_engagement_snapshots.${c}, excluded.${c})`).join(',\n    ')}`;
const SELECT_COUNTERS = `select id, ${COUNTERS.join(', ')} from mentions where workspace_id = ? and platform = ? and external_id = ?`;
// A counter that did not rise is bound as null: it keeps its value and takes no part in the guard.
const RAISE_COUNTERS = `update mentions set
    ${COUNTERS.map((c) => `${c} = max(${c}, coalesce(@${c}, ${c}))`).join(',\n    ')}
  where id = @id and (${COUNTERS.map((c) => `${c} < @${c}`).join(' or ')})
  returning ${COUNTERS.join(', ')}`;

interface AuthorRow {
  id: number;
  first_seen_at: number;
}

/** The batch's authors upserted, by `platform\0handle`: their ids and first sightings as stored now. */
function upsertAuthors(session: SqliteSession, workspaceId: number, mentions: readonly PipelineMention[]): Map<string, AuthorRow> {
  const upsert = session.prepare(UPSERT_AUTHOR);
  const rows = new Map<string, AuthorRow>();
  for (const [key, a] of collectAuthors(mentions)) {
    rows.set(key, upsert.get(workspaceId, a.platform, a.handle, a.name, a.followers, a.first, a.last) as AuthorRow);
  }
  return rows;
}

/** Fills `values` with the mention's columns in MENTION_COLUMNS order; one array serves the whole batch. */
function fillMentionValues(values: unknown[], workspaceId: number, m: PipelineMention, authorId: number | null, ingestedAt: number): void {
  const r = m.record;
  const a = m.analysis;
  values[0] = workspaceId;
  values[1] = r.platform;
  values[2] = r.externalId;
  values[3] = r.url ?? null;
  values[4] = authorId;
  values[5] = m.authorHandle;
  values[6] = r.text;
  values[7] = r.language ?? a?.language ?? null;
  values[8] = r.createdAt;
  values[9] = ingestedAt;
  values[10] = r.likes ?? 0;
  values[11] = r.comments ?? 0;
  values[12] = r.shares ?? 0;
  values[13] = r.views ?? 0;
  values[14] = r.reach ?? r.authorFollowers ?? 0;
  values[15] = r.parentId ?? null;
  values[16] = r.threadId ?? null;
  values[17] = m.raw;
  // The analysis columns as analysisColumns() gives them to the Kysely path; null when not analysed.
  values[18] = a ? a.sentiment : null;
  values[19] = a ? a.sentimentScores.negative : null;
  values[20] = a ? a.sentimentScores.neutral : null;
  values[21] = a ? a.sentimentScores.positive : null;
  values[22] = a ? a.sentimentSource : null;
  values[23] = a ? JSON.stringify(a.categories) : null;
  values[24] = a ? a.toxicity : null;
  values[25] = a ? (a.spam ? 1 : 0) : null;
  values[26] = a ? a.clusterKey : null;
  values[27] = a ? JSON.stringify(a.keyPhrases) : null;
  values[28] = a ? a.version : null;
}

function insertSnapshots(session: SqliteSession, rows: readonly SnapshotRow[]): void {
  const upsert = session.prepare(UPSERT_SNAPSHOT);
  // The same sighting delivered twice is one snapshot, with the higher counters.
  for (const r of rows) upsert.run(r.mention_id, r.observed_at, r.likes, r.comments, r.shares, r.views, r.reach);
}

/**
 * `recordEngagement` on SQLite, inside the batch's transaction: the first sighting of every newly stored
 * post, and for a post stored before that arrives with higher counters, those counters raised (never
 * lowered) and a snapshot of them. The same decisions (pipeline/engagement.ts), through prepared statements.
 */
function recordEngagementOnSqlite(
  session: SqliteSession,
  workspaceId: number,
  mentions: readonly PipelineMention[],
  stored: readonly StoredMention[],
  observedAt: number,
): EngagementUpdate[] {
  insertSnapshots(session, firstSightings(stored, observedAt));
  const select = session.prepare(SELECT_COUNTERS);
  const raise = session.prepare(RAISE_COUNTERS);
  const updates: EngagementUpdate[] = [];
  for (const [platform, given] of sightingsOfStoredPosts(mentions, stored)) {
    // In the order the Kysely path reads them on SQLite: by external id within each chunk of its `in` list.
    for (const part of chunks([...given.keys()], ENGAGEMENT_CHUNK)) {
      for (const externalId of part.sort(byCodeUnits)) {
        const row = select.get(workspaceId, platform, externalId) as (Counters & { id: number }) | undefined;
        if (!row) continue;
        const risen = risenCounters(row, given.get(externalId) ?? {});
        if (Object.keys(risen).length === 0) continue;
        const params: Record<string, number | null> = { id: row.id };
        for (const c of COUNTERS) params[c] = risen[c] ?? null;
        const after = raise.get(params) as Counters | undefined;
        if (!after) continue;
        updates.push(engagementUpdate(row.id, platform, externalId, observedAt, after));
      }
    }
  }
  insertSnapshots(session, updates.map(updateSnapshot));
  return updates;
}

/** Ascending by UTF-16 code units, as SQLite's binary collation orders ASCII ids. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `storeBatch` on SQLite: the same rows in one transaction, through prepared statements. A mention
 * already stored (same workspace, platform and external id) is left out of `stored`; if it comes with
 * higher engagement counters they are raised and it is in `engagement`. Null when the connection cannot be
 * reached this way.
 */
export function storeBatchOnSqlite(
  db: Kysely<Database>,
  workspaceId: number,
  mentions: PipelineMention[],
  ingestedAt: number,
): Promise<{ stored: StoredMention[]; engagement: EngagementUpdate[] } | null> {
  return runSqliteTransaction(db, (session) => {
    const authors = upsertAuthors(session, workspaceId, mentions);
    const insertMention = session.prepare(INSERT_MENTION);
    const insertLink = session.prepare(INSERT_BRAND_LINK);
    const insertCategory = session.prepare(INSERT_CATEGORY);
    const stored: StoredMention[] = [];
    const values: unknown[] = new Array(MENTION_COLUMNS.length).fill(null);
    session.prepare(DEFER_FTS).run(ingestedAt);
    for (const m of mentions) {
      const author = m.authorHandle ? authors.get(authorKey(m.record.platform, m.authorHandle)) : undefined;
      const authorId = author?.id ?? null;
      fillMentionValues(values, workspaceId, m, authorId, ingestedAt);
      const result = insertMention.run(values);
      if (result.changes === 0) continue;
      const id = Number(result.lastInsertRowid);
      stored.push(toStoredMention(m, id, workspaceId, { id: authorId, firstSeenAt: author ? Number(author.first_seen_at) : null }));
    }
    if (stored.length > 0) session.prepare(FILL_FTS).run(JSON.stringify(stored.map((m) => m.id)));
    session.prepare(RESUME_FTS).run();
    // Links and categories after all mentions, as the Kysely path writes them.
    for (const m of stored)
      for (const [brandId, queryIds] of m.brands) insertLink.run(workspaceId, brandId, m.id, m.record.createdAt, queryIds.join(','));
    for (const m of stored)
      for (const category of m.analysis?.categories ?? [])
        if (category !== 'other') insertCategory.run(workspaceId, m.id, category, m.record.createdAt);
    const engagement = recordEngagementOnSqlite(session, workspaceId, mentions, stored, ingestedAt);
    return { stored, engagement };
  });
}
