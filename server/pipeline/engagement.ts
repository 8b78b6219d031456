import { type Transaction, sql } from 'kysely';
import type { MentionRecord } from '../../core/api';
import { chunks } from '../db/chunks';
import type { DialectName } from '../db/dialect';
import type { Database } from '../db/schema';
import type { EngagementUpdate, PipelineMention, StoredMention } from './pipeline.types';

export const COUNTERS = ['likes', 'comments', 'shares', 'views', 'reach'] as const;
export type Counter = (typeof COUNTERS)[number];
export type Counters = Record<Counter, number>;
/** One row of `mention_engagement_snapshots`. */
export type SnapshotRow = Counters & { mention_id: number; observed_at: number };

// 7 columns × 500 rows, well below SQLite's bound-parameter limit.
export const ENGAGEMENT_CHUNK = 500;
const CHUNK = ENGAGEMENT_CHUNK;

/** The counters a row gives, undefined where the source left them out; reach falls back on followers as at insert. */
function countersGiven(r: MentionRecord): Partial<Counters> {
  return { likes: r.likes, comments: r.comments, shares: r.shares, views: r.views, reach: r.reach ?? r.authorFollowers };
}

/** The counters a first sighting is stored with (the mention's own columns). */
function countersAtInsert(r: MentionRecord): Counters {
  const given = countersGiven(r);
  return {
    likes: given.likes ?? 0,
    comments: given.comments ?? 0,
    shares: given.shares ?? 0,
    views: given.views ?? 0,
    reach: given.reach ?? 0,
  };
}

/** The counters that went up: each given counter above the stored one. */
export function risenCounters(stored: Counters, given: Partial<Counters>): Partial<Counters> {
  const risen: Partial<Counters> = {};
  for (const c of COUNTERS) {
    const value = given[c];
    if (value !== undefined && value > stored[c]) risen[c] = value;
  }
  return risen;
}

/** The first sighting of each newly stored post: a snapshot of the counters it was stored with. */
export function firstSightings(stored: readonly StoredMention[], observedAt: number): SnapshotRow[] {
  return stored.map((m) => ({ mention_id: m.id, observed_at: observedAt, ...countersAtInsert(m.record) }));
}

/**
 * The batch's posts that were not stored now (stored before) and give at least one counter: per platform,
 * external id → the counters given (the batch's last row for a post wins).
 */
export function sightingsOfStoredPosts(
  mentions: readonly PipelineMention[],
  stored: readonly StoredMention[],
): Map<string, Map<string, Partial<Counters>>> {
  const storedNow = new Set(stored.map((m) => `${m.record.platform}\u0000${m.record.externalId}`));
  const byPlatform = new Map<string, Map<string, Partial<Counters>>>();
  for (const { record } of mentions) {
    if (storedNow.has(`${record.platform}\u0000${record.externalId}`)) continue;
    const given = countersGiven(record);
    if (COUNTERS.every((c) => given[c] === undefined)) continue;
    const ids = byPlatform.get(record.platform) ?? new Map<string, Partial<Counters>>();
    byPlatform.set(record.platform, ids);
    ids.set(record.externalId, given);
  }
  return byPlatform;
}

/** A stored post's update from its counters after they were raised (as the database returns them). */
export function engagementUpdate(
  mentionId: number,
  platform: string,
  externalId: string,
  observedAt: number,
  after: Record<Counter, number | string | bigint>,
): EngagementUpdate {
  const counters = Object.fromEntries(COUNTERS.map((c) => [c, Number(after[c])])) as Counters;
  return { mentionId, platform, externalId, observedAt, ...counters };
}

/** The snapshot of an update's counters. */
export function updateSnapshot({ mentionId, observedAt, likes, comments, shares, views, reach }: EngagementUpdate): SnapshotRow {
  return { mention_id: mentionId, observed_at: observedAt, likes, comments, shares, views, reach };
}

async function insertSnapshots(trx: Transaction<Database>, dialect: DialectName, rows: SnapshotRow[]) {
  const greatest = dialect === 'postgres' ? 'greatest' : 'max';
  for (const part of chunks(rows, CHUNK)) {
    await trx
      .insertInto('mention_engagement_snapshots')
      .values(part)
      // The same sighting delivered twice is one snapshot, with the higher counters.
      .onConflict((oc) =>
        oc
          .columns(['mention_id', 'observed_at'])
          .doUpdateSet(
            Object.fromEntries(
              COUNTERS.map((c) => [c, sql`${sql.raw(greatest)}(mention_engagement_snapshots.${sql.ref(c)}, excluded.${sql.ref(c)})`]),
            ),
          ),
      )
      .execute();
  }
}

/** Raises one stored post's counters to those given where higher; returns its counters after, or null if none rose. */
async function raiseCounters(trx: Transaction<Database>, dialect: DialectName, mentionId: number, risen: Partial<Counters>) {
  const greatest = dialect === 'postgres' ? 'greatest' : 'max';
  const entries = Object.entries(risen) as [Counter, number][];
  // Guarded in SQL too: another process may have raised them since they were read, and counters never go back down.
  return await trx
    .updateTable('mentions')
    .set(Object.fromEntries(entries.map(([c, v]) => [c, sql<number>`${sql.raw(greatest)}(${sql.ref(c)}, ${v})`])))
    .where('id', '=', mentionId)
    .where((eb) => eb.or(entries.map(([c, v]) => eb(c, '<', v))))
    .returning(COUNTERS)
    .executeTakeFirst();
}

/**
 * Keeps each post's engagement over time, inside the batch's transaction: a snapshot of every newly
 * stored post's counters (its first sighting), and for a post already stored that arrives with higher
 * counters, the stored counters raised (never lowered) and a snapshot of them. Returns those updates.
 */
export async function recordEngagement(
  trx: Transaction<Database>,
  dialect: DialectName,
  workspaceId: number,
  mentions: readonly PipelineMention[],
  stored: readonly StoredMention[],
  observedAt: number,
): Promise<EngagementUpdate[]> {
  await insertSnapshots(trx, dialect, firstSightings(stored, observedAt));
  const updates: EngagementUpdate[] = [];
  for (const [platform, given] of sightingsOfStoredPosts(mentions, stored)) {
    for (const part of chunks([...given.keys()], CHUNK)) {
      const rows = await trx
        .selectFrom('mentions')
        .select(['id', 'external_id', ...COUNTERS])
        .where('workspace_id', '=', workspaceId)
        .where('platform', '=', platform)
        .where('external_id', 'in', part)
        .execute();
      for (const row of rows) {
        const risen = risenCounters(row, given.get(row.external_id) ?? {});
        if (Object.keys(risen).length === 0) continue;
        const after = await raiseCounters(trx, dialect, row.id, risen);
        if (!after) continue;
        updates.push(engagementUpdate(row.id, platform, row.external_id, observedAt, after));
      }
    }
  }
  await insertSnapshots(trx, dialect, updates.map(updateSnapshot));
  return updates;
}
