import { randomUUID } from 'node:crypto';
import type { OutboxFilter, OutboxItem, ScheduledPost } from '../../../core/api';
import { type OutboxState, isCancellable, isRetryable } from '../../../core/channels';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import type { LiveEvents } from '../../events/live-events';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';
import { enqueueOutgoing } from './outbox-enqueue';
import { findItem, listItems, moveItem } from './outbox.repository';

/** The outbox as people see it: list, schedule a post, cancel what has not left, retry what failed. */
export function createOutboxService(deps: ServiceDeps, events: LiveEvents) {
  const { db, clock } = deps;

  async function get(workspaceId: number, itemId: number): Promise<OutboxItem> {
    const item = await findItem(db, workspaceId, itemId);
    if (!item) throw AppError.notFound('outbox item');
    return item;
  }

  /** One state change by a person, audited; refused when the item moved on in the meantime. */
  async function change(
    workspaceId: number,
    item: OutboxItem,
    to: OutboxState,
    action: string,
    actor: Actor,
    set: Parameters<typeof moveItem>[3],
  ) {
    const now = clock.now();
    await db.transaction().execute(async (trx) => {
      if (!(await moveItem(trx, item.id, item.state, { ...set, state: to }, now))) {
        throw new AppError('conflict', `The item is no longer ${item.state}; reload and try again`);
      }
      await recordAudit(trx, actor, now, {
        workspaceId,
        action,
        targetType: 'outbox_item',
        targetId: item.id,
        details: { from: item.state, kind: item.kind },
      });
    });
    events.publish(workspaceId, { type: 'outbox.changed', itemId: item.id, state: to, at: now });
    return get(workspaceId, item.id);
  }

  return {
    list: (workspaceId: number, filter: OutboxFilter) => listItems(db, workspaceId, filter),
    get,

    /** A marketing post for later; it waits while its brand is paused. */
    async schedulePost(workspaceId: number, input: ScheduledPost, actor: Actor): Promise<OutboxItem> {
      const now = clock.now();
      const { id, created } = await db.transaction().execute((trx) =>
        enqueueOutgoing(
          trx,
          {
            workspaceId,
            accountId: input.accountId,
            kind: 'scheduled_post',
            text: input.text,
            scheduledAt: input.scheduledAt,
            idempotencyKey: input.idempotencyKey ?? `post:${randomUUID()}`,
          },
          actor,
          now,
        ),
      );
      if (created) events.publish(workspaceId, { type: 'outbox.changed', itemId: id, state: 'queued', at: now });
      return get(workspaceId, id);
    },

    async cancel(workspaceId: number, itemId: number, actor: Actor): Promise<OutboxItem> {
      const item = await get(workspaceId, itemId);
      if (!isCancellable(item.state)) throw new AppError('conflict', `A ${item.state} item cannot be cancelled`);
      return change(workspaceId, item, 'cancelled', 'outbox.cancelled', actor, { next_attempt_at: null });
    },

    /** A failed item gets a new round of attempts with the same idempotency key, so nothing posts twice. */
    async retry(workspaceId: number, itemId: number, actor: Actor): Promise<OutboxItem> {
      const item = await get(workspaceId, itemId);
      if (!isRetryable(item.state)) throw new AppError('conflict', `Only failed items can be retried; this one is ${item.state}`);
      return change(workspaceId, item, 'queued', 'outbox.retried', actor, { attempts: 0, next_attempt_at: clock.now(), error: null });
    },
  };
}

export type OutboxService = ReturnType<typeof createOutboxService>;
