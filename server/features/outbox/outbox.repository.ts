import type { Kysely } from 'kysely';
import type { OutboxFilter, OutboxItem } from '../../../core/api';
import type { ChannelAction, ChannelPlatform, ChannelReceipt, OutboxKind, OutboxState } from '../../../core/channels';
import type { Database } from '../../db/schema';

/**
 * What produced an item (a reply, a statement): its producer finds its own record by `type` and `id` when
 * the item settles; with `incidentId` the delivery is also told on that incident's timeline.
 */
export interface OutboxSource {
  type: string;
  id: number | string;
  incidentId?: number | null;
}

/** What an item asks the channel to do, besides the action. */
export interface OutboxPayload {
  text: string | null;
  targetExternalId: string | null;
  authorHandle: string | null;
  source: OutboxSource | null;
  /** The approver's user id; absent in items queued before approvals were recorded. */
  approvedBy?: number | null;
}

export function selectItems(db: Kysely<Database>, workspaceId: number) {
  return db
    .selectFrom('outbox_items as o')
    .innerJoin('owned_accounts as a', 'a.id', 'o.account_id')
    .innerJoin('brands as b', 'b.id', 'o.brand_id')
    .leftJoin('users as u', 'u.id', 'o.created_by')
    .select([
      'o.id',
      'o.workspace_id',
      'o.brand_id',
      'b.name as brand_name',
      'o.account_id',
      'a.platform',
      'a.handle',
      'a.display_name',
      'a.avatar_url',
      'o.kind',
      'o.action',
      'o.payload',
      'o.idempotency_key',
      'o.state',
      'o.scheduled_at',
      'o.attempts',
      'o.next_attempt_at',
      'o.held_reason',
      'o.receipt',
      'o.error',
      'u.name as created_by_name',
      'o.created_at',
      'o.sent_at',
    ])
    .where('o.workspace_id', '=', workspaceId);
}

export type ItemRow = Awaited<ReturnType<ReturnType<typeof selectItems>['execute']>>[number];

export function toItem(r: ItemRow, names: ReadonlyMap<number, string> = new Map()): OutboxItem {
  const payload = JSON.parse(r.payload) as OutboxPayload;
  const approvedBy = payload.approvedBy ?? null;
  return {
    id: r.id,
    kind: r.kind as OutboxKind,
    action: r.action as ChannelAction,
    brandId: r.brand_id,
    brandName: r.brand_name,
    account: {
      id: r.account_id,
      platform: r.platform as ChannelPlatform,
      handle: r.handle,
      displayName: r.display_name,
      avatarUrl: r.avatar_url,
    },
    text: payload.text,
    targetExternalId: payload.targetExternalId,
    authorHandle: payload.authorHandle,
    idempotencyKey: r.idempotency_key,
    state: r.state as OutboxState,
    scheduledAt: r.scheduled_at,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    heldReason: r.held_reason,
    receipt: r.receipt === null ? null : (JSON.parse(r.receipt) as ChannelReceipt),
    error: r.error,
    createdBy: r.created_by_name,
    approvedBy: approvedBy === null ? null : (names.get(approvedBy) ?? null),
    createdAt: r.created_at,
    sentAt: r.sent_at,
  };
}

export async function listItems(db: Kysely<Database>, workspaceId: number, filter: OutboxFilter): Promise<OutboxItem[]> {
  let q = selectItems(db, workspaceId);
  if (filter.state) q = q.where('o.state', '=', filter.state);
  if (filter.kind) q = q.where('o.kind', '=', filter.kind);
  if (filter.brandId !== undefined) q = q.where('o.brand_id', '=', filter.brandId);
  if (filter.accountId !== undefined) q = q.where('o.account_id', '=', filter.accountId);
  const rows = await q.orderBy('o.scheduled_at', 'desc').orderBy('o.id', 'desc').limit(filter.limit).execute();
  const names = await approverNames(db, rows);
  return rows.map((r) => toItem(r, names));
}

export async function findItem(db: Kysely<Database>, workspaceId: number, itemId: number): Promise<OutboxItem | null> {
  const row = await selectItems(db, workspaceId).where('o.id', '=', itemId).executeTakeFirst();
  return row ? toItem(row, await approverNames(db, [row])) : null;
}

/** The names of the people who approved the items' sends, by user id. */
async function approverNames(db: Kysely<Database>, rows: readonly ItemRow[]): Promise<Map<number, string>> {
  const ids = [
    ...new Set(rows.map((r) => (JSON.parse(r.payload) as OutboxPayload).approvedBy).filter((id): id is number => typeof id === 'number')),
  ];
  if (ids.length === 0) return new Map();
  const users = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(users.map((u) => [u.id, u.name]));
}

export async function findItemIdByKey(db: Kysely<Database>, workspaceId: number, key: string): Promise<number | null> {
  const row = await db
    .selectFrom('outbox_items')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Moves an item from one state to another only if it is still in `from`: the check and the change are one
 * statement, so two workers (or a worker and a person) can never both win.
 */
export async function moveItem(
  db: Kysely<Database>,
  itemId: number,
  from: OutboxState | readonly OutboxState[],
  set: Partial<{
    state: OutboxState;
    attempts: number;
    next_attempt_at: number | null;
    held_reason: string | null;
    receipt: string | null;
    error: string | null;
    sent_at: number | null;
  }>,
  now: number,
): Promise<boolean> {
  const states = typeof from === 'string' ? [from] : [...from];
  const result = await db
    .updateTable('outbox_items')
    .set({ ...set, updated_at: now })
    .where('id', '=', itemId)
    .where('state', 'in', states)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
