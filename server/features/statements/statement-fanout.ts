import { createHash } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import { correctionText, variantKey } from '../../../core/statements';
import type { StatementLanguage } from '../../../core/statements';
import type { Database, StatementDeliveriesTable } from '../../db/schema';
import { AppError } from '../../errors';
import type { Actor } from '../../security/actor';
import { holdsPublishingRight } from '../accounts';
import { recordDelivery } from '../incidents';
import { enqueueOutgoing } from '../outbox';
import { findPageOfBrand, listConfirmedSubscribers, pageUrlOf } from '../updates-page';
import { type StatementRow, loadDecisions, readTargets, readVariants } from './statements.repository';

/** The outbox source of a statement's post: the outbox tells the delivery row when it settles. */
export const DELIVERY_SOURCE = 'statement_delivery';

const emailKey = (email: string) => createHash('sha256').update(email).digest('hex').slice(0, 16);

/** Refuses up front, naming the account, when `sender` may not post as one of the statement's accounts. */
export async function assertSenderMayPost(db: Kysely<Database>, row: StatementRow, sender: Actor): Promise<void> {
  const { accountIds } = readTargets(row);
  if (accountIds.length === 0) return;
  const accounts = await db
    .selectFrom('owned_accounts')
    .select(['id', 'handle', 'brand_id'])
    .where('workspace_id', '=', row.workspace_id)
    .where('id', 'in', accountIds)
    .execute();
  const issues: { path: string; message: string }[] = [];
  for (const [i, accountId] of accountIds.entries()) {
    const account = accounts.find((a) => a.id === accountId);
    if (!account || account.brand_id !== row.brand_id) {
      issues.push({ path: `targets.accountIds.${i}`, message: `no owned account ${accountId} of this brand` });
    } else if (sender.userId === null || !(await holdsPublishingRight(db, row.workspace_id, accountId, sender.userId))) {
      issues.push({
        path: `targets.accountIds.${i}`,
        message: `the sender holds no publishing right on @${account.handle}; an admin grants it per account`,
      });
    }
  }
  if (issues.length > 0) throw AppError.validation(issues);
}

/** E-mail recipients: the page's confirmed subscribers and the chosen contacts, each address once. */
async function emailRecipients(db: Kysely<Database>, row: StatementRow): Promise<{ email: string; subscriberId: number | null }[]> {
  const targets = readTargets(row);
  const out = new Map<string, number | null>();
  if (targets.subscribers) {
    const page = await findPageOfBrand(db, row.workspace_id, row.brand_id);
    if (page) for (const s of await listConfirmedSubscribers(db, page.id)) out.set(s.email.toLowerCase(), s.id);
  }
  if (targets.contactKinds.length > 0 || targets.contactIds.length > 0) {
    const contacts = await db
      .selectFrom('contacts')
      .select(['email'])
      .where('workspace_id', '=', row.workspace_id)
      .where('email', '!=', '')
      .where((eb) =>
        eb.or([
          ...(targets.contactKinds.length ? [eb('kind', 'in', targets.contactKinds)] : []),
          ...(targets.contactIds.length ? [eb('id', 'in', targets.contactIds)] : []),
        ]),
      )
      .execute();
    for (const c of contacts) {
      const email = c.email.trim().toLowerCase();
      if (!out.has(email)) out.set(email, null);
    }
  }
  return [...out].map(([email, subscriberId]) => ({ email, subscriberId }));
}

/**
 * Sends one revision everywhere the statement goes, inside the caller's transaction: an outbox item per
 * owned account (queued as `sender`), the page entry (visible at once, with its receipt), and an e-mail
 * per recipient for the worker. Every row has an idempotency key, so running it again adds nothing.
 */
export async function fanOut(trx: Kysely<Database>, row: StatementRow, sender: Actor, publicUrl: string, now: number): Promise<void> {
  const targets = readTargets(row);
  // The approval that released it (the last of the round); every approval is in the statement's own record.
  const approvals = (await loadDecisions(trx, row.id, row.round)).filter((d) => d.decision === 'approved');
  const approvedBy = approvals.at(-1)?.user_id ?? null;
  const variants = readVariants(row);
  const revision = row.revision;
  const correction = revision > 1;
  const language = row.language as StatementLanguage;
  const base = { workspace_id: row.workspace_id, statement_id: row.id, revision, attempts: 0, created_at: now, updated_at: now };

  async function insertDelivery(
    values: Partial<Insertable<StatementDeliveriesTable>> & { idempotency_key: string; channel: string; state: string },
  ) {
    const inserted = await trx
      .insertInto('statement_deliveries')
      .values({ ...base, ...values } as Insertable<StatementDeliveriesTable>)
      .onConflict((oc) => oc.columns(['workspace_id', 'idempotency_key']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted?.id ?? null;
  }

  for (const accountId of targets.accountIds) {
    const key = `statement:${row.id}:account-${accountId}:${revision}`;
    const deliveryId = await insertDelivery({ channel: 'account', account_id: accountId, idempotency_key: key, state: 'queued' });
    if (deliveryId === null) continue;
    const words =
      variants[variantKey('account', accountId)]?.trim() && !correction ? variants[variantKey('account', accountId)]! : row.body;
    const { id: itemId } = await enqueueOutgoing(
      trx,
      {
        workspaceId: row.workspace_id,
        accountId,
        kind: 'statement',
        text: correction ? correctionText(words, language) : words,
        idempotencyKey: key,
        source: { type: DELIVERY_SOURCE, id: deliveryId, incidentId: row.incident_id },
        approvedBy,
      },
      sender,
      now,
    );
    await trx.updateTable('statement_deliveries').set({ outbox_item_id: itemId }).where('id', '=', deliveryId).execute();
  }

  const page = targets.page || targets.subscribers ? await findPageOfBrand(trx, row.workspace_id, row.brand_id) : undefined;
  if (targets.page && page) {
    const url = `${pageUrlOf(publicUrl, page.slug)}#s${row.id}`;
    const externalId = `s${row.id}-r${revision}`;
    const deliveryId = await insertDelivery({
      channel: 'page',
      idempotency_key: `statement:${row.id}:page:${revision}`,
      state: 'sent',
      attempts: 1,
      url,
      external_id: externalId,
      sent_at: now,
    });
    if (deliveryId !== null) {
      await recordDelivery(trx, {
        workspaceId: row.workspace_id,
        kind: 'statement',
        account: { platform: 'update_page', handle: page.slug },
        source: { type: DELIVERY_SOURCE, id: deliveryId, incidentId: row.incident_id },
        outcome: 'sent',
        receipt: { url, externalId },
        error: null,
        at: now,
      });
    }
  }

  for (const recipient of await emailRecipients(trx, row)) {
    await insertDelivery({
      channel: 'email',
      recipient: recipient.email,
      subscriber_id: recipient.subscriberId,
      idempotency_key: `statement:${row.id}:email-${emailKey(recipient.email)}:${revision}`,
      state: 'queued',
      next_attempt_at: now,
    });
  }
}
