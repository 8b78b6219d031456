import type { MessageTemplateDetail } from '../../../core/api';
import {
  type ApprovalRefusal,
  type ApprovalResult,
  approveVersion,
  draftTemplateVersion,
  readStatusAt,
  rejectVersion,
  reviseVersion,
  submitForReview,
} from '../../../core/messaging';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';
import {
  type TemplateRow,
  loadLatestVersion,
  loadTemplateDetail,
  loadTemplateRow,
  readApproval,
  toApprovalPolicy,
  toStateColumns,
  toVersionState,
} from './messages.store';
import { assertTemplateParses, assertTemplateSubmittable } from './template-gate';

const REFUSALS: Record<ApprovalRefusal['code'], string> = {
  not_draft: 'Only a draft can be submitted for review',
  not_in_review: 'This version is not in review',
  not_revisable: 'This version is in review; wait for the decision before changing it',
  no_approvers: 'This template has no approver other than its author; configure its approvers first',
  author_cannot_approve: 'The author of a version cannot approve or reject it',
  not_an_approver: 'You are not one of this template’s approvers',
  already_decided: 'You have already approved this version',
  not_your_turn: 'It is not your turn: approvals follow the configured sequence',
  comment_required: 'A rejection needs a reason in the comment',
};

/** Turns a refusal of the approval machine into our one error: a rights problem is `forbidden`, a state one `conflict`. */
function refuse(refusal: ApprovalRefusal): never {
  const forbidden = ['author_cannot_approve', 'not_an_approver', 'not_your_turn'].includes(refusal.code);
  if (refusal.code === 'comment_required') throw AppError.validation([{ path: 'comment', message: REFUSALS.comment_required }]);
  throw new AppError(forbidden ? 'forbidden' : 'conflict', REFUSALS[refusal.code], refusal);
}

function requireUserId(actor: Actor): number {
  if (actor.userId === null) throw new AppError('forbidden', 'Only a signed-in member may take part in a review');
  return actor.userId;
}

export function createTemplateWorkflow({ db, clock }: ServiceDeps) {
  /** Applies one step of the approval machine to the latest version, writes it and its audit entry. */
  async function step(
    workspaceId: number,
    templateId: number,
    actor: Actor,
    action: string,
    run: (template: TemplateRow, state: ReturnType<typeof toVersionState>, body: string) => ApprovalResult,
  ): Promise<MessageTemplateDetail> {
    const template = await loadTemplateRow(db, workspaceId, templateId);
    const latest = await loadLatestVersion(db, template);
    const result = run(template, toVersionState(latest), latest.body);
    if (!result.ok) refuse(result.refusal);
    const now = clock.now();
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('message_template_versions').set(toStateColumns(result.state)).where('id', '=', latest.id).execute();
      await trx.updateTable('message_templates').set({ updated_at: now }).where('id', '=', template.id).execute();
      await recordAudit(trx, actor, now, {
        workspaceId,
        action,
        targetType: 'message_template',
        targetId: template.id,
        details: { version: latest.version, from: latest.status, to: result.state.status },
      });
    });
    return loadTemplateDetail(db, workspaceId, templateId, clock.now());
  }

  const targetOf = (t: TemplateRow) =>
    ({ kind: t.kind, channel: t.channel, language: t.language }) as Parameters<typeof assertTemplateSubmittable>[1];

  return {
    submit: (workspaceId: number, templateId: number, actor: Actor) =>
      step(workspaceId, templateId, actor, 'message_template.submitted', (template, state, body) => {
        assertTemplateSubmittable(body, targetOf(template));
        return submitForReview(state, toApprovalPolicy(readApproval(template)), { userId: requireUserId(actor), now: clock.now() });
      }),

    approve: (workspaceId: number, templateId: number, actor: Actor, comment: string) =>
      step(workspaceId, templateId, actor, 'message_template.approved', (template, state) =>
        approveVersion(state, toApprovalPolicy(readApproval(template)), { userId: requireUserId(actor), now: clock.now(), comment }),
      ),

    reject: (workspaceId: number, templateId: number, actor: Actor, comment: string) =>
      step(workspaceId, templateId, actor, 'message_template.rejected', (template, state) =>
        rejectVersion(state, toApprovalPolicy(readApproval(template)), { userId: requireUserId(actor), now: clock.now(), comment }),
      ),

    /**
     * Writes the next version. A draft or an approved version is followed by a new draft (the
     * approved one stays usable until its successor is approved); a rejected or expired one is
     * revised through the machine; a version in review cannot be changed under its reviewers.
     */
    async addVersion(workspaceId: number, templateId: number, body: string, changeNote: string, actor: Actor) {
      const userId = requireUserId(actor);
      const template = await loadTemplateRow(db, workspaceId, templateId);
      if (template.archived_at !== null) throw new AppError('conflict', 'This template is archived');
      assertTemplateParses(body, targetOf(template));
      const latest = await loadLatestVersion(db, template);
      const now = clock.now();
      const state = toVersionState(latest);
      const status = readStatusAt(state, now);
      let next = draftTemplateVersion(userId, latest.version + 1);
      if (status === 'in_review') refuse({ code: 'not_revisable' });
      if (status === 'rejected' || status === 'expired') {
        const revised = reviseVersion(state, { userId, now });
        if (!revised.ok) refuse(revised.refusal);
        next = revised.state;
      }
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('message_template_versions')
          .values({
            template_id: template.id,
            workspace_id: workspaceId,
            version: next.version,
            body,
            change_note: changeNote,
            author_id: userId,
            created_at: now,
            ...toStateColumns(next),
          })
          .execute();
        await trx
          .updateTable('message_templates')
          .set({ latest_version: next.version, updated_at: now })
          .where('id', '=', template.id)
          .execute();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'message_template.version_added',
          targetType: 'message_template',
          targetId: template.id,
          details: { version: next.version, changeNote },
        });
      });
      return loadTemplateDetail(db, workspaceId, templateId, clock.now());
    },
  };
}

export type TemplateWorkflow = ReturnType<typeof createTemplateWorkflow>;
