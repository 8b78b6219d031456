import type { Kysely } from 'kysely';
import { measureEngagementVelocity } from '../../../core/detection';
import type { EngagementSnapshot, MentionDetail } from '../../../core/api';
import type { Database } from '../../db/schema';

/** Readings a mention's detail returns at most: the newest, so a post polled for weeks stays one small response. */
const MAX_SNAPSHOTS = 500;

interface MentionCounters {
  id: number;
  created_at: number;
  ingested_at: number;
  likes: number;
  comments: number;
  shares: number;
  views: number;
  reach: number;
}

/**
 * A mention's readings of its counters, oldest first, and its engagement velocity at the newest. A
 * mention stored before readings were kept has its own row as its one reading.
 */
export async function readEngagement(db: Kysely<Database>, row: MentionCounters): Promise<MentionDetail['engagement']> {
  const rows = await db
    .selectFrom('mention_engagement_snapshots')
    .select(['observed_at', 'likes', 'comments', 'shares', 'views', 'reach'])
    .where('mention_id', '=', row.id)
    .orderBy('observed_at', 'desc')
    .limit(MAX_SNAPSHOTS)
    .execute();
  const snapshots: EngagementSnapshot[] =
    rows.length > 0
      ? rows.reverse().map(({ observed_at, ...counters }) => ({ observedAt: observed_at, ...counters }))
      : [
          {
            observedAt: row.ingested_at,
            likes: row.likes,
            comments: row.comments,
            shares: row.shares,
            views: row.views,
            reach: row.reach,
          },
        ];
  return { snapshots, velocity: measureEngagementVelocity(row.created_at, snapshots) };
}
