import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { type SqliteSession, runSqliteTransaction } from '../db/sqlite-session';
import { analysisColumns } from './analysis-columns';
import { authorKey, collectAuthors } from './authors';
import type { PipelineMention, StoredMention } from './pipeline.types';

// The same statements the Kysely path builds, prepared once: one row per run, no query compiled per batch.
const UPSERT_AUTHOR = `insert into authors (workspace_id, platform, handle, name, followers, first_seen_at, last_seen_at)
  values (?, ?, ?, ?, ?, ?, ?)
  on conflict (workspace_id, platform, handle) do update set
    name = coalesce(excluded.name, authors.name),
    followers = coalesce(excluded.followers, authors.followers),
    first_seen_at = min(authors.first_seen_at, excluded.first_seen_at),
    last_seen_at = max(authors.last_seen_at, excluded.last_seen_at)
  returning id`;

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
const INSERT_BRAND_LINK = 'insert into mention_brands (workspace_id, brand_id, mention_id, created_at, query_ids) values (?, ?, ?, ?, ?)';
const INSERT_CATEGORY = 'insert into mention_categories (workspace_id, mention_id, category, created_at) values (?, ?, ?, ?)';

function upsertAuthors(session: SqliteSession, workspaceId: number, mentions: readonly PipelineMention[]): Map<string, number> {
  const upsert = session.prepare(UPSERT_AUTHOR);
  const ids = new Map<string, number>();
  for (const [key, a] of collectAuthors(mentions)) {
    const row = upsert.get(workspaceId, a.platform, a.handle, a.name, a.followers, a.first, a.last) as { id: number };
    ids.set(key, row.id);
  }
  return ids;
}

/** The mention's column values in MENTION_COLUMNS order. */
function mentionValues(workspaceId: number, m: PipelineMention, authorId: number | null, ingestedAt: number): unknown[] {
  const r = m.record;
  const a = analysisColumns(m.analysis);
  return [
    workspaceId,
    r.platform,
    r.externalId,
    r.url ?? null,
    authorId,
    m.authorHandle,
    r.text,
    r.language ?? m.analysis?.language ?? null,
    r.createdAt,
    ingestedAt,
    r.likes ?? 0,
    r.comments ?? 0,
    r.shares ?? 0,
    r.views ?? 0,
    r.reach ?? r.authorFollowers ?? 0,
    r.parentId ?? null,
    r.threadId ?? null,
    m.raw,
    a.sentiment ?? null,
    a.sentiment_negative ?? null,
    a.sentiment_neutral ?? null,
    a.sentiment_positive ?? null,
    a.sentiment_source ?? null,
    a.categories ?? null,
    a.toxicity ?? null,
    a.spam ?? null,
    a.cluster_key ?? null,
    a.key_phrases ?? null,
    a.analysis_version ?? null,
  ];
}

/**
 * `storeMentions` on SQLite: the same rows in one transaction, through prepared statements. A mention
 * already stored (same workspace, platform and external id) changes nothing and is left out of the result.
 * Null when the connection cannot be reached this way.
 */
export function storeMentionsOnSqlite(
  db: Kysely<Database>,
  workspaceId: number,
  mentions: PipelineMention[],
  ingestedAt: number,
): Promise<StoredMention[] | null> {
  return runSqliteTransaction(db, (session) => {
    const authorIds = upsertAuthors(session, workspaceId, mentions);
    const insertMention = session.prepare(INSERT_MENTION);
    const insertLink = session.prepare(INSERT_BRAND_LINK);
    const insertCategory = session.prepare(INSERT_CATEGORY);
    const stored: StoredMention[] = [];
    for (const m of mentions) {
      const authorId = m.authorHandle ? (authorIds.get(authorKey(m.record.platform, m.authorHandle)) ?? null) : null;
      const result = insertMention.run(mentionValues(workspaceId, m, authorId, ingestedAt));
      if (result.changes === 0) continue;
      const id = Number(result.lastInsertRowid);
      stored.push({ ...m, id, workspaceId, authorId });
    }
    // Links and categories after all mentions, as the Kysely path writes them.
    for (const m of stored)
      for (const [brandId, queryIds] of m.brands) insertLink.run(workspaceId, brandId, m.id, m.record.createdAt, queryIds.join(','));
    for (const m of stored)
      for (const category of m.analysis?.categories ?? [])
        if (category !== 'other') insertCategory.run(workspaceId, m.id, category, m.record.createdAt);
    return stored;
  });
}
