import { randomBytes } from 'node:crypto';
import type { ChannelKind, Delivery, DeliveryListQuery, DeliveryStatus } from '../../../core/api';
import { type NotificationLanguage, type NotificationMessage, notificationLabels } from '../../../core/notifications';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';
import type { Dispatcher } from './dispatcher';
import { insertDeliveries, listDeliveryRows, selectChannels, upsertMessage } from './notifications.repository';

export interface NotifyResult {
  messageId: number;
  /** False when a message with the same dedupe key was already stored. */
  created: boolean;
  /** Deliveries made by this call; channels that already had this message get none. */
  deliveryIds: number[];
}

type DeliveryRow = Awaited<ReturnType<typeof listDeliveryRows>>[number];

const toDelivery = (r: DeliveryRow): Delivery => ({
  id: r.id,
  channelId: r.channel_id,
  channelName: r.channel_name,
  channelKind: r.channel_kind as ChannelKind,
  messageId: r.message_id,
  messageKind: r.message_kind as Delivery['messageKind'],
  severity: r.severity as Delivery['severity'],
  title: r.title,
  status: r.status as DeliveryStatus,
  attempts: r.attempts,
  maxAttempts: r.max_attempts,
  lastError: r.last_error,
  responseStatus: r.response_status,
  providerMessageId: r.provider_message_id,
  nextAttemptAt: r.next_attempt_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  sentAt: r.sent_at,
});

export function createNotificationService(deps: ServiceDeps, dispatcher: Dispatcher) {
  const { db, clock, config } = deps;

  async function enqueue(workspaceId: number, message: NotificationMessage, channelIds: number[] | undefined, maxAttempts: number) {
    const now = clock.now();
    const result = await db.transaction().execute(async (trx) => {
      let q = selectChannels(trx, workspaceId).where('enabled', '=', 1);
      if (channelIds) q = q.where('id', 'in', channelIds.length > 0 ? channelIds : [-1]);
      const channels = await q.execute();
      const stored = await upsertMessage(trx, workspaceId, message, now);
      const deliveryIds = await insertDeliveries(
        trx,
        workspaceId,
        stored.id,
        channels.map((c) => c.id),
        maxAttempts,
        now,
      );
      return { messageId: stored.id, created: stored.created, deliveryIds };
    });
    return result;
  }

  return {
    /**
     * Sends `message` to the workspace's enabled channels (or only `channelIds`): stores one delivery per
     * channel and dispatches at once. Calling it again with the same dedupe key sends nothing twice.
     */
    async notify(workspaceId: number, message: NotificationMessage, channelIds?: number[]): Promise<NotifyResult> {
      const result = await enqueue(workspaceId, message, channelIds, config.notifications.maxAttempts);
      if (result.deliveryIds.length > 0) dispatcher.kick();
      return result;
    },

    /** Sends a test message to one channel now, one attempt, and returns what happened. */
    async sendTestMessage(workspaceId: number, channelId: number, language: NotificationLanguage, actor: Actor): Promise<Delivery> {
      const channel = await selectChannels(db, workspaceId).where('id', '=', channelId).executeTakeFirst();
      if (!channel) throw AppError.notFound('Notification channel');
      if (channel.enabled !== 1) throw new AppError('conflict', 'The channel is disabled; enable it to send a test');
      const l = notificationLabels(language);
      const message: NotificationMessage = {
        kind: 'test',
        severity: 'info',
        title: `${l.kind.test}: ${channel.name}`,
        body:
          language === 'id' ? 'Saluran ini siap menerima peringatan dari Siaga.' : 'This channel is ready to receive alerts from Siaga.',
        link: config.publicUrl,
        language,
        dedupeKey: `test:${channelId}:${randomBytes(8).toString('hex')}`,
      };
      const { deliveryIds } = await enqueue(workspaceId, message, [channelId], 1);
      await dispatcher.dispatchDue(deliveryIds);
      const now = clock.now();
      const [row] = await listDeliveryRows(db, workspaceId, { ids: deliveryIds, limit: 1 });
      if (!row) throw new AppError('internal', 'The test delivery was not stored');
      await db.transaction().execute((trx) =>
        recordAudit(trx, actor, now, {
          workspaceId,
          action: 'notification_channel.tested',
          targetType: 'notification_channel',
          targetId: channelId,
          details: { status: row.status, error: row.last_error },
        }),
      );
      return toDelivery(row);
    },

    async listDeliveries(workspaceId: number, query: DeliveryListQuery) {
      const before = query.cursor ? Number(query.cursor) : undefined;
      const rows = await listDeliveryRows(db, workspaceId, {
        status: query.status,
        channelId: query.channelId,
        messageKind: query.messageKind,
        before: Number.isInteger(before) ? before : undefined,
        limit: query.limit + 1,
      });
      const page = rows.slice(0, query.limit);
      return { items: page.map(toDelivery), nextCursor: rows.length > query.limit ? String(page[page.length - 1]?.id) : null };
    },

    /** Sends what is due now (retries whose time has come); tests call it after moving the clock. */
    dispatchDue: (ids?: number[]) => dispatcher.dispatchDue(ids),
    /** Resolves when no dispatch is in flight. */
    idle: () => dispatcher.idle(),
    /** Starts the background loop that sends retries when they are due. */
    start: () => dispatcher.start(),
    stop: () => dispatcher.stop(),
  };
}

export type NotificationService = ReturnType<typeof createNotificationService>;
