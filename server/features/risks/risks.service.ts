import {
  type Risk,
  type RiskInput,
  RiskInputSchema,
  type RiskListFilter,
  type RiskPatch,
  RiskPatchSchema,
  type RiskRegister,
  type RiskReview,
  RiskReviewSchema,
} from '../../../core/api';
import type { CrisisType } from '../../../core/plan/plan.types';
import { buildRiskHeatMap, compareRisks, isReviewOverdue, levelOfRisk, scoreRisk } from '../../../core/plan/risk-rules';
import type { ServiceDeps } from '../../deps';
import { AppError, type FieldIssue } from '../../errors';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';
import { type RiskRow, findRiskRow, isWorkspaceMember, selectRisks } from './risks.repository';

/** Names the playbooks a risk may link to; the plan feature provides it. */
export interface PlaybookDirectory {
  /** Titles of the workspace's playbooks among `ids`; an id missing from the map is no playbook of the workspace. */
  titlesOf(workspaceId: number, ids: readonly number[]): Promise<ReadonlyMap<number, string>>;
}

type RiskValues = ReturnType<typeof RiskInputSchema.parse>;

/** The risk register: every change is checked (owner is a member, playbook exists) and audited. */
export function createRiskService({ db, clock }: ServiceDeps, playbooks: PlaybookDirectory | null = null) {
  async function present(workspaceId: number, rows: RiskRow[]): Promise<Risk[]> {
    const ids = [...new Set(rows.flatMap((r) => (r.playbook_id === null ? [] : [r.playbook_id])))];
    const titles = playbooks && ids.length > 0 ? await playbooks.titlesOf(workspaceId, ids) : new Map<number, string>();
    const now = clock.now();
    return rows.map((row) => toRisk(row, titles, now));
  }

  // Outside the change's transaction: the plan reads through its own connection, which SQLite's single one would wait for.
  async function checkLinks(workspaceId: number, values: Partial<RiskValues>): Promise<void> {
    const issues: FieldIssue[] = [];
    if (values.ownerUserId != null && !(await isWorkspaceMember(db, workspaceId, values.ownerUserId)))
      issues.push({ path: 'ownerUserId', message: `user ${values.ownerUserId} is not a member of this workspace` });
    if (values.playbookId != null && playbooks && !(await playbooks.titlesOf(workspaceId, [values.playbookId])).has(values.playbookId))
      issues.push({ path: 'playbookId', message: `playbook ${values.playbookId} does not exist in this workspace` });
    if (issues.length > 0) throw AppError.validation(issues);
  }

  async function getRisk(workspaceId: number, riskId: number): Promise<Risk> {
    const row = await findRiskRow(db, workspaceId, riskId);
    if (!row) throw AppError.notFound('Risk');
    const [risk] = await present(workspaceId, [row]);
    return risk as Risk;
  }

  return {
    getRisk,

    /** The risks in the filter, highest score first, with the heat map and overdue count of the whole register. */
    async listRisks(workspaceId: number, query: RiskListFilter = {}): Promise<RiskRegister> {
      const all = await present(workspaceId, await selectRisks(db, workspaceId).execute());
      const items = all
        .filter(
          (r) =>
            (query.category === undefined || r.category === query.category) &&
            (query.likelihood === undefined || r.likelihood === query.likelihood) &&
            (query.impact === undefined || r.impact === query.impact) &&
            (query.overdue === undefined || r.reviewOverdue === query.overdue),
        )
        .sort(compareRisks);
      return { items, heatMap: buildRiskHeatMap(all), overdueCount: all.filter((r) => r.reviewOverdue).length };
    },

    async createRisk(workspaceId: number, raw: RiskInput, actor: Actor): Promise<Risk> {
      const input = RiskInputSchema.parse(raw);
      const now = clock.now();
      await checkLinks(workspaceId, input);
      const id = await db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('risks')
          .values({
            workspace_id: workspaceId,
            title: input.title,
            description: input.description,
            category: input.category,
            likelihood: input.likelihood,
            impact: input.impact,
            owner_user_id: input.ownerUserId,
            early_signs: JSON.stringify(input.earlySigns),
            mitigation: input.mitigation,
            playbook_id: input.playbookId,
            review_due_at: input.reviewDueAt,
            last_reviewed_at: null,
            created_by: actor.userId,
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'risk.created',
          targetType: 'risk',
          targetId: inserted.id,
          details: { title: input.title, category: input.category, likelihood: input.likelihood, impact: input.impact },
        });
        return inserted.id;
      });
      return getRisk(workspaceId, id);
    },

    async updateRisk(workspaceId: number, riskId: number, raw: RiskPatch, actor: Actor): Promise<Risk> {
      const patch = RiskPatchSchema.parse(raw);
      const now = clock.now();
      await checkLinks(workspaceId, patch);
      await db.transaction().execute(async (trx) => {
        const current = await findRiskRow(trx, workspaceId, riskId);
        if (!current) throw AppError.notFound('Risk');
        const changed = Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== undefined);
        await trx
          .updateTable('risks')
          .set({
            ...(patch.title !== undefined ? { title: patch.title } : {}),
            ...(patch.description !== undefined ? { description: patch.description } : {}),
            ...(patch.category !== undefined ? { category: patch.category } : {}),
            ...(patch.likelihood !== undefined ? { likelihood: patch.likelihood } : {}),
            ...(patch.impact !== undefined ? { impact: patch.impact } : {}),
            ...(patch.ownerUserId !== undefined ? { owner_user_id: patch.ownerUserId } : {}),
            ...(patch.earlySigns !== undefined ? { early_signs: JSON.stringify(patch.earlySigns) } : {}),
            ...(patch.mitigation !== undefined ? { mitigation: patch.mitigation } : {}),
            ...(patch.playbookId !== undefined ? { playbook_id: patch.playbookId } : {}),
            ...(patch.reviewDueAt !== undefined ? { review_due_at: patch.reviewDueAt } : {}),
            updated_at: now,
          })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', riskId)
          .execute();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'risk.updated',
          targetType: 'risk',
          targetId: riskId,
          details: { changed },
        });
      });
      return getRisk(workspaceId, riskId);
    },

    /** Someone looked at the risk again: it is no longer overdue and is next due at `nextReviewDueAt`. */
    async reviewRisk(workspaceId: number, riskId: number, raw: RiskReview, actor: Actor): Promise<Risk> {
      const { nextReviewDueAt } = RiskReviewSchema.parse(raw);
      const now = clock.now();
      if (nextReviewDueAt !== null && nextReviewDueAt <= now)
        throw AppError.validation([{ path: 'nextReviewDueAt', message: 'must be in the future' }]);
      await db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('risks')
          .set({ last_reviewed_at: now, review_due_at: nextReviewDueAt, updated_at: now })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', riskId)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw AppError.notFound('Risk');
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'risk.reviewed',
          targetType: 'risk',
          targetId: riskId,
          details: { nextReviewDueAt },
        });
      });
      return getRisk(workspaceId, riskId);
    },

    async deleteRisk(workspaceId: number, riskId: number, actor: Actor): Promise<void> {
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const current = await findRiskRow(trx, workspaceId, riskId);
        if (!current) throw AppError.notFound('Risk');
        await trx.deleteFrom('risks').where('workspace_id', '=', workspaceId).where('id', '=', riskId).execute();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'risk.deleted',
          targetType: 'risk',
          targetId: riskId,
          details: { title: current.title },
        });
      });
    },
  };
}

function toRisk(row: RiskRow, playbookTitles: ReadonlyMap<number, string>, now: number): Risk {
  const reviewDueAt = row.review_due_at === null ? null : Number(row.review_due_at);
  return {
    id: Number(row.id),
    title: row.title,
    description: row.description,
    category: row.category as CrisisType,
    likelihood: row.likelihood,
    impact: row.impact,
    score: scoreRisk(row.likelihood, row.impact),
    level: levelOfRisk(row.likelihood, row.impact),
    owner: row.owner_user_id === null ? null : { userId: Number(row.owner_user_id), name: row.owner_name ?? '' },
    earlySigns: JSON.parse(row.early_signs) as string[],
    mitigation: row.mitigation,
    playbook: row.playbook_id === null ? null : { id: Number(row.playbook_id), title: playbookTitles.get(Number(row.playbook_id)) ?? null },
    reviewDueAt,
    lastReviewedAt: row.last_reviewed_at === null ? null : Number(row.last_reviewed_at),
    reviewOverdue: isReviewOverdue({ reviewDueAt }, now),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

export type RiskService = ReturnType<typeof createRiskService>;
