import type { BrandPause } from '../../../core/api';
import type { Kysely } from 'kysely';
import {
  type ChannelAction,
  type ChannelPlatform,
  type ChannelReceipt,
  type ChannelResult,
  type OutboxKind,
  isHeldByPause,
  isWorthAnotherTry,
} from '../../../core/channels';
import type { ChannelRegistry } from '../../connectors';
import type { Database } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import type { LiveEvents } from '../../events/live-events';
import { SYSTEM_ACTOR } from '../../security/actor';
import { recordAudit } from '../audit';
import { computeRetryDelay } from '../notifications';
import type { OutboxPayload, OutboxSource } from './outbox.repository';
import { moveItem } from './outbox.repository';

/** An item that has gone out, or failed for good: what its producer and the incident timeline learn. */
export interface OutboxSettlement {
  workspaceId: number;
  itemId: number;
  kind: OutboxKind;
  action: ChannelAction;
  account: { id: number; platform: ChannelPlatform; handle: string };
  source: OutboxSource | null;
  outcome: 'sent' | 'failed';
  receipt: ChannelReceipt | null;
  error: string | null;
  at: number;
}

/**
 * Told of every settlement inside the transaction that records it, so a producer's own state (a reply
 * marked answered, a statement's receipts) can never disagree with the outbox's.
 */
export type OutboxListener = (trx: Kysely<Database>, settlement: OutboxSettlement) => Promise<void>;

export interface OutboxWorkerDeps {
  /** Producers and the incident timeline, told of each item that is sent or fails for good. */
  listeners?: readonly OutboxListener[];
  channels: ChannelRegistry;
  /** The brand's pause, if it is paused now (the pause switch of the incidents feature). */
  activePause: (workspaceId: number, brandId: number) => Promise<BrandPause | null>;
  events: LiveEvents;
  random?: () => number;
}

/** An item left in `sending` this long was interrupted (a crash mid-send); it goes back in the queue. */
export const STALE_SENDING_MS = 10 * 60_000;
const BATCH = 50;

export interface TickResult {
  sent: number;
  retrying: number;
  failed: number;
  held: number;
  released: number;
}

/**
 * One pass of the outbox: release held posts of resumed brands, then send what is due. Each item is
 * claimed with a conditional update before it is sent and the channel gets its idempotency key, so no
 * item is posted twice, whichever worker or restart gets to it.
 */
export function createOutboxWorker(deps: ServiceDeps, worker: OutboxWorkerDeps) {
  const { db, clock, logger } = deps;
  const random = worker.random ?? Math.random;
  const listeners = worker.listeners ?? [];
  const audit = (workspaceId: number, itemId: number, action: string, details: unknown, now: number, on: Kysely<Database> = db) =>
    recordAudit(on, SYSTEM_ACTOR, now, { workspaceId, action, targetType: 'outbox_item', targetId: itemId, details });
  const announce = (workspaceId: number, itemId: number, state: 'queued' | 'sent' | 'failed' | 'held', now: number) =>
    worker.events.publish(workspaceId, { type: 'outbox.changed', itemId, state, at: now });

  async function recoverStale(now: number) {
    await db
      .updateTable('outbox_items')
      .set({ state: 'queued', next_attempt_at: now, updated_at: now })
      .where('state', '=', 'sending')
      .where('updated_at', '<', now - STALE_SENDING_MS)
      .execute();
  }

  async function releaseResumed(now: number): Promise<number> {
    const held = await db
      .selectFrom('outbox_items')
      .select(['id', 'workspace_id', 'brand_id'])
      .where('state', '=', 'held')
      .limit(BATCH * 4)
      .execute();
    let released = 0;
    for (const item of held) {
      if (await worker.activePause(item.workspace_id, item.brand_id)) continue;
      if (!(await moveItem(db, item.id, 'held', { state: 'queued', held_reason: null, next_attempt_at: now }, now))) continue;
      await audit(item.workspace_id, item.id, 'outbox.released', { brandId: item.brand_id }, now);
      announce(item.workspace_id, item.id, 'queued', now);
      released++;
    }
    return released;
  }

  async function dueItems(now: number) {
    return db
      .selectFrom('outbox_items as o')
      .innerJoin('owned_accounts as a', 'a.id', 'o.account_id')
      .select([
        'o.id',
        'o.workspace_id',
        'o.brand_id',
        'o.kind',
        'o.action',
        'o.payload',
        'o.idempotency_key',
        'o.attempts',
        'a.id as account_id',
        'a.platform',
        'a.handle',
      ])
      .where('o.state', '=', 'queued')
      .where('o.next_attempt_at', '<=', now)
      .orderBy('o.next_attempt_at')
      .orderBy('o.id')
      .limit(BATCH)
      .execute();
  }
  type Due = Awaited<ReturnType<typeof dueItems>>[number];

  async function settle(
    trx: Kysely<Database>,
    item: Due,
    payload: OutboxPayload,
    result: Pick<OutboxSettlement, 'outcome' | 'receipt' | 'error' | 'at'>,
  ) {
    const settlement: OutboxSettlement = {
      workspaceId: item.workspace_id,
      itemId: item.id,
      kind: item.kind as OutboxKind,
      action: item.action as ChannelAction,
      account: { id: item.account_id, platform: item.platform as ChannelPlatform, handle: item.handle },
      source: payload.source,
      ...result,
    };
    for (const listener of listeners) await listener(trx, settlement);
  }

  async function perform(item: Due, payload: OutboxPayload): Promise<ChannelResult> {
    const account = {
      id: item.account_id,
      workspaceId: item.workspace_id,
      platform: item.platform as ChannelPlatform,
      handle: item.handle,
    };
    try {
      return await worker.channels.perform(account, {
        action: item.action as ChannelAction,
        idempotencyKey: item.idempotency_key,
        ...payload,
      });
    } catch (error) {
      // A connector that throws broke its promise to answer; treat it as a passing fault.
      logger.error({ err: error, itemId: item.id }, 'channel call threw');
      return { ok: false, failure: { retryable: true, message: error instanceof Error ? error.message : String(error) } };
    }
  }

  /** Sends one item; answers what became of it, or null when another worker had it first. */
  async function sendOne(item: Due, now: number): Promise<keyof TickResult | null> {
    if (isHeldByPause(item.kind as OutboxKind)) {
      const pause = await worker.activePause(item.workspace_id, item.brand_id);
      if (pause) {
        if (!(await moveItem(db, item.id, 'queued', { state: 'held', held_reason: pause.reason }, now))) return null;
        await audit(item.workspace_id, item.id, 'outbox.held', { pauseId: pause.id, reason: pause.reason }, now);
        announce(item.workspace_id, item.id, 'held', now);
        return 'held';
      }
    }
    const attempts = item.attempts + 1;
    if (!(await moveItem(db, item.id, 'queued', { state: 'sending', attempts }, now))) return null;
    const payload = JSON.parse(item.payload) as OutboxPayload;
    const result = await perform(item, payload);
    const done = clock.now();
    if (result.ok) {
      await db.transaction().execute(async (trx) => {
        await moveItem(
          trx,
          item.id,
          'sending',
          { state: 'sent', receipt: JSON.stringify(result.receipt), error: null, next_attempt_at: null, sent_at: done },
          done,
        );
        await audit(item.workspace_id, item.id, 'outbox.sent', { attempts, receipt: result.receipt }, done, trx);
        await settle(trx, item, payload, { outcome: 'sent', receipt: result.receipt, error: null, at: done });
      });
      announce(item.workspace_id, item.id, 'sent', done);
      return 'sent';
    }
    const { failure } = result;
    if (isWorthAnotherTry(attempts, failure.retryable)) {
      const next = done + computeRetryDelay(attempts, failure.retryAfterMs ?? null, random());
      await moveItem(db, item.id, 'sending', { state: 'queued', error: failure.message, next_attempt_at: next }, done);
      await audit(item.workspace_id, item.id, 'outbox.attempt_failed', { attempts, error: failure.message, nextAttemptAt: next }, done);
      return 'retrying';
    }
    await db.transaction().execute(async (trx) => {
      await moveItem(trx, item.id, 'sending', { state: 'failed', error: failure.message, next_attempt_at: null }, done);
      await audit(
        item.workspace_id,
        item.id,
        'outbox.failed',
        { attempts, error: failure.message, code: failure.code ?? null, retryable: failure.retryable },
        done,
        trx,
      );
      await settle(trx, item, payload, { outcome: 'failed', receipt: null, error: failure.message, at: done });
    });
    announce(item.workspace_id, item.id, 'failed', done);
    return 'failed';
  }

  let running = false;
  return async function sendDue(): Promise<TickResult> {
    const result: TickResult = { sent: 0, retrying: 0, failed: 0, held: 0, released: 0 };
    // Ticks that overlap in one process would only race each other for the same claims.
    if (running) return result;
    running = true;
    try {
      const now = clock.now();
      await recoverStale(now);
      result.released = await releaseResumed(now);
      for (const item of await dueItems(now)) {
        const outcome = await sendOne(item, now);
        if (outcome) result[outcome]++;
      }
      return result;
    } finally {
      running = false;
    }
  };
}
