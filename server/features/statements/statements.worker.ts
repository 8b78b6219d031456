import type { Kysely } from 'kysely';
import type { NotificationMessage } from '../../../core/notifications';
import type { StatementLanguage } from '../../../core/statements';
import { OUTBOX_MAX_ATTEMPTS } from '../../../core/channels';
import type { Database } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { MailError, type Mailer } from '../../mail/mailer';
import { recordDelivery } from '../incidents';
import { computeRetryDelay } from '../notifications';
import type { OutboxListener } from '../outbox';
import { type UpdatePageService, findPageOfBrand, pageUrlOf } from '../updates-page';
import { DELIVERY_SOURCE } from './statement-fanout';

const BATCH = 50;
/** An e-mail left in `sending` this long was interrupted; it goes back in the queue (same Message-ID). */
const STALE_SENDING_MS = 10 * 60_000;

/** The outbox tells a statement's delivery row how its post went, in the transaction that records it. */
export const statementDeliveryListener: OutboxListener = async (trx, settlement) => {
  if (settlement.source?.type !== DELIVERY_SOURCE) return;
  await trx
    .updateTable('statement_deliveries')
    .set({
      state: settlement.outcome,
      external_id: settlement.receipt?.externalId ?? null,
      url: settlement.receipt?.url ?? null,
      error: settlement.error,
      sent_at: settlement.outcome === 'sent' ? settlement.at : null,
      updated_at: settlement.at,
    })
    .where('id', '=', Number(settlement.source.id))
    .where('workspace_id', '=', settlement.workspaceId)
    .execute();
};

const WORDS = {
  id: { correction: 'Koreksi', reason: 'Alasan', read: 'Baca di halaman pembaruan', unsubscribe: 'Berhenti berlangganan' },
  en: { correction: 'Correction', reason: 'Reason', read: 'Read on the update page', unsubscribe: 'Unsubscribe' },
} as const;

/**
 * The scheduler's statement pass: e-mails to subscribers and contacts (claimed one by one with a
 * conditional update, each with a Message-ID from its idempotency key, so a retry is the same mail),
 * one line on the incident timeline per revision once its e-mails are settled, and the "next update"
 * reminder when the promised time passes without a newer statement.
 */
export function createStatementWorker(
  deps: ServiceDeps,
  ports: {
    mailer: Mailer;
    pages: UpdatePageService;
    notify: (workspaceId: number, message: NotificationMessage) => Promise<unknown>;
    random?: () => number;
  },
) {
  const { db, clock, config, logger } = deps;
  const random = ports.random ?? Math.random;

  async function reportEmails(trx: Kysely<Database>, statementId: number, revision: number, now: number) {
    const pending = await trx
      .selectFrom('statement_deliveries')
      .select('id')
      .where('statement_id', '=', statementId)
      .where('revision', '=', revision)
      .where('channel', '=', 'email')
      .where('state', 'in', ['queued', 'sending'])
      .limit(1)
      .executeTakeFirst();
    if (pending) return;
    const claimed = await trx
      .updateTable('statement_revisions')
      .set({ emails_reported_at: now })
      .where('statement_id', '=', statementId)
      .where('revision', '=', revision)
      .where('emails_reported_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) return;
    const statement = await trx
      .selectFrom('statements')
      .select(['workspace_id', 'incident_id', 'brand_id'])
      .where('id', '=', statementId)
      .executeTakeFirstOrThrow();
    const rows = await trx
      .selectFrom('statement_deliveries')
      .select(['state', 'error'])
      .where('statement_id', '=', statementId)
      .where('revision', '=', revision)
      .where('channel', '=', 'email')
      .execute();
    const sent = rows.filter((r) => r.state === 'sent').length;
    const page = await findPageOfBrand(trx, statement.workspace_id, statement.brand_id);
    await recordDelivery(trx, {
      workspaceId: statement.workspace_id,
      kind: 'statement',
      account: { platform: 'email', handle: '' },
      source: { type: 'statement', id: statementId, incidentId: statement.incident_id },
      outcome: sent > 0 ? 'sent' : 'failed',
      receipt:
        sent > 0
          ? {
              url: page ? `${pageUrlOf(config.publicUrl, page.slug)}#s${statementId}` : null,
              externalId: `s${statementId}-r${revision}-email`,
            }
          : null,
      error: sent > 0 ? null : (rows.find((r) => r.error)?.error ?? 'no e-mail could be delivered'),
      at: now,
      recipients: sent,
    });
  }

  async function sendEmails(): Promise<{ sent: number; retrying: number; failed: number }> {
    const result = { sent: 0, retrying: 0, failed: 0 };
    const now = clock.now();
    await db
      .updateTable('statement_deliveries')
      .set({ state: 'queued', next_attempt_at: now, updated_at: now })
      .where('channel', '=', 'email')
      .where('state', '=', 'sending')
      .where('updated_at', '<', now - STALE_SENDING_MS)
      .execute();
    const due = await db
      .selectFrom('statement_deliveries as d')
      .innerJoin('statements as s', 's.id', 'd.statement_id')
      .innerJoin('statement_revisions as r', (j) => j.onRef('r.statement_id', '=', 'd.statement_id').onRef('r.revision', '=', 'd.revision'))
      .select([
        'd.id',
        'd.statement_id',
        'd.revision',
        'd.recipient',
        'd.subscriber_id',
        'd.idempotency_key',
        'd.attempts',
        's.workspace_id',
        's.brand_id',
        's.language',
        's.variants',
        'r.title',
        'r.body',
        'r.reason',
      ])
      .where('d.channel', '=', 'email')
      .where('d.state', '=', 'queued')
      .where('d.next_attempt_at', '<=', now)
      .orderBy('d.next_attempt_at')
      .orderBy('d.id')
      .limit(BATCH)
      .execute();
    for (const item of due) {
      const attempts = item.attempts + 1;
      const claimed = await db
        .updateTable('statement_deliveries')
        .set({ state: 'sending', attempts, updated_at: now })
        .where('id', '=', item.id)
        .where('state', '=', 'queued')
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) === 0) continue;
      const language = item.language as StatementLanguage;
      const w = WORDS[language];
      const page = await findPageOfBrand(db, item.workspace_id, item.brand_id);
      const link = page && page.enabled === 1 ? `${pageUrlOf(config.publicUrl, page.slug)}#s${item.statement_id}` : null;
      const unsubscribeUrl = page && item.subscriber_id !== null ? ports.pages.unsubscribeUrl(page.slug, item.subscriber_id) : undefined;
      const variant = item.revision === 1 ? (JSON.parse(item.variants) as Record<string, string>).email?.trim() : undefined;
      const body = variant || item.body;
      const text = [
        item.reason ? `${w.correction}: ${body}\n\n${w.reason}: ${item.reason}` : body,
        link ? `${w.read}: ${link}` : null,
        unsubscribeUrl ? `${w.unsubscribe}: ${unsubscribeUrl}` : null,
      ]
        .filter(Boolean)
        .join('\n\n');
      const messageId = `<${item.idempotency_key.replace(/[^\w.-]/g, '.')}@siaga>`;
      let failure: MailError | null = null;
      try {
        await ports.mailer.send({
          to: item.recipient!,
          subject: item.reason ? `${w.correction}: ${item.title}` : item.title,
          text,
          messageId,
          ...(unsubscribeUrl ? { unsubscribeUrl } : {}),
        });
      } catch (error) {
        failure = error instanceof MailError ? error : new MailError(error instanceof Error ? error.message : String(error), true);
      }
      const done = clock.now();
      await db.transaction().execute(async (trx) => {
        if (!failure) {
          await trx
            .updateTable('statement_deliveries')
            .set({ state: 'sent', sent_at: done, external_id: messageId, url: link, error: null, next_attempt_at: null, updated_at: done })
            .where('id', '=', item.id)
            .execute();
          result.sent++;
        } else if (failure.retryable && attempts < OUTBOX_MAX_ATTEMPTS) {
          await trx
            .updateTable('statement_deliveries')
            .set({
              state: 'queued',
              error: failure.message,
              next_attempt_at: done + computeRetryDelay(attempts, null, random()),
              updated_at: done,
            })
            .where('id', '=', item.id)
            .execute();
          result.retrying++;
        } else {
          await trx
            .updateTable('statement_deliveries')
            .set({ state: 'failed', error: failure.message, next_attempt_at: null, updated_at: done })
            .where('id', '=', item.id)
            .execute();
          result.failed++;
        }
        await reportEmails(trx, item.statement_id, item.revision, done);
      });
      if (failure) logger.warn({ deliveryId: item.id, error: failure.message }, 'statement e-mail failed');
    }
    return result;
  }

  /** A promised update time passed with no newer statement for the brand: the author and the incident lead are reminded. */
  async function remindNextUpdates(): Promise<number> {
    const now = clock.now();
    const due = await db
      .selectFrom('statements as s')
      .select(['s.id', 's.workspace_id', 's.brand_id', 's.incident_id', 's.title', 's.next_update_at', 's.published_at', 's.author_id'])
      .where('s.state', '=', 'published')
      .where('s.next_update_at', '<=', now)
      .where('s.reminded_at', 'is', null)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('statements as n')
              .select('n.id')
              .whereRef('n.brand_id', '=', 's.brand_id')
              .where('n.state', '=', 'published')
              .whereRef('n.published_at', '>', 's.published_at'),
          ),
        ),
      )
      .limit(BATCH)
      .execute();
    let reminded = 0;
    for (const s of due) {
      const claimed = await db.transaction().execute(async (trx) => {
        const done = await trx
          .updateTable('statements')
          .set({ reminded_at: now })
          .where('id', '=', s.id)
          .where('reminded_at', 'is', null)
          .executeTakeFirst();
        if (Number(done.numUpdatedRows) === 0) return false;
        if (s.incident_id !== null) {
          await trx
            .insertInto('incident_timeline')
            .values({
              incident_id: s.incident_id,
              at: now,
              kind: 'reminder_sent',
              actor_user_id: null,
              details: JSON.stringify({ title: `Pembaruan berikutnya / Next update: ${s.title}`, statementId: s.id }),
            })
            .execute();
        }
        return true;
      });
      if (!claimed) continue;
      const lead =
        s.incident_id !== null
          ? await db
              .selectFrom('incident_team as t')
              .innerJoin('users as u', 'u.id', 't.user_id')
              .select(['u.name'])
              .where('t.incident_id', '=', s.incident_id)
              .where('t.role', '=', 'crisis_lead')
              .executeTakeFirst()
          : undefined;
      const author =
        s.author_id !== null ? await db.selectFrom('users').select('name').where('id', '=', s.author_id).executeTakeFirst() : undefined;
      const who = [author?.name, lead?.name].filter(Boolean).join(', ') || '—';
      try {
        await ports.notify(s.workspace_id, {
          kind: 'statement.update_due',
          severity: 'high',
          title: s.title,
          body: `Waktu pembaruan berikutnya yang dijanjikan sudah lewat dan belum ada pernyataan baru. Untuk: ${who}.\n\nThe promised next update time has passed with no newer statement. For: ${who}.`,
          link: `${config.publicUrl}/w/${s.workspace_id}/statements/${s.id}`,
          language: 'id',
          dedupeKey: `statement:${s.id}:update_due`,
        });
      } catch (error) {
        logger.warn({ err: error, statementId: s.id }, 'next-update reminder could not be sent');
      }
      reminded++;
    }
    return reminded;
  }

  return { sendEmails, remindNextUpdates };
}
