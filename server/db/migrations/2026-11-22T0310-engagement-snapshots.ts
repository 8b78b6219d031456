import { sql } from 'kysely';
import { notNull, ref, type AnyDb } from './migration-kit';

const COUNTERS = ['likes', 'comments', 'shares', 'views', 'reach'] as const;

/**
 * Each sighting of a post's public counters, for its engagement velocity: the first when the post is
 * stored, then one each time it is seen again with higher counters. One row per post and time, so a
 * sighting delivered twice is stored once.
 */
export async function up(db: AnyDb): Promise<void> {
  let table = db.schema
    .createTable('mention_engagement_snapshots')
    .addColumn('mention_id', 'bigint', ref('mentions'))
    .addColumn('observed_at', 'bigint', notNull);
  for (const column of COUNTERS) table = table.addColumn(column, 'bigint', (c) => c.notNull().defaultTo(0));
  await table.addPrimaryKeyConstraint('mention_engagement_snapshots_pk', ['mention_id', 'observed_at']).execute();
  // Mentions stored before this migration get their first sighting from their own row, as new ones do.
  await sql`insert into mention_engagement_snapshots (mention_id, observed_at, likes, comments, shares, views, reach)
    select id, ingested_at, likes, comments, shares, views, reach from mentions`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('mention_engagement_snapshots').ifExists().execute();
}
