import type { Kysely } from 'kysely';
import { type ChannelAction, type OutboxKind, findRequestProblems } from '../../../core/channels';
import type { Database } from '../../db/schema';
import { AppError } from '../../errors';
import type { Actor } from '../../security/actor';
import { assertMayPublish } from '../accounts';
import { recordAudit } from '../audit';
import { type OutboxSource, findItemIdByKey } from './outbox.repository';

/** Something to send: a reply, a statement on one account, a scheduled post or a moderation action. */
export interface OutgoingItem {
  workspaceId: number;
  accountId: number;
  kind: OutboxKind;
  /** Defaults from the kind: a reply replies, a statement or a scheduled post publishes. */
  action?: ChannelAction;
  text?: string | null;
  targetExternalId?: string | null;
  authorHandle?: string | null;
  /** Unique per workspace; the same key again answers the item already queued. */
  idempotencyKey: string;
  /** Not before this time; now when absent. */
  scheduledAt?: number;
  source?: OutboxSource | null;
  /** Who approved the send when an approval released it (the actor stays the person who asked to send). */
  approvedBy?: number | null;
}

const DEFAULT_ACTION: Readonly<Record<OutboxKind, ChannelAction | null>> = {
  reply: 'reply',
  statement: 'publish',
  scheduled_post: 'publish',
  moderation: null,
};

/**
 * Queues an outgoing item inside the caller's transaction; `actor` must hold the publishing right on the
 * account (when an approval releases a send, the actor is the person who asked to send it) (replies and statements call this as they are
 * approved), so the item exists exactly when the change that produced it does. The worker sends it.
 */
export async function enqueueOutgoing(
  db: Kysely<Database>,
  item: OutgoingItem,
  actor: Actor,
  now: number,
): Promise<{ id: number; created: boolean }> {
  const action = item.action ?? DEFAULT_ACTION[item.kind];
  if (!action) throw AppError.validation([{ path: 'action', message: `is required for a ${item.kind} item` }]);
  const problems = findRequestProblems({ ...item, action });
  if (problems.length > 0) throw AppError.validation(problems);
  const account = await db
    .selectFrom('owned_accounts')
    .select(['id', 'brand_id'])
    .where('workspace_id', '=', item.workspaceId)
    .where('id', '=', item.accountId)
    .executeTakeFirst();
  if (!account) throw AppError.validation([{ path: 'accountId', message: `no owned account ${item.accountId} in this workspace` }]);
  await assertMayPublish(db, item.workspaceId, account.id, actor);

  const existing = await findItemIdByKey(db, item.workspaceId, item.idempotencyKey);
  if (existing !== null) return { id: existing, created: false };
  const scheduledAt = item.scheduledAt ?? now;
  const payload = {
    text: item.text ?? null,
    targetExternalId: item.targetExternalId ?? null,
    authorHandle: item.authorHandle ?? null,
    source: item.source ?? null,
    approvedBy: item.approvedBy ?? null,
  };
  const row = await db
    .insertInto('outbox_items')
    .values({
      workspace_id: item.workspaceId,
      brand_id: account.brand_id,
      account_id: account.id,
      kind: item.kind,
      action,
      payload: JSON.stringify(payload),
      idempotency_key: item.idempotencyKey,
      state: 'queued',
      scheduled_at: scheduledAt,
      attempts: 0,
      next_attempt_at: scheduledAt,
      held_reason: null,
      receipt: null,
      error: null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
      sent_at: null,
    })
    // The same key queued at the same moment by someone else: theirs is the item.
    .onConflict((oc) => oc.columns(['workspace_id', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return { id: (await findItemIdByKey(db, item.workspaceId, item.idempotencyKey))!, created: false };
  const id = row.id;
  await recordAudit(db, actor, now, {
    workspaceId: item.workspaceId,
    action: 'outbox.enqueued',
    targetType: 'outbox_item',
    targetId: id,
    details: { kind: item.kind, action, accountId: account.id, scheduledAt, source: payload.source, approvedBy: payload.approvedBy },
  });
  return { id, created: true };
}
