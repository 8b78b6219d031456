import { type Kysely, sql } from 'kysely';
import type { DeliveryStatus } from '../../../core/api';
import type { NotificationMessage } from '../../../core/notifications';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

export const CHANNEL_COLUMNS = ['id', 'workspace_id', 'name', 'kind', 'enabled', 'config', 'secrets', 'created_at', 'updated_at'] as const;

export function selectChannels(db: Db, workspaceId: number) {
  return db
    .selectFrom('notification_channels')
    .select(CHANNEL_COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .where('deleted_at', 'is', null);
}

/** Stores the message once per dedupe key and returns its id, whether it was new or not. */
export async function upsertMessage(db: Db, workspaceId: number, message: NotificationMessage, now: number) {
  const inserted = await db
    .insertInto('notification_messages')
    .values({
      workspace_id: workspaceId,
      kind: message.kind,
      severity: message.severity,
      title: message.title,
      body: message.body,
      link: message.link,
      language: message.language,
      dedupe_key: message.dedupeKey,
      created_at: now,
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'dedupe_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await db
    .selectFrom('notification_messages')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('dedupe_key', '=', message.dedupeKey)
    .executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

/** One delivery per (channel, message); existing ones are left as they are. Returns the new deliveries' ids. */
export async function insertDeliveries(
  db: Db,
  workspaceId: number,
  messageId: number,
  channelIds: number[],
  maxAttempts: number,
  now: number,
): Promise<number[]> {
  if (channelIds.length === 0) return [];
  const rows = await db
    .insertInto('notification_deliveries')
    .values(
      channelIds.map((channelId) => ({
        workspace_id: workspaceId,
        channel_id: channelId,
        message_id: messageId,
        status: 'queued',
        attempts: 0,
        max_attempts: maxAttempts,
        last_error: null,
        response_status: null,
        provider_message_id: null,
        next_attempt_at: now,
        lease_until: null,
        created_at: now,
        updated_at: now,
        sent_at: null,
      })),
    )
    .onConflict((oc) => oc.columns(['channel_id', 'message_id']).doNothing())
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Deliveries whose time has come: queued or retrying and due, or `sending` with an expired claim. */
export async function findDueDeliveries(db: Db, now: number, limit: number, onlyIds?: number[]) {
  let q = db
    .selectFrom('notification_deliveries')
    .select(['id', 'status', 'attempts'])
    .where((eb) =>
      eb.or([
        eb.and([eb('status', 'in', ['queued', 'retrying']), eb('next_attempt_at', '<=', now)]),
        eb.and([eb('status', '=', 'sending'), eb('lease_until', '<=', now)]),
      ]),
    );
  if (onlyIds) q = q.where('id', 'in', onlyIds);
  return q.orderBy('next_attempt_at').orderBy('id').limit(limit).execute();
}

/**
 * Takes a delivery for one attempt. The update matches only the state we read, so of two dispatchers
 * (two processes, or one restarted) exactly one wins; the attempt is counted before sending.
 */
export async function claimDelivery(
  db: Db,
  candidate: { id: number; status: string; attempts: number },
  now: number,
  leaseMs: number,
): Promise<boolean> {
  const result = await db
    .updateTable('notification_deliveries')
    .set({ status: 'sending', attempts: candidate.attempts + 1, lease_until: now + leaseMs, updated_at: now })
    .where('id', '=', candidate.id)
    .where('status', '=', candidate.status)
    .where('attempts', '=', candidate.attempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function loadClaimedDelivery(db: Db, id: number) {
  return db
    .selectFrom('notification_deliveries as d')
    .innerJoin('notification_channels as c', 'c.id', 'd.channel_id')
    .innerJoin('notification_messages as m', 'm.id', 'd.message_id')
    .select([
      'd.id',
      'd.workspace_id',
      'd.attempts',
      'd.max_attempts',
      'd.message_id',
      'c.id as channel_id',
      'c.kind',
      'c.config',
      'c.secrets',
      'c.enabled',
      'c.deleted_at',
      'm.kind as message_kind',
      'm.severity',
      'm.title',
      'm.body',
      'm.link',
      'm.language',
      'm.dedupe_key',
      'm.created_at as message_created_at',
    ])
    .where('d.id', '=', id)
    .executeTakeFirst();
}

export interface AttemptOutcome {
  status: Extract<DeliveryStatus, 'sent' | 'retrying' | 'failed'>;
  error: string | null;
  responseStatus: number | null;
  providerMessageId?: string | null;
  nextAttemptAt: number | null;
}

/** Records an attempt's outcome, only if the claim is still ours (same attempt number, still sending). */
export async function recordAttempt(db: Db, id: number, attempt: number, outcome: AttemptOutcome, now: number): Promise<void> {
  await db
    .updateTable('notification_deliveries')
    .set({
      status: outcome.status,
      last_error: outcome.error,
      response_status: outcome.responseStatus,
      ...(outcome.providerMessageId !== undefined ? { provider_message_id: outcome.providerMessageId } : {}),
      next_attempt_at: outcome.nextAttemptAt,
      lease_until: null,
      updated_at: now,
      ...(outcome.status === 'sent' ? { sent_at: now } : {}),
    })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .where('attempts', '=', attempt)
    .execute();
}

export interface DeliveryFilter {
  status?: DeliveryStatus | undefined;
  channelId?: number | undefined;
  messageKind?: string | undefined;
  ids?: number[];
  before?: number | undefined;
  limit: number;
}

export async function listDeliveryRows(db: Db, workspaceId: number, filter: DeliveryFilter) {
  let q = db
    .selectFrom('notification_deliveries as d')
    .innerJoin('notification_channels as c', 'c.id', 'd.channel_id')
    .innerJoin('notification_messages as m', 'm.id', 'd.message_id')
    .select([
      'd.id',
      'd.channel_id',
      'c.name as channel_name',
      'c.kind as channel_kind',
      'd.message_id',
      'm.kind as message_kind',
      'm.severity',
      'm.title',
      'd.status',
      'd.attempts',
      'd.max_attempts',
      'd.last_error',
      'd.response_status',
      'd.provider_message_id',
      'd.next_attempt_at',
      'd.created_at',
      'd.updated_at',
      'd.sent_at',
    ])
    .where('d.workspace_id', '=', workspaceId);
  if (filter.status) q = q.where('d.status', '=', filter.status);
  if (filter.channelId) q = q.where('d.channel_id', '=', filter.channelId);
  if (filter.messageKind) q = q.where('m.kind', '=', filter.messageKind);
  if (filter.ids) q = q.where('d.id', 'in', filter.ids.length > 0 ? filter.ids : [-1]);
  if (filter.before) q = q.where('d.id', '<', filter.before);
  return q.orderBy('d.id', 'desc').limit(filter.limit).execute();
}

/** The earliest time a queued or retrying delivery is due, for the dispatcher's logs and tests. */
export async function nextDueAt(db: Db): Promise<number | null> {
  const row = await db
    .selectFrom('notification_deliveries')
    .select(sql<number | null>`min(next_attempt_at)`.as('at'))
    .where('status', 'in', ['queued', 'retrying'])
    .executeTakeFirst();
  return row?.at === null || row?.at === undefined ? null : Number(row.at);
}
