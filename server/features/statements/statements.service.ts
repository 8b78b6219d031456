import type { Kysely } from 'kysely';
import {
  type StatementCorrectionInput,
  StatementCorrectionInputSchema,
  type StatementDetail,
  type StatementInput,
  StatementInputSchema,
  type StatementListQuery,
  type StatementPatch,
  StatementPatchSchema,
  type StatementSettings,
  type StatementTargets,
} from '../../../core/api';
import type { ChannelPlatform } from '../../../core/channels';
import { isTemplateVariable, renderTemplate } from '../../../core/messaging';
import type { Role } from '../../../core/policy';
import { type StatementState, checkDecision, isEditable, previewStatement, requiredApprovals } from '../../../core/statements';
import type { Database } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';
import { type ActiveIncidentPort, checkTemplateForStatement } from '../messages';
import { findPageOfBrand } from '../updates-page';
import { assertSenderMayPost, fanOut } from './statement-fanout';
import {
  type StatementRow,
  listStatements,
  loadDecisions,
  loadStatementDetail,
  loadStatementRow,
  readTargets,
  readVariants,
} from './statements.repository';

export interface StatementAccess {
  actor: Actor;
  role: Role | null;
}

const DECISION_REFUSALS = {
  not_in_review: ['conflict', 'The statement is not in review'],
  own_statement: ['forbidden', 'The author cannot approve or reject their own statement'],
  already_decided: ['forbidden', 'You have decided on this statement already; another approver must decide'],
} as const;

/** Statements: drafted, checked, approved (by two people in a crisis when the workspace says so), published everywhere. */
export function createStatementService(deps: ServiceDeps, ports: { isIncidentActive: ActiveIncidentPort }) {
  const { db, clock, config } = deps;

  async function load(workspaceId: number, id: number): Promise<StatementRow> {
    const row = await loadStatementRow(db, workspaceId, id);
    if (!row) throw AppError.notFound('statement');
    return row;
  }
  const detail = async (workspaceId: number, id: number) => loadStatementDetail(db, config.publicUrl, await load(workspaceId, id));

  async function settings(workspaceId: number): Promise<StatementSettings> {
    const row = await db
      .selectFrom('statement_settings')
      .select('two_person_rule')
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    return { twoPersonRule: row ? row.two_person_rule === 1 : true };
  }

  /** Targets that exist: the brand's own accounts, its page (for the page and its subscribers), contacts of the workspace. */
  async function checkTargets(on: Kysely<Database>, workspaceId: number, brandId: number, targets: StatementTargets): Promise<void> {
    const issues: { path: string; message: string }[] = [];
    if (targets.accountIds.length > 0) {
      const accounts = await on
        .selectFrom('owned_accounts')
        .select(['id', 'brand_id'])
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', targets.accountIds)
        .execute();
      targets.accountIds.forEach((id, i) => {
        if (!accounts.some((a) => a.id === id && a.brand_id === brandId))
          issues.push({ path: `targets.accountIds.${i}`, message: `no owned account ${id} of this brand` });
      });
    }
    if (targets.page || targets.subscribers) {
      const page = await findPageOfBrand(on, workspaceId, brandId);
      if (!page)
        issues.push({
          path: targets.page ? 'targets.page' : 'targets.subscribers',
          message: 'the brand has no public update page yet; create it first',
        });
      else if (targets.page && page.enabled !== 1)
        issues.push({ path: 'targets.page', message: `the update page /updates/${page.slug} is switched off` });
    }
    if (targets.contactIds.length > 0) {
      const contacts = await on
        .selectFrom('contacts')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', targets.contactIds)
        .execute();
      targets.contactIds.forEach((id, i) => {
        if (!contacts.some((c) => c.id === id))
          issues.push({ path: `targets.contactIds.${i}`, message: `no contact ${id} in this workspace` });
      });
    }
    const channels =
      targets.accountIds.length +
      (targets.page ? 1 : 0) +
      (targets.subscribers ? 1 : 0) +
      targets.contactKinds.length +
      targets.contactIds.length;
    if (channels === 0) issues.push({ path: 'targets', message: 'choose at least one channel' });
    if (issues.length > 0) throw AppError.validation(issues);
  }

  /** The body from a template: the version the person may use now (only approved ones during a crisis for non-approvers). */
  async function bodyFromTemplate(
    workspaceId: number,
    templateId: number,
    values: Record<string, string>,
    access: StatementAccess,
    now: number,
  ) {
    if (access.actor.userId === null || access.role === null)
      throw new AppError('forbidden', 'Only a signed-in member may draft from a template');
    const exists = await db
      .selectFrom('message_templates')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', templateId)
      .executeTakeFirst();
    if (!exists) throw AppError.validation([{ path: 'templateId', message: `no template ${templateId} in this workspace` }]);
    const use = await checkTemplateForStatement(db, ports.isIncidentActive, {
      workspaceId,
      templateId,
      userId: access.actor.userId,
      role: access.role,
      now,
    });
    if (!use.ok) {
      throw new AppError(
        'forbidden',
        `Template ${templateId} may not be used for a statement now (${use.reason}): during a crisis only approved templates may be used by people who are not approvers`,
        {
          issues: [{ path: 'templateId', message: use.reason }],
          reason: use.reason,
        },
      );
    }
    const unknown = Object.keys(values).filter((name) => !isTemplateVariable(name));
    if (unknown.length > 0)
      throw AppError.validation(unknown.map((name) => ({ path: `values.${name}`, message: 'is not a template variable' })));
    const rendered = renderTemplate(use.body, values);
    if (rendered.missing.length > 0)
      throw AppError.validation(rendered.missing.map((name) => ({ path: `values.${name}`, message: 'is required by the template' })));
    return { body: rendered.text, version: use.version };
  }

  async function audit(
    trx: Kysely<Database>,
    actor: Actor,
    now: number,
    row: StatementRow,
    action: string,
    details: Record<string, unknown> = {},
  ) {
    await recordAudit(trx, actor, now, {
      workspaceId: row.workspace_id,
      action,
      targetType: 'statement',
      targetId: row.id,
      details: { ...details, incidentId: row.incident_id },
    });
  }

  /** Moves a statement from `from` (guarded, so two people cannot both move it) and audits it. */
  async function move(trx: Kysely<Database>, row: StatementRow, from: StatementState, set: Partial<StatementRow>, now: number) {
    const done = await trx
      .updateTable('statements')
      .set({ ...set, updated_at: now })
      .where('id', '=', row.id)
      .where('state', '=', from)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) throw new AppError('conflict', `The statement is no longer ${from}; reload and try again`);
  }

  /** The tone check on every channel's text: blocking findings refuse, naming the channel. */
  async function assertSendable(row: StatementRow, body = row.body) {
    const targets = readTargets(row);
    const accounts = targets.accountIds.length
      ? await db
          .selectFrom('owned_accounts')
          .select(['id', 'platform', 'handle', 'display_name', 'avatar_url'])
          .where('id', 'in', targets.accountIds)
          .execute()
      : [];
    const previews = previewStatement({
      body,
      language: row.language as 'id' | 'en',
      variants: body === row.body ? readVariants(row) : {},
      accounts: accounts.map((a) => ({
        id: a.id,
        platform: a.platform as ChannelPlatform,
        handle: a.handle,
        displayName: a.display_name,
        avatarUrl: a.avatar_url,
      })),
      page: targets.page,
      email: targets.subscribers || targets.contactIds.length > 0 || targets.contactKinds.length > 0,
    });
    const blocked = previews.filter((p) => p.blocking);
    if (blocked.length === 0) return;
    const issues = blocked.flatMap((p) =>
      p.findings
        .filter((f) => f.severity === 'block')
        .map((f) => ({ path: p.key in readVariants(row) ? `variants.${p.key}` : 'body', message: `${p.key}: ${f.rule}` })),
    );
    throw AppError.validation(issues, { findings: blocked.map((p) => ({ channel: p.key, findings: p.findings })) });
  }

  const sender = (row: StatementRow): Actor => ({ userId: row.author_id, tokenId: null, ip: null });

  return {
    settings,
    async updateSettings(workspaceId: number, value: StatementSettings, actor: Actor): Promise<StatementSettings> {
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('statement_settings')
          .values({ workspace_id: workspaceId, two_person_rule: value.twoPersonRule ? 1 : 0, updated_at: now })
          .onConflict((oc) => oc.column('workspace_id').doUpdateSet({ two_person_rule: value.twoPersonRule ? 1 : 0, updated_at: now }))
          .execute();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'statement.settings_updated',
          targetType: 'workspace',
          targetId: workspaceId,
          details: value,
        });
      });
      return settings(workspaceId);
    },

    list: (workspaceId: number, query: StatementListQuery) => listStatements(db, config.publicUrl, workspaceId, query),
    get: detail,

    async create(workspaceId: number, input: StatementInput, access: StatementAccess): Promise<StatementDetail> {
      const value = StatementInputSchema.parse(input);
      const now = clock.now();
      const brand = await db
        .selectFrom('brands')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', value.brandId)
        .executeTakeFirst();
      if (!brand) throw AppError.validation([{ path: 'brandId', message: `no brand ${value.brandId} in this workspace` }]);
      if (value.incidentId) {
        const incident = await db
          .selectFrom('incidents')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', value.incidentId)
          .executeTakeFirst();
        if (!incident) throw AppError.validation([{ path: 'incidentId', message: `no incident ${value.incidentId} in this workspace` }]);
      }
      await checkTargets(db, workspaceId, value.brandId, value.targets);
      const fromTemplate = value.templateId ? await bodyFromTemplate(workspaceId, value.templateId, value.values, access, now) : null;
      const body = value.body ?? fromTemplate!.body;
      const id = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('statements')
          .values({
            workspace_id: workspaceId,
            brand_id: value.brandId,
            incident_id: value.incidentId ?? null,
            language: value.language,
            title: value.title,
            body,
            template_id: value.templateId ?? null,
            template_version: fromTemplate?.version ?? null,
            variants: JSON.stringify(value.variants),
            targets: JSON.stringify(value.targets),
            state: 'draft',
            required_approvals: 1,
            round: 0,
            revision: 1,
            scheduled_at: null,
            next_update_at: value.nextUpdateAt ?? null,
            reminded_at: null,
            rejection_comment: null,
            author_id: access.actor.userId,
            created_at: now,
            updated_at: now,
            published_at: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, access.actor, now, {
          workspaceId,
          action: 'statement.created',
          targetType: 'statement',
          targetId: row.id,
          details: {
            brandId: value.brandId,
            incidentId: value.incidentId ?? null,
            templateId: value.templateId ?? null,
            templateVersion: fromTemplate?.version ?? null,
          },
        });
        return row.id;
      });
      return detail(workspaceId, id);
    },

    async update(workspaceId: number, id: number, patch: StatementPatch, actor: Actor): Promise<StatementDetail> {
      const value = StatementPatchSchema.parse(patch);
      const row = await load(workspaceId, id);
      if (!isEditable(row.state as StatementState))
        throw new AppError('conflict', `A statement that is ${row.state} cannot be edited; a published one is corrected`);
      if (value.targets) await checkTargets(db, workspaceId, row.brand_id, value.targets);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('statements')
          .set({
            ...(value.title !== undefined && { title: value.title }),
            ...(value.body !== undefined && { body: value.body }),
            ...(value.language !== undefined && { language: value.language }),
            ...(value.variants !== undefined && { variants: JSON.stringify(value.variants) }),
            ...(value.targets !== undefined && { targets: JSON.stringify(value.targets) }),
            ...(value.nextUpdateAt !== undefined && { next_update_at: value.nextUpdateAt }),
            updated_at: now,
          })
          .where('id', '=', row.id)
          .where('state', '=', row.state)
          .execute();
        await audit(trx, actor, now, row, 'statement.updated', { fields: Object.keys(value) });
      });
      return detail(workspaceId, id);
    },

    /** To review: the tone check on every channel must pass; the approvals it needs are fixed now. */
    async submit(workspaceId: number, id: number, actor: Actor): Promise<StatementDetail> {
      const row = await load(workspaceId, id);
      if (!isEditable(row.state as StatementState)) throw new AppError('conflict', `A statement that is ${row.state} cannot be submitted`);
      await checkTargets(db, workspaceId, row.brand_id, readTargets(row));
      await assertSendable(row);
      const now = clock.now();
      const needed = requiredApprovals((await settings(workspaceId)).twoPersonRule, row.incident_id !== null);
      await db.transaction().execute(async (trx) => {
        await move(
          trx,
          row,
          row.state as StatementState,
          { state: 'in_review', round: row.round + 1, required_approvals: needed, rejection_comment: null },
          now,
        );
        await audit(trx, actor, now, row, 'statement.submitted', { requiredApprovals: needed });
      });
      return detail(workspaceId, id);
    },

    async approve(workspaceId: number, id: number, comment: string, actor: Actor): Promise<StatementDetail> {
      return decide(workspaceId, id, 'approved', comment, actor);
    },

    async reject(workspaceId: number, id: number, comment: string, actor: Actor): Promise<StatementDetail> {
      if (!comment.trim()) throw AppError.validation([{ path: 'comment', message: 'a rejection needs a comment for the author' }]);
      return decide(workspaceId, id, 'rejected', comment, actor);
    },

    /**
     * Publishes an approved statement now, or schedules it. Posts are queued as the author (who asked to
     * send it), who must hold the publishing right on every account; the approvers are in the audit.
     */
    async publish(workspaceId: number, id: number, scheduledAt: number | null, actor: Actor): Promise<StatementDetail> {
      const row = await load(workspaceId, id);
      if (row.state !== 'approved' && row.state !== 'scheduled')
        throw new AppError('conflict', `Only an approved statement can be published; this one is ${row.state}`);
      await assertSenderMayPost(db, row, sender(row));
      const now = clock.now();
      const approvers = (await loadDecisions(db, row.id, row.round)).filter((d) => d.decision === 'approved').map((d) => d.user_id);
      await db.transaction().execute(async (trx) => {
        if (scheduledAt !== null && scheduledAt > now) {
          await move(trx, row, row.state as StatementState, { state: 'scheduled', scheduled_at: scheduledAt }, now);
          await audit(trx, actor, now, row, 'statement.scheduled', { scheduledAt, approvers });
          return;
        }
        await move(trx, row, row.state as StatementState, { state: 'published', published_at: now, scheduled_at: null }, now);
        await ensureRevision(trx, row, null, row.author_id, now);
        await fanOut(trx, { ...row, state: 'published' }, sender(row), config.publicUrl, now);
        await audit(trx, actor, now, row, 'statement.published', { revision: row.revision, approvers, sender: row.author_id });
      });
      return detail(workspaceId, id);
    },

    /**
     * A correction: a new revision with its reason, kept beside the old ones; it goes out again where a
     * channel allows (a new post "Koreksi: …" on each account, the page, e-mail to the same people).
     */
    async correct(workspaceId: number, id: number, input: StatementCorrectionInput, actor: Actor): Promise<StatementDetail> {
      const value = StatementCorrectionInputSchema.parse(input);
      const row = await load(workspaceId, id);
      if (row.state !== 'published') throw new AppError('conflict', `Only a published statement is corrected; this one is ${row.state}`);
      await assertSendable(row, value.body);
      await assertSenderMayPost(db, row, actor);
      const now = clock.now();
      const next = { ...row, revision: row.revision + 1, body: value.body, title: value.title ?? row.title };
      await db.transaction().execute(async (trx) => {
        const done = await trx
          .updateTable('statements')
          .set({ revision: next.revision, body: next.body, title: next.title, updated_at: now })
          .where('id', '=', row.id)
          .where('revision', '=', row.revision)
          .executeTakeFirst();
        if (Number(done.numUpdatedRows) === 0)
          throw new AppError('conflict', 'The statement was corrected meanwhile; reload and try again');
        await ensureRevision(trx, next, value.reason, actor.userId, now);
        await fanOut(trx, next, actor, config.publicUrl, now);
        await audit(trx, actor, now, row, 'statement.corrected', { revision: next.revision, reason: value.reason });
      });
      return detail(workspaceId, id);
    },

    /** The scheduler: scheduled statements whose time has come go out, as their author. */
    async publishDue(): Promise<number> {
      const now = clock.now();
      const due = await db
        .selectFrom('statements')
        .selectAll()
        .where('state', '=', 'scheduled')
        .where('scheduled_at', '<=', now)
        .limit(50)
        .execute();
      let published = 0;
      for (const row of due) {
        try {
          await db.transaction().execute(async (trx) => {
            await move(trx, row, 'scheduled', { state: 'published', published_at: now }, now);
            await ensureRevision(trx, row, null, row.author_id, now);
            await fanOut(trx, { ...row, state: 'published' }, sender(row), config.publicUrl, now);
            await recordAudit(trx, { userId: null, tokenId: null, ip: null }, now, {
              workspaceId: row.workspace_id,
              action: 'statement.published',
              targetType: 'statement',
              targetId: row.id,
              details: { revision: row.revision, scheduled: true, sender: row.author_id, incidentId: row.incident_id },
            });
          });
          published++;
        } catch (error) {
          deps.logger.warn({ err: error, statementId: row.id }, 'scheduled statement could not be published');
        }
      }
      return published;
    },
  };

  async function ensureRevision(trx: Kysely<Database>, row: StatementRow, reason: string | null, by: number | null, now: number) {
    await trx
      .insertInto('statement_revisions')
      .values({
        statement_id: row.id,
        revision: row.revision,
        title: row.title,
        body: row.body,
        reason,
        created_by: by,
        created_at: now,
        emails_reported_at: null,
      })
      .onConflict((oc) => oc.columns(['statement_id', 'revision']).doNothing())
      .execute();
  }

  async function decide(
    workspaceId: number,
    id: number,
    decision: 'approved' | 'rejected',
    comment: string,
    actor: Actor,
  ): Promise<StatementDetail> {
    const row = await load(workspaceId, id);
    if (actor.userId === null) throw new AppError('forbidden', 'Only a signed-in approver decides on a statement');
    const decisions = await loadDecisions(db, row.id, row.round);
    const refusal = checkDecision(
      { state: row.state as StatementState, authorId: row.author_id },
      decisions.map((d) => d.user_id),
      actor.userId,
    );
    if (refusal) {
      const [code, message] = DECISION_REFUSALS[refusal];
      throw new AppError(code, message, { reason: refusal });
    }
    const now = clock.now();
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('statement_approvals')
        .values({ statement_id: row.id, round: row.round, user_id: actor.userId!, decision, comment: comment || null, at: now })
        .execute();
      // Counted inside the transaction, so two approvers deciding at once still release it.
      const approvals = (await loadDecisions(trx, row.id, row.round)).filter((d) => d.decision === 'approved').length;
      if (decision === 'rejected') {
        await move(trx, row, 'in_review', { state: 'rejected', rejection_comment: comment }, now);
        await audit(trx, actor, now, row, 'statement.rejected', { comment });
      } else {
        if (approvals >= row.required_approvals) await move(trx, row, 'in_review', { state: 'approved' }, now);
        await audit(trx, actor, now, row, 'statement.approved', { approvals, required: row.required_approvals });
      }
    });
    return detail(workspaceId, id);
  }
}

export type StatementService = ReturnType<typeof createStatementService>;
