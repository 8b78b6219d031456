import type { z } from 'zod';
import type {
  MessageTemplate,
  MessageTemplateDetail,
  TemplateApproval,
  TemplateInputSchema,
  TemplateListQuerySchema,
} from '../../../core/api';
import { type MessagingLocale, type TemplateTarget, draftTemplateVersion } from '../../../core/messaging';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import { SYSTEM_ACTOR, type Actor } from '../../security/actor';
import { recordAudit } from '../audit';
import { loadTemplateDetail, loadTemplateRow, loadVersionRows, toStateColumns, toTemplate } from './messages.store';
import { createTemplateWorkflow } from './messages.workflow';
import { DEFAULT_APPROVER_ROLES, ensureStarterLibrary, installStarterLibrary, listDefaultApprovers } from './starter-install';
import { assertTemplateParses, describeTemplateCheck } from './template-gate';

type TemplateInput = z.output<typeof TemplateInputSchema>;
type ListQuery = z.output<typeof TemplateListQuerySchema>;

export function createMessageService(deps: ServiceDeps) {
  const { db, clock } = deps;
  const workflow = createTemplateWorkflow(deps);

  /** Approvers must be members whose role may approve; each wrong id is named. */
  async function checkApprovers(workspaceId: number, approval: TemplateApproval): Promise<void> {
    const allowed = new Set(await listDefaultApprovers(db, workspaceId));
    const issues = approval.approverIds.flatMap((id, i) =>
      allowed.has(id)
        ? []
        : [
            {
              path: `approval.approverIds.${i}`,
              message: `user ${id} is not a member with an approving role (${DEFAULT_APPROVER_ROLES.join(', ')})`,
            },
          ],
    );
    if (new Set(approval.approverIds).size !== approval.approverIds.length)
      issues.push({ path: 'approval.approverIds', message: 'lists someone twice' });
    if (issues.length > 0) throw AppError.validation(issues);
  }

  async function list(workspaceId: number, query: ListQuery): Promise<MessageTemplate[]> {
    await ensureStarterLibrary(db, workspaceId, SYSTEM_ACTOR, clock.now());
    let q = db.selectFrom('message_templates').selectAll().where('workspace_id', '=', workspaceId);
    if (query.crisisType) q = q.where('crisis_type', '=', query.crisisType);
    if (query.kind) q = q.where('kind', '=', query.kind);
    if (query.channel) q = q.where('channel', '=', query.channel);
    if (query.language) q = q.where('language', '=', query.language);
    q = q.where('archived_at', query.archived === 'true' ? 'is not' : 'is', null);
    const rows = await q.orderBy('crisis_type').orderBy('id').execute();
    const versions = await loadVersionRows(
      db,
      rows.map((r) => r.id),
    );
    const now = clock.now();
    const needle = query.q?.toLowerCase();
    return rows
      .map((row) =>
        toTemplate(
          row,
          versions.filter((v) => v.template_id === row.id),
          now,
        ),
      )
      .filter((t) => (query.status ? t.status === query.status : true))
      .filter((t) => (needle ? `${t.name}\n${t.body}`.toLowerCase().includes(needle) : true));
  }

  return {
    list,
    get: (workspaceId: number, templateId: number): Promise<MessageTemplateDetail> =>
      loadTemplateDetail(db, workspaceId, templateId, clock.now()),
    check: (input: TemplateTarget & { body: string }, locale: MessagingLocale) => describeTemplateCheck(input.body, input, locale),
    ...workflow,

    async create(workspaceId: number, input: TemplateInput, actor: Actor): Promise<MessageTemplateDetail> {
      if (actor.userId === null) throw new AppError('forbidden', 'Templates are written by signed-in members');
      assertTemplateParses(input.body, input);
      const approval = input.approval ?? {
        mode: 'any' as const,
        approverIds: await listDefaultApprovers(db, workspaceId),
        validForDays: null,
      };
      await checkApprovers(workspaceId, approval);
      const now = clock.now();
      const id = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('message_templates')
          .values({
            workspace_id: workspaceId,
            key: null,
            name: input.name,
            crisis_type: input.crisisType,
            kind: input.kind,
            channel: input.channel,
            language: input.language,
            approval_mode: approval.mode,
            approver_ids: JSON.stringify(approval.approverIds),
            valid_for_days: approval.validForDays,
            latest_version: 1,
            created_by: actor.userId,
            created_at: now,
            updated_at: now,
            archived_at: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('message_template_versions')
          .values({
            template_id: row.id,
            workspace_id: workspaceId,
            version: 1,
            body: input.body,
            change_note: input.changeNote,
            author_id: actor.userId,
            created_at: now,
            ...toStateColumns(draftTemplateVersion(actor.userId ?? 0)),
          })
          .execute();
        const { body: _body, ...details } = input;
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'message_template.created',
          targetType: 'message_template',
          targetId: row.id,
          details,
        });
        return row.id;
      });
      return loadTemplateDetail(db, workspaceId, id, clock.now());
    },

    async comment(workspaceId: number, templateId: number, body: string, actor: Actor): Promise<MessageTemplateDetail> {
      const template = await loadTemplateRow(db, workspaceId, templateId);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('message_template_comments')
          .values({
            template_id: template.id,
            workspace_id: workspaceId,
            version: template.latest_version,
            author_id: actor.userId,
            body,
            created_at: now,
          })
          .execute();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'message_template.commented',
          targetType: 'message_template',
          targetId: template.id,
          details: { version: template.latest_version },
        });
      });
      return loadTemplateDetail(db, workspaceId, templateId, clock.now());
    },

    /** A new policy applies to reviews from now on; decisions already made stay as they were. */
    async setApproval(workspaceId: number, templateId: number, approval: TemplateApproval, actor: Actor): Promise<MessageTemplateDetail> {
      const template = await loadTemplateRow(db, workspaceId, templateId);
      await checkApprovers(workspaceId, approval);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('message_templates')
          .set({
            approval_mode: approval.mode,
            approver_ids: JSON.stringify(approval.approverIds),
            valid_for_days: approval.validForDays,
            updated_at: now,
          })
          .where('id', '=', template.id)
          .execute();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'message_template.approval_configured',
          targetType: 'message_template',
          targetId: template.id,
          details: approval,
        });
      });
      return loadTemplateDetail(db, workspaceId, templateId, clock.now());
    },

    /** The review date of the latest version: once past, an approval reads expired and must be renewed. */
    async setReviewDate(workspaceId: number, templateId: number, expiresAt: number | null, actor: Actor): Promise<MessageTemplateDetail> {
      const template = await loadTemplateRow(db, workspaceId, templateId);
      const now = clock.now();
      if (expiresAt !== null && expiresAt <= now) throw AppError.validation([{ path: 'expiresAt', message: 'must be in the future' }]);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('message_template_versions')
          .set({ expires_at: expiresAt })
          .where('template_id', '=', template.id)
          .where('version', '=', template.latest_version)
          .execute();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'message_template.review_date_set',
          targetType: 'message_template',
          targetId: template.id,
          details: { version: template.latest_version, expiresAt },
        });
      });
      return loadTemplateDetail(db, workspaceId, templateId, clock.now());
    },

    async setArchived(workspaceId: number, templateId: number, archived: boolean, actor: Actor): Promise<MessageTemplateDetail> {
      const template = await loadTemplateRow(db, workspaceId, templateId);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('message_templates')
          .set({ archived_at: archived ? now : null, updated_at: now })
          .where('id', '=', template.id)
          .execute();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: archived ? 'message_template.archived' : 'message_template.restored',
          targetType: 'message_template',
          targetId: template.id,
        });
      });
      return loadTemplateDetail(db, workspaceId, templateId, clock.now());
    },

    installStarter: (workspaceId: number, actor: Actor, language?: 'id' | 'en') =>
      installStarterLibrary(db, workspaceId, actor, clock.now(), language),
  };
}

export type MessageService = ReturnType<typeof createMessageService>;
