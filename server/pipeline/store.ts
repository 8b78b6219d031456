import { type Kysely, type Transaction, sql } from 'kysely';
import type { DialectName } from '../db/dialect';
import type { Database } from '../db/schema';
import { analysisColumns, categoryRows } from './analysis-columns';
import { chunks } from '../db/chunks';
import { recordEngagement } from './engagement';
import type { EngagementUpdate, PipelineMention, StoredMention } from './pipeline.types';
import { collectAuthors } from './authors';
import { storeBatchOnSqlite } from './store-sqlite';
import { toStoredMention } from './stored-mention';

// SQLite allows 32,766 bound parameters per statement; 31 columns × 500 rows stays well below.
const CHUNK = 500;

/** Upserts the batch's authors and returns `platform\0handle` → author id. */
async function upsertAuthors(trx: Transaction<Database>, dialect: DialectName, workspaceId: number, mentions: PipelineMention[]) {
  const byKey = collectAuthors(mentions);
  const greatest = dialect === 'postgres' ? 'greatest' : 'max';
  const least = dialect === 'postgres' ? 'least' : 'min';
  const ids = new Map<string, number>();
  for (const part of chunks([...byKey.values()], CHUNK)) {
    const rows = await trx
      .insertInto('authors')
      .values(
        part.map((a) => ({
          workspace_id: workspaceId,
          platform: a.platform,
          handle: a.handle,
          name: a.name,
          followers: a.followers,
          first_seen_at: a.first,
          last_seen_at: a.last,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'platform', 'handle']).doUpdateSet({
          name: sql`coalesce(excluded.name, authors.name)`,
          followers: sql`coalesce(excluded.followers, authors.followers)`,
          first_seen_at: sql`${sql.raw(least)}(authors.first_seen_at, excluded.first_seen_at)`,
          last_seen_at: sql`${sql.raw(greatest)}(authors.last_seen_at, excluded.last_seen_at)`,
        }),
      )
      .returning(['id', 'platform', 'handle'])
      .execute();
    for (const r of rows) ids.set(`${r.platform}\u0000${r.handle}`, r.id);
  }
  return ids;
}

/**
 * Stores a batch in one transaction. Mentions already stored (same workspace, platform and
 * external id) are left as they are, so every write is idempotent.
 */
export async function storeMentions(
  db: Kysely<Database>,
  dialect: DialectName,
  workspaceId: number,
  mentions: PipelineMention[],
  ingestedAt: number,
): Promise<StoredMention[]> {
  return (await storeBatch(db, dialect, workspaceId, mentions, ingestedAt)).stored;
}

/**
 * Stores a batch as `storeMentions` does, and in the same transaction keeps the posts' engagement over
 * time (pipeline/engagement.ts): returns the new mentions and the stored posts whose counters rose.
 */
export async function storeBatch(
  db: Kysely<Database>,
  dialect: DialectName,
  workspaceId: number,
  mentions: PipelineMention[],
  ingestedAt: number,
): Promise<{ stored: StoredMention[]; engagement: EngagementUpdate[] }> {
  if (mentions.length === 0) return { stored: [], engagement: [] };
  const onSqlite = dialect === 'sqlite' ? await storeBatchOnSqlite(db, workspaceId, mentions, ingestedAt) : null;
  if (onSqlite) return onSqlite;
  return db.transaction().execute(async (trx) => {
    const authorIds = await upsertAuthors(trx, dialect, workspaceId, mentions);
    const stored: StoredMention[] = [];
    for (const part of chunks(mentions, CHUNK)) {
      const inserted = await trx
        .insertInto('mentions')
        .values(
          part.map(({ record: r, authorHandle, raw, analysis }) => ({
            workspace_id: workspaceId,
            platform: r.platform,
            external_id: r.externalId,
            url: r.url ?? null,
            author_id: authorHandle ? (authorIds.get(`${r.platform}\u0000${authorHandle}`) ?? null) : null,
            author_handle: authorHandle,
            text: r.text,
            language: r.language ?? analysis?.language ?? null,
            created_at: r.createdAt,
            ingested_at: ingestedAt,
            likes: r.likes ?? 0,
            comments: r.comments ?? 0,
            shares: r.shares ?? 0,
            views: r.views ?? 0,
            reach: r.reach ?? r.authorFollowers ?? 0,
            parent_external_id: r.parentId ?? null,
            thread_external_id: r.threadId ?? null,
            raw,
            ...analysisColumns(analysis),
          })),
        )
        .onConflict((oc) => oc.columns(['workspace_id', 'platform', 'external_id']).doNothing())
        .returning(['id', 'platform', 'external_id'])
        .execute();
      const byIdentity = new Map(part.map((m) => [`${m.record.platform}\u0000${m.record.externalId}`, m]));
      for (const row of inserted) {
        const mention = byIdentity.get(`${row.platform}\u0000${row.external_id}`);
        if (mention) stored.push(toStoredMention(mention, row.id, workspaceId));
      }
    }
    const links = stored.flatMap((m) =>
      [...m.brands].map(([brandId, queryIds]) => ({
        workspace_id: workspaceId,
        brand_id: brandId,
        mention_id: m.id,
        created_at: m.record.createdAt,
        query_ids: queryIds.join(','),
      })),
    );
    for (const part of chunks(links, CHUNK)) await trx.insertInto('mention_brands').values(part).execute();
    const categories = stored.flatMap((m) => categoryRows(workspaceId, m.id, m.record.createdAt, m.analysis?.categories ?? []));
    for (const part of chunks(categories, CHUNK)) await trx.insertInto('mention_categories').values(part).execute();
    const engagement = await recordEngagement(trx, dialect, workspaceId, mentions, stored, ingestedAt);
    return { stored, engagement };
  });
}
