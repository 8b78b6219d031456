import type { z } from 'zod';
import {
  type PlaybookDetail,
  type PlaybookHistoryEntry,
  type PlaybookInput,
  PlaybookInputSchema,
  type PlaybookListQuerySchema,
  type PlaybookSummary,
  type PlaybookVersion,
  type PlaybookVersionInput,
  PlaybookVersionInputSchema,
  type Locale,
  type StarterInstallResult,
} from '../../../core/api';
import { type CrisisType, describePlaybookChanges, isUnchangedPlaybook } from '../../../core/plan';
import type { ServiceDeps } from '../../deps';
import { AppError, issuesFromZod } from '../../errors';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';
import { describeInstall, installStarterPlaybooks } from './starter.service';
import {
  type Db,
  insertPlaybook,
  insertVersion,
  parseSteps,
  selectPlaybooks,
  selectVersions,
  toPlaybookSummary,
  toPlaybookVersion,
} from './playbooks.repository';

/** Parses with a schema and turns its issues into our validation error, naming each field. */
export function parseInput<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  const result = schema.safeParse(raw);
  if (!result.success) throw AppError.validation(issuesFromZod(result.error));
  return result.data;
}

async function findPlaybookRow(db: Db, workspaceId: number, playbookId: number) {
  const row = await selectPlaybooks(db, workspaceId).where('p.id', '=', playbookId).executeTakeFirst();
  if (!row) throw AppError.notFound('Playbook');
  return row;
}

/**
 * One active playbook per crisis type, so an incident never has to choose: a new (or restored)
 * playbook archives the one it replaces, which stays readable with its versions.
 */
export async function retireActivePlaybook(
  db: Db,
  workspaceId: number,
  crisisType: CrisisType,
  replacedBy: number,
  actor: Actor,
  at: number,
) {
  const others = await db
    .selectFrom('playbooks')
    .select(['id', 'title'])
    .where('workspace_id', '=', workspaceId)
    .where('crisis_type', '=', crisisType)
    .where('archived_at', 'is', null)
    .where('id', '!=', replacedBy)
    .execute();
  for (const other of others) {
    await db.updateTable('playbooks').set({ archived_at: at, updated_at: at }).where('id', '=', other.id).execute();
    await recordAudit(db, actor, at, {
      workspaceId,
      action: 'playbook.archived',
      targetType: 'playbook',
      targetId: other.id,
      details: { title: other.title, crisisType, replacedBy },
    });
  }
}

/** Playbooks: created once, then every save is a new immutable version. */
export function createPlaybookService({ db, clock }: ServiceDeps) {
  async function getPlaybook(workspaceId: number, playbookId: number): Promise<PlaybookDetail> {
    const row = await findPlaybookRow(db, workspaceId, playbookId);
    return { ...toPlaybookSummary(row), steps: parseSteps(row.steps), note: row.note };
  }

  return {
    getPlaybook,

    async listPlaybooks(workspaceId: number, query: z.output<typeof PlaybookListQuerySchema>): Promise<PlaybookSummary[]> {
      let q = selectPlaybooks(db, workspaceId);
      if (query.crisisType) q = q.where('p.crisis_type', '=', query.crisisType);
      if (query.archived === 'false') q = q.where('p.archived_at', 'is', null);
      if (query.archived === 'true') q = q.where('p.archived_at', 'is not', null);
      const rows = await q.orderBy('p.crisis_type').orderBy('p.id').execute();
      return rows.map(toPlaybookSummary);
    },

    async createPlaybook(workspaceId: number, raw: PlaybookInput, actor: Actor): Promise<PlaybookDetail> {
      const input = parseInput(PlaybookInputSchema, raw);
      const now = clock.now();
      const id = await db.transaction().execute(async (trx) => {
        const playbookId = await insertPlaybook(trx, { workspaceId, ...input, starterKey: null, userId: actor.userId, at: now });
        await retireActivePlaybook(trx, workspaceId, input.crisisType, playbookId, actor, now);
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'playbook.created',
          targetType: 'playbook',
          targetId: playbookId,
          details: { crisisType: input.crisisType, title: input.title, language: input.language, steps: input.steps.length },
        });
        return playbookId;
      });
      return getPlaybook(workspaceId, id);
    },

    async saveVersion(workspaceId: number, playbookId: number, raw: PlaybookVersionInput, actor: Actor): Promise<PlaybookDetail> {
      const input = parseInput(PlaybookVersionInputSchema, raw);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const current = await findPlaybookRow(trx, workspaceId, playbookId);
        if (input.basedOn !== undefined && input.basedOn !== current.current_version) {
          throw new AppError(
            'conflict',
            `Version ${current.current_version} was saved after the version ${input.basedOn} you edited: reload and edit again`,
          );
        }
        const changes = describePlaybookChanges({ title: current.title, steps: parseSteps(current.steps) }, input);
        if (isUnchangedPlaybook(changes))
          throw AppError.validation([{ path: 'steps', message: 'nothing changed since the current version' }]);
        const version = current.current_version + 1;
        await insertVersion(trx, {
          playbookId,
          workspaceId,
          version,
          title: input.title,
          steps: input.steps,
          note: input.note,
          userId: actor.userId,
          at: now,
        });
        // The version check in the where clause makes two concurrent saves of the same version fail one of them.
        const updated = await trx
          .updateTable('playbooks')
          .set({ current_version: version, title: input.title, updated_at: now })
          .where('id', '=', playbookId)
          .where('current_version', '=', current.current_version)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1)
          throw new AppError('conflict', 'Someone saved this playbook at the same time: reload and edit again');
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'playbook.version_saved',
          targetType: 'playbook',
          targetId: playbookId,
          details: { version, note: input.note, changes },
        });
      });
      return getPlaybook(workspaceId, playbookId);
    },

    async setArchived(workspaceId: number, playbookId: number, archived: boolean, actor: Actor): Promise<PlaybookDetail> {
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const current = await findPlaybookRow(trx, workspaceId, playbookId);
        if ((current.archived_at !== null) === archived) return;
        if (!archived) await retireActivePlaybook(trx, workspaceId, current.crisis_type as CrisisType, playbookId, actor, now);
        await trx
          .updateTable('playbooks')
          .set({ archived_at: archived ? now : null, updated_at: now })
          .where('id', '=', playbookId)
          .execute();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: archived ? 'playbook.archived' : 'playbook.restored',
          targetType: 'playbook',
          targetId: playbookId,
          details: { title: current.title, crisisType: current.crisis_type },
        });
      });
      return getPlaybook(workspaceId, playbookId);
    },

    /** Adds the starter playbooks the workspace does not have; edited or replaced ones are kept as they are. */
    async installStarter(workspaceId: number, language: Locale, actor: Actor): Promise<StarterInstallResult> {
      const now = clock.now();
      return db
        .transaction()
        .execute(async (trx) => describeInstall(trx, workspaceId, await installStarterPlaybooks(trx, workspaceId, language, actor, now)));
    },

    async getVersion(workspaceId: number, playbookId: number, version: number): Promise<PlaybookVersion> {
      const row = await selectVersions(db, workspaceId, playbookId).where('v.version', '=', version).executeTakeFirst();
      if (!row) throw AppError.notFound('Playbook version');
      return toPlaybookVersion(row);
    },

    /** Newest first, each with what it changed against the version before. */
    async listHistory(workspaceId: number, playbookId: number): Promise<PlaybookHistoryEntry[]> {
      await findPlaybookRow(db, workspaceId, playbookId);
      const versions = (await selectVersions(db, workspaceId, playbookId).orderBy('v.version').execute()).map(toPlaybookVersion);
      return versions
        .map(({ steps, ...version }, i) => {
          const previous = versions[i - 1];
          return {
            ...version,
            stepCount: steps.length,
            changes: previous ? describePlaybookChanges(previous, { title: version.title, steps }) : null,
          };
        })
        .reverse();
    },
  };
}

export type PlaybookService = ReturnType<typeof createPlaybookService>;
