import type { Kysely } from 'kysely';
import type { EngagementReading } from '../../../core/detection';
import type { Database } from '../../db/schema';

/** Readings of a post's counters read at most, the newest: enough for its velocity and the forecast's early points. */
const MAX_READINGS = 500;

/** A stored post as the per-post rules read it. */
export interface PostView {
  id: number;
  platform: string;
  externalId: string;
  url: string | null;
  createdAt: number;
  negative: boolean;
  brandIds: number[];
}

/** One stored post of the workspace with the brands it matched; null when it is not there. */
export async function readPost(db: Kysely<Database>, workspaceId: number, mentionId: number): Promise<PostView | null> {
  const row = await db
    .selectFrom('mentions')
    .select(['id', 'platform', 'external_id', 'url', 'created_at', 'sentiment'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', mentionId)
    .executeTakeFirst();
  if (!row) return null;
  const brands = await db.selectFrom('mention_brands').select('brand_id').where('mention_id', '=', row.id).execute();
  return {
    id: row.id,
    platform: row.platform,
    externalId: row.external_id,
    url: row.url,
    createdAt: row.created_at,
    negative: row.sentiment === 'negative',
    brandIds: brands.map((b) => b.brand_id),
  };
}

/** The readings of a post's counters, oldest first. */
export async function readReadings(db: Kysely<Database>, mentionId: number): Promise<EngagementReading[]> {
  const rows = await db
    .selectFrom('mention_engagement_snapshots')
    .select(['observed_at', 'likes', 'comments', 'shares'])
    .where('mention_id', '=', mentionId)
    .orderBy('observed_at', 'desc')
    .limit(MAX_READINGS)
    .execute();
  return rows.reverse().map((r) => ({ observedAt: r.observed_at, likes: r.likes, comments: r.comments, shares: r.shares }));
}
