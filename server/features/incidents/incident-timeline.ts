import type { Kysely } from 'kysely';
import type { TimelineEntry } from '../../../core/api';
import type { TimelineKind } from '../../../core/incidents';
import type { Database } from '../../db/schema';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';

export interface RoomChange {
  workspaceId: number;
  incidentId: number;
  kind: TimelineKind;
  /** The audit log's action, e.g. `incident.task_completed`. */
  action: string;
  details: Record<string, unknown>;
}

/** Every change in the room goes to the timeline and the audit log in the same transaction. */
export async function recordRoomChange(trx: Kysely<Database>, actor: Actor, now: number, change: RoomChange): Promise<void> {
  await addTimelineEntry(trx, change.incidentId, change.kind, actor.userId, change.details, now);
  await recordAudit(trx, actor, now, {
    workspaceId: change.workspaceId,
    action: change.action,
    targetType: 'incident',
    targetId: change.incidentId,
    details: change.details,
  });
}

export async function addTimelineEntry(
  db: Kysely<Database>,
  incidentId: number,
  kind: TimelineKind,
  userId: number | null,
  details: Record<string, unknown>,
  at: number,
): Promise<void> {
  await db
    .insertInto('incident_timeline')
    .values({ incident_id: incidentId, at, kind, actor_user_id: userId, details: JSON.stringify(details) })
    .execute();
}

/** Oldest first, as a story reads; `kinds` keeps only those kinds. */
export async function listTimeline(db: Kysely<Database>, incidentId: number, kinds: readonly TimelineKind[]): Promise<TimelineEntry[]> {
  let q = db
    .selectFrom('incident_timeline as t')
    .leftJoin('users as u', 'u.id', 't.actor_user_id')
    .select(['t.id', 't.at', 't.kind', 't.details', 'u.name', 'u.email'])
    .where('t.incident_id', '=', incidentId);
  if (kinds.length > 0) q = q.where('t.kind', 'in', [...kinds]);
  const rows = await q.orderBy('t.at').orderBy('t.id').limit(5000).execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    kind: r.kind as TimelineKind,
    actorName: r.name || r.email || null,
    details: JSON.parse(r.details) as Record<string, unknown>,
  }));
}

/** The pause switch's resume, on the timeline of the incident that paused the brand. */
export async function recordPostsResumed(
  trx: Kysely<Database>,
  pause: { incidentId: number | null; brandName: string },
  userId: number | null,
  now: number,
): Promise<void> {
  if (pause.incidentId === null) return;
  await addTimelineEntry(trx, pause.incidentId, 'posts_resumed', userId, { brandName: pause.brandName }, now);
}

/** What the outbox tells of a settled item that belongs to an incident (its source names the incident). */
export interface DeliveryNews {
  workspaceId: number;
  kind: string;
  account: { platform: string; handle: string };
  source: { type: string; id: number | string; incidentId?: number | null } | null;
  outcome: 'sent' | 'failed';
  receipt: { url: string | null; externalId: string } | null;
  error: string | null;
  at: number;
  /** For a delivery to many people at once (a statement's e-mails): how many it reached. */
  recipients?: number;
}

/**
 * A delivery receipt (or a final failure) on the incident's timeline: channel, account, time and link.
 * Items without an incident, or naming one of another workspace, leave the timeline alone.
 */
export async function recordDelivery(trx: Kysely<Database>, news: DeliveryNews): Promise<void> {
  const incidentId = news.source?.incidentId;
  if (typeof incidentId !== 'number') return;
  const incident = await trx
    .selectFrom('incidents')
    .select('id')
    .where('id', '=', incidentId)
    .where('workspace_id', '=', news.workspaceId)
    .executeTakeFirst();
  if (!incident) return;
  const details = {
    kind: news.kind,
    channel: news.account.platform,
    handle: news.account.handle,
    sourceType: news.source?.type ?? null,
    sourceId: news.source?.id ?? null,
    ...(news.recipients !== undefined ? { recipients: news.recipients } : {}),
    ...(news.outcome === 'sent' ? { url: news.receipt?.url ?? null, externalId: news.receipt?.externalId ?? null } : { error: news.error }),
  };
  await addTimelineEntry(trx, incident.id, news.outcome === 'sent' ? 'delivered' : 'delivery_failed', null, details, news.at);
}
