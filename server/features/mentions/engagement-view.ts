import type { Kysely } from 'kysely';
import { measureEngagementVelocity } from '../../../core/detection';
import type { EngagementSnapshot, MentionDetail } from '../../../core/api';
import type { Database } from '../../db/schema';

/** Readings a mention's detail returns at most: the newest, so a post polled for weeks stays one small response. */
const MAX_SNAPSHOTS = 500;

/** A mention's readings of its counters, oldest first, and its engagement velocity at the newest. */
export async function readEngagement(
  db: Kysely<Database>,
  mention: { id: number; created_at: number },
): Promise<MentionDetail['engagement']> {
  const rows = await db
    .selectFrom('mention_engagement_snapshots')
    .select(['observed_at', 'likes', 'comments', 'shares', 'views', 'reach'])
    .where('mention_id', '=', mention.id)
    .orderBy('observed_at', 'desc')
    .limit(MAX_SNAPSHOTS)
    .execute();
  const snapshots: EngagementSnapshot[] = rows.reverse().map(({ observed_at, ...counters }) => ({ observedAt: observed_at, ...counters }));
  return { snapshots, velocity: measureEngagementVelocity(mention.created_at, snapshots) };
}
