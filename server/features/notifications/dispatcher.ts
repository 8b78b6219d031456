import { createHash } from 'node:crypto';
import { CHANNEL_CONFIG_SCHEMAS, CHANNEL_SECRET_SCHEMAS, type ChannelKind } from '../../../core/api';
import type { NotificationMessage } from '../../../core/notifications';
import type { ServiceDeps } from '../../deps';
import { type ChannelSender, type ChannelSenders, DeliveryError } from '../../notifiers';
import type { SecretBox } from '../../security/secret-box';
import { type AttemptOutcome, claimDelivery, findDueDeliveries, loadClaimedDelivery, recordAttempt } from './notifications.repository';
import { computeRetryDelay } from './retry-policy';

/** A claim outlives the slowest attempt; after it, another dispatcher may take the delivery. */
const LEASE_MARGIN_MS = 30_000;
const BATCH = 20;

export interface DispatcherOptions {
  senders: ChannelSenders;
  secretBox: SecretBox;
  /** In [0, 1); jitter for retry delays (tests pass a fixed one). */
  random?: () => number;
  /** How often the background loop looks for due retries. */
  pollMs?: number;
}

/** Same on every attempt of a delivery and unique across installations: the message's key, time and the delivery. */
function idempotencyKeyOf(deliveryId: number, message: { dedupe_key: string; message_created_at: number }): string {
  return createHash('sha256')
    .update(`${deliveryId}\n${message.message_created_at}\n${message.dedupe_key}`)
    .digest('base64url')
    .slice(0, 27);
}

/**
 * Sends due deliveries: claims each (so no two dispatchers send the same one), calls the channel's sender,
 * and records the outcome with the next attempt's time. Runs on demand (`kick`) and on a timer (`start`).
 */
export function createDispatcher(deps: ServiceDeps, options: DispatcherOptions) {
  const { db, clock, config } = deps;
  const log = deps.logger.child({ subsystem: 'notifications' });
  const random = options.random ?? Math.random;
  const { timeoutMs } = config.notifications;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;

  async function attempt(candidate: { id: number; status: string; attempts: number }): Promise<void> {
    const now = clock.now();
    if (!(await claimDelivery(db, candidate, now, timeoutMs + LEASE_MARGIN_MS))) return;
    const attemptNo = candidate.attempts + 1;
    const row = await loadClaimedDelivery(db, candidate.id);
    if (!row) return;
    let outcome: AttemptOutcome;
    try {
      if (row.deleted_at !== null || !row.enabled) throw new DeliveryError('The channel was deleted or disabled', { retryable: false });
      const kind = row.kind as ChannelKind;
      const target = {
        config: CHANNEL_CONFIG_SCHEMAS[kind].parse(JSON.parse(row.config)),
        secrets: CHANNEL_SECRET_SCHEMAS[kind].parse(JSON.parse(options.secretBox.open(row.secrets))),
      };
      const message: NotificationMessage = {
        kind: row.message_kind as NotificationMessage['kind'],
        severity: row.severity as NotificationMessage['severity'],
        title: row.title,
        body: row.body,
        link: row.link,
        language: row.language as NotificationMessage['language'],
        dedupeKey: row.dedupe_key,
      };
      const sender = options.senders[kind] as ChannelSender<ChannelKind>;
      const result = await sender(target, message, {
        workspaceId: row.workspace_id,
        messageId: row.message_id,
        idempotencyKey: idempotencyKeyOf(row.id, row),
        now,
        timeoutMs,
        defaults: config.notifications,
      });
      outcome = {
        status: 'sent',
        error: null,
        responseStatus: result.status,
        providerMessageId: result.providerMessageId,
        nextAttemptAt: null,
      };
    } catch (error) {
      const e =
        error instanceof DeliveryError
          ? error
          : new DeliveryError(error instanceof Error ? error.message : String(error), { retryable: false });
      const retry = e.retryable && attemptNo < row.max_attempts;
      const at = clock.now();
      outcome = {
        status: retry ? 'retrying' : 'failed',
        error: e.message.slice(0, 1000),
        responseStatus: e.status,
        nextAttemptAt: retry ? at + computeRetryDelay(attemptNo, e.retryAfterMs, random()) : null,
      };
      log.warn(
        { deliveryId: row.id, channelId: row.channel_id, attempt: attemptNo, retry, error: outcome.error },
        'notification attempt failed',
      );
    }
    await recordAttempt(db, row.id, attemptNo, outcome, clock.now());
  }

  /** Sends every delivery due now (or only `ids`); returns how many attempts were made. */
  async function dispatchDue(ids?: number[]): Promise<number> {
    let made = 0;
    for (;;) {
      const due = await findDueDeliveries(db, clock.now(), BATCH, ids);
      if (due.length === 0) return made;
      await Promise.all(
        due.map((d) => attempt(d).catch((error: unknown) => log.error({ err: error, deliveryId: d.id }, 'dispatch failed'))),
      );
      made += due.length;
      if (ids) return made;
    }
  }

  function kick(): void {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await dispatchDue();
      } while (again);
    })()
      .catch((error: unknown) => log.error({ err: error }, 'notification dispatch failed'))
      .finally(() => {
        running = null;
      });
  }

  return {
    dispatchDue,
    /** Dispatch soon, without waiting: what `notify` calls so an alert leaves at once. */
    kick,
    /** Resolves when no dispatch is in flight. */
    async idle(): Promise<void> {
      while (running) await running;
    },
    start(): void {
      if (timer) return;
      timer = setInterval(kick, options.pollMs ?? 1000);
      timer.unref();
      kick();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      while (running) await running;
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
