import type { Kysely } from 'kysely';
import type { InboxReply, ReplyInput } from '../../../core/api';
import {
  type TemplateValues,
  type ToneSituation,
  checkTone,
  describeMessage,
  hasBlockingFindings,
  renderTemplate,
  replyNeedsApproval,
} from '../../../core/messaging';
import type { LanguageCode } from '../../../core/analysis/analysis.types';
import type { Database } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import type { LiveEvents } from '../../events/live-events';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';
import { checkTemplateForStatement } from '../messages';
import { type OutboxListener, enqueueOutgoing } from '../outbox';
import { incidentOf, loadInboxSettings, loadOpenIncidents, readCategories, readSentiment } from './inbox.repository';
import { selectReplyRows, toReply } from './inbox-replies.store';
import type { WorkspaceCaller } from './inbox.service';

/** The parts of an item a reply needs. */
async function loadTarget(db: Kysely<Database>, workspaceId: number, itemId: number) {
  const row = await db
    .selectFrom('inbox_items as i')
    .innerJoin('mentions as m', 'm.id', 'i.mention_id')
    .leftJoin('brands as b', 'b.id', 'i.brand_id')
    .select([
      'i.id',
      'i.status',
      'i.brand_id',
      'b.name as brand_name',
      'm.external_id',
      'm.author_handle',
      'm.text',
      'm.language',
      'm.sentiment',
      'm.categories',
    ])
    .where('i.workspace_id', '=', workspaceId)
    .where('i.id', '=', itemId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('inbox item');
  return row;
}
type Target = Awaited<ReturnType<typeof loadTarget>>;

function situationOf(target: Target, duringIncident: boolean): ToneSituation {
  const categories = readCategories(target.categories).filter((c) => c !== 'other');
  const answering = categories.length > 0 ? 'complaint' : readSentiment(target.sentiment) === 'negative' ? 'negative' : 'other';
  return { kind: 'reply', duringIncident, answering };
}

/** The tone check as the server's gate: blocking findings refuse, with every finding (described) in the error. */
function assertToneAllows(text: string, target: Target, duringIncident: boolean): void {
  const findings = checkTone(text, {
    answering: { ...(target.language ? { language: target.language as LanguageCode } : {}), text: target.text },
    situation: situationOf(target, duringIncident),
    unfilledVariables: [...text.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]!),
  });
  if (!hasBlockingFindings(findings)) return;
  const described = findings.map((f) => ({
    ...f,
    text: { explanation: describeMessage(f.explanation, 'en'), fix: describeMessage(f.fix, 'en') },
  }));
  throw AppError.validation(
    described.filter((f) => f.severity === 'block').map((f) => ({ path: 'text', message: `${f.rule}: ${f.text.explanation}` })),
    { findings: described },
  );
}

/**
 * Replies from the inbox: drafted from a template or written freely, tone-checked, then either queued in the
 * outbox as their author or held for an approver when the policy says so; or marked as answered elsewhere.
 */
export function createReplyService(deps: ServiceDeps, events: LiveEvents) {
  const { db, clock } = deps;
  const changed = (workspaceId: number, itemId: number) =>
    events.publish(workspaceId, { type: 'inbox.changed', itemIds: [itemId], at: clock.now() });

  async function getReply(workspaceId: number, replyId: number): Promise<InboxReply> {
    const row = await selectReplyRows(db, workspaceId).where('r.id', '=', replyId).executeTakeFirst();
    if (!row) throw AppError.notFound('reply');
    return toReply(row);
  }

  /** Queues the reply in the outbox as `author` (whose publishing right is checked), in the caller's transaction. */
  async function enqueue(
    trx: Kysely<Database>,
    workspaceId: number,
    reply: { id: number; accountId: number; text: string; incidentId: number | null },
    target: Target,
    author: Actor,
    now: number,
    approvedBy: number | null = null,
  ): Promise<number> {
    const { id } = await enqueueOutgoing(
      trx,
      {
        workspaceId,
        accountId: reply.accountId,
        kind: 'reply',
        text: reply.text,
        targetExternalId: target.external_id,
        authorHandle: target.author_handle,
        idempotencyKey: `reply:${reply.id}`,
        source: { type: 'reply', id: reply.id, incidentId: reply.incidentId },
        approvedBy,
      },
      author,
      now,
    );
    await trx.updateTable('inbox_replies').set({ outbox_item_id: id, updated_at: now }).where('id', '=', reply.id).execute();
    return id;
  }

  async function markPending(trx: Kysely<Database>, itemId: number, now: number) {
    await trx
      .updateTable('inbox_items')
      .set({ status: 'pending', updated_at: now })
      .where('id', '=', itemId)
      .where('status', '=', 'open')
      .execute();
  }

  return {
    get: getReply,

    /** The approval queue: replies waiting for an approver, oldest first. */
    async listInReview(workspaceId: number): Promise<InboxReply[]> {
      const rows = await selectReplyRows(db, workspaceId)
        .where('r.status', '=', 'in_review')
        .orderBy('r.created_at')
        .orderBy('r.id')
        .execute();
      return rows.map(toReply);
    },

    /** A first draft from a template, its variables filled from the mention, brand and incident; unfilled ones are reported. */
    async draftFromTemplate(workspaceId: number, itemId: number, templateId: number, caller: WorkspaceCaller) {
      const target = await loadTarget(db, workspaceId, itemId);
      const role = caller.role;
      if (!role || caller.actor.userId === null) throw new AppError('forbidden', 'Replies are written by signed-in members');
      const now = clock.now();
      const incidents = await loadOpenIncidents(db, workspaceId);
      const incidentId = incidentOf(incidents, target.brand_id);
      const use = await checkTemplateForStatement(db, () => Promise.resolve(incidentId !== null), {
        workspaceId,
        templateId,
        userId: caller.actor.userId,
        role,
        now,
      });
      if (!use.ok) throw new AppError('forbidden', `This template cannot be used now (${use.reason})`, { reason: use.reason });
      const incident =
        incidentId === null ? null : await db.selectFrom('incidents').select(['title']).where('id', '=', incidentId).executeTakeFirst();
      const me = await db.selectFrom('users').select('name').where('id', '=', caller.actor.userId).executeTakeFirst();
      const date = new Date(now);
      const values: TemplateValues = {
        ...(target.brand_name ? { brand: target.brand_name } : {}),
        ...(target.author_handle ? { name: `@${target.author_handle.replace(/^@/, '')}` } : {}),
        ...(incident ? { issue: incident.title } : {}),
        ...(me ? { agent: me.name } : {}),
        date: date.toISOString().slice(0, 10),
        time: date.toISOString().slice(11, 16),
      };
      const rendered = renderTemplate(use.body, values);
      return { text: rendered.text, templateId, templateVersion: use.version, missing: rendered.missing as string[] };
    },

    /** Sends a reply, or holds it for approval when the policy says so. */
    async send(workspaceId: number, itemId: number, input: ReplyInput, caller: WorkspaceCaller): Promise<InboxReply> {
      const role = caller.role;
      const userId = caller.actor.userId;
      if (!role || userId === null) throw new AppError('forbidden', 'Replies are written by signed-in members');
      const now = clock.now();
      const target = await loadTarget(db, workspaceId, itemId);
      if (target.status === 'closed') throw new AppError('conflict', 'The item is closed; reopen it to reply');
      const account = await db
        .selectFrom('owned_accounts')
        .select(['id', 'brand_id'])
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', input.accountId)
        .executeTakeFirst();
      if (!account) throw AppError.validation([{ path: 'accountId', message: `no owned account ${input.accountId} in this workspace` }]);
      if (target.brand_id !== null && account.brand_id !== target.brand_id) {
        throw AppError.validation([
          { path: 'accountId', message: `owned account ${input.accountId} belongs to another brand than the mention` },
        ]);
      }
      const incidents = await loadOpenIncidents(db, workspaceId);
      const incidentId = incidentOf(incidents, target.brand_id);
      let templateVersion: number | null = null;
      if (input.templateId) {
        // During a crisis a non-approver may base a reply only on an approved template.
        const use = await checkTemplateForStatement(db, () => Promise.resolve(incidentId !== null), {
          workspaceId,
          templateId: input.templateId,
          userId,
          role,
          now,
        });
        if (!use.ok) throw new AppError('forbidden', `This template cannot be used now (${use.reason})`, { reason: use.reason });
        templateVersion = use.version;
      }
      assertToneAllows(input.text, target, incidentId !== null);
      const settings = await loadInboxSettings(db, workspaceId);
      const approvalReason = replyNeedsApproval(settings.approval, { role, brandHasOpenIncident: incidentId !== null });

      const replyId = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('inbox_replies')
          .values({
            workspace_id: workspaceId,
            item_id: itemId,
            account_id: account.id,
            text: input.text,
            template_id: input.templateId ?? null,
            template_version: templateVersion,
            status: approvalReason ? 'in_review' : 'queued',
            approval_reason: approvalReason,
            author_id: userId,
            approver_id: null,
            decision_comment: null,
            decided_at: null,
            incident_id: incidentId,
            outbox_item_id: null,
            error: null,
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const id = Number(row.id);
        if (!approvalReason)
          await enqueue(trx, workspaceId, { id, accountId: account.id, text: input.text, incidentId }, target, caller.actor, now);
        await markPending(trx, itemId, now);
        await recordAudit(trx, caller.actor, now, {
          workspaceId,
          action: approvalReason ? 'inbox.reply_submitted' : 'inbox.reply_queued',
          targetType: 'inbox_reply',
          targetId: id,
          details: { itemId, accountId: account.id, templateId: input.templateId ?? null, approvalReason },
        });
        return id;
      });
      changed(workspaceId, itemId);
      return getReply(workspaceId, replyId);
    },

    /** An approver (never the author) releases a held reply: it is queued as its author, and the approver recorded. */
    async approve(workspaceId: number, replyId: number, comment: string | undefined, caller: WorkspaceCaller): Promise<InboxReply> {
      const reply = await getReply(workspaceId, replyId);
      if (caller.actor.userId === null) throw new AppError('forbidden', 'Approvals are given by signed-in members');
      if (reply.authorId === caller.actor.userId) throw new AppError('forbidden', 'The author of a reply cannot approve it');
      if (reply.status !== 'in_review') throw new AppError('conflict', `The reply is ${reply.status}, not waiting for approval`);
      if (reply.accountId === null || reply.authorId === null) throw new AppError('conflict', 'The reply lost its account or author');
      const now = clock.now();
      const target = await loadTarget(db, workspaceId, reply.itemId);
      await db.transaction().execute(async (trx) => {
        const moved = await trx
          .updateTable('inbox_replies')
          .set({ status: 'queued', approver_id: caller.actor.userId, decision_comment: comment ?? null, decided_at: now, updated_at: now })
          .where('id', '=', replyId)
          .where('status', '=', 'in_review')
          .executeTakeFirst();
        if (Number(moved.numUpdatedRows) !== 1) throw new AppError('conflict', 'The reply was decided in the meantime');
        const row = await trx.selectFrom('inbox_replies').select('incident_id').where('id', '=', replyId).executeTakeFirstOrThrow();
        // Enqueued as the person who asked to send it: their publishing right is what lets it go out.
        const author: Actor = { userId: reply.authorId, tokenId: null, ip: caller.actor.ip };
        await enqueue(
          trx,
          workspaceId,
          { id: replyId, accountId: reply.accountId!, text: reply.text, incidentId: row.incident_id },
          target,
          author,
          now,
          caller.actor.userId,
        );
        await recordAudit(trx, caller.actor, now, {
          workspaceId,
          action: 'inbox.reply_approved',
          targetType: 'inbox_reply',
          targetId: replyId,
          details: { itemId: reply.itemId, authorId: reply.authorId, comment: comment ?? null },
        });
      });
      changed(workspaceId, reply.itemId);
      return getReply(workspaceId, replyId);
    },

    async reject(workspaceId: number, replyId: number, comment: string | undefined, caller: WorkspaceCaller): Promise<InboxReply> {
      if (!comment || comment.trim() === '')
        throw AppError.validation([{ path: 'comment', message: 'a rejection needs a comment for the author' }]);
      const reply = await getReply(workspaceId, replyId);
      if (reply.authorId === caller.actor.userId) throw new AppError('forbidden', 'The author of a reply cannot decide on it');
      if (reply.status !== 'in_review') throw new AppError('conflict', `The reply is ${reply.status}, not waiting for approval`);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const moved = await trx
          .updateTable('inbox_replies')
          .set({ status: 'rejected', approver_id: caller.actor.userId, decision_comment: comment, decided_at: now, updated_at: now })
          .where('id', '=', replyId)
          .where('status', '=', 'in_review')
          .executeTakeFirst();
        if (Number(moved.numUpdatedRows) !== 1) throw new AppError('conflict', 'The reply was decided in the meantime');
        await reopenIfIdle(trx, reply.itemId, now);
        await recordAudit(trx, caller.actor, now, {
          workspaceId,
          action: 'inbox.reply_rejected',
          targetType: 'inbox_reply',
          targetId: replyId,
          details: { itemId: reply.itemId, comment },
        });
      });
      changed(workspaceId, reply.itemId);
      return getReply(workspaceId, replyId);
    },

    /** The mention was answered outside Siaga (by phone, in a DM): the loop closes without sending anything. */
    async answeredElsewhere(workspaceId: number, itemId: number, note: string | undefined, caller: WorkspaceCaller): Promise<InboxReply> {
      const target = await loadTarget(db, workspaceId, itemId);
      if (target.status === 'closed') throw new AppError('conflict', 'The item is closed; reopen it first');
      const now = clock.now();
      const replyId = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('inbox_replies')
          .values({
            workspace_id: workspaceId,
            item_id: itemId,
            account_id: null,
            text: note ?? '',
            template_id: null,
            template_version: null,
            status: 'answered_elsewhere',
            approval_reason: null,
            author_id: caller.actor.userId,
            approver_id: null,
            decision_comment: null,
            decided_at: null,
            incident_id: null,
            outbox_item_id: null,
            error: null,
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await markReplied(trx, itemId, now);
        await recordAudit(trx, caller.actor, now, {
          workspaceId,
          action: 'inbox.answered_elsewhere',
          targetType: 'inbox_item',
          targetId: itemId,
          details: { replyId: row.id, note: note ?? null },
        });
        return Number(row.id);
      });
      changed(workspaceId, itemId);
      return getReply(workspaceId, replyId);
    },
  };
}

async function markReplied(trx: Kysely<Database>, itemId: number, at: number) {
  const item = await trx.selectFrom('inbox_items').select(['first_response_at']).where('id', '=', itemId).executeTakeFirst();
  if (!item) return;
  await trx
    .updateTable('inbox_items')
    .set({ status: 'replied', first_response_at: item.first_response_at ?? at, updated_at: at })
    .where('id', '=', itemId)
    .where('status', 'in', ['open', 'pending'])
    .execute();
}

/** A pending item with no reply still on its way goes back to open. */
async function reopenIfIdle(trx: Kysely<Database>, itemId: number, at: number) {
  const busy = await trx
    .selectFrom('inbox_replies')
    .select('id')
    .where('item_id', '=', itemId)
    .where('status', 'in', ['in_review', 'queued'])
    .executeTakeFirst();
  if (busy) return;
  await trx
    .updateTable('inbox_items')
    .set({ status: 'open', updated_at: at })
    .where('id', '=', itemId)
    .where('status', '=', 'pending')
    .execute();
}

/**
 * The outbox's word on a reply, in the transaction that records it: the reply is sent (and its item
 * replied, with the first response time) or failed (and its item open again).
 */
export const recordReplySettlement: OutboxListener = async (trx, settlement) => {
  if (settlement.source?.type !== 'reply') return;
  const replyId = Number(settlement.source.id);
  const reply = await trx
    .selectFrom('inbox_replies')
    .select(['id', 'item_id'])
    .where('id', '=', replyId)
    .where('workspace_id', '=', settlement.workspaceId)
    .executeTakeFirst();
  if (!reply) return;
  await trx
    .updateTable('inbox_replies')
    .set({ status: settlement.outcome === 'sent' ? 'sent' : 'failed', error: settlement.error, updated_at: settlement.at })
    .where('id', '=', replyId)
    .execute();
  if (settlement.outcome === 'sent') await markReplied(trx, reply.item_id, settlement.at);
  else await reopenIfIdle(trx, reply.item_id, settlement.at);
};

export type ReplyService = ReturnType<typeof createReplyService>;
