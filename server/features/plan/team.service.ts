import {
  type CrisisTeam,
  type CrisisTeamInput,
  CrisisTeamInputSchema,
  type PersonRef,
  type TeamOverview,
  type TeamScope,
} from '../../../core/api';
import { CRISIS_TYPES, type CrisisType, type TeamAssignment, resolveDefaultTeam } from '../../../core/plan';
import type { ServiceDeps } from '../../deps';
import { AppError, type FieldIssue } from '../../errors';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';
import { parseInput } from './playbooks.service';
import type { Db } from './playbooks.repository';
import { replaceAssignments, selectAssignments, selectMemberNames } from './team.repository';

const toCrisisType = (scope: TeamScope): CrisisType | null => (scope === 'all' ? null : scope);

/** What is wrong with a team: roles twice, people who are not members, deputies who are the person or repeat. */
function checkTeam(assignments: TeamAssignment[], members: Map<number, string>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const roles = new Set<string>();
  assignments.forEach((a, i) => {
    if (roles.has(a.role)) issues.push({ path: `assignments.${i}.role`, message: `${a.role} is assigned twice` });
    roles.add(a.role);
    if (!members.has(a.userId))
      issues.push({ path: `assignments.${i}.userId`, message: `user ${a.userId} is not a member of this workspace` });
    const seen = new Set<number>();
    a.deputyUserIds.forEach((id, j) => {
      const path = `assignments.${i}.deputyUserIds.${j}`;
      if (id === a.userId) issues.push({ path, message: 'a deputy must be someone other than the person they stand in for' });
      else if (seen.has(id)) issues.push({ path, message: `user ${id} is already a deputy for this role` });
      else if (!members.has(id)) issues.push({ path, message: `user ${id} is not a member of this workspace` });
      seen.add(id);
    });
  });
  return issues;
}

/** The default crisis team per crisis type; the all-types team fills the roles a type leaves open. */
export async function findDefaultTeam(db: Db, workspaceId: number, crisisType: CrisisType): Promise<TeamAssignment[]> {
  const rows = await selectAssignments(db, workspaceId, [crisisType, null]);
  return resolveDefaultTeam(
    rows.filter((r) => r.crisisType === crisisType),
    rows.filter((r) => r.crisisType === null),
  ).map(({ role, userId, deputyUserIds }) => ({ role, userId, deputyUserIds }));
}

export function createTeamService({ db, clock }: ServiceDeps) {
  async function getTeam(workspaceId: number, scope: TeamScope): Promise<CrisisTeam> {
    const crisisType = toCrisisType(scope);
    const rows = await selectAssignments(db, workspaceId, crisisType === null ? [null] : [crisisType, null]);
    const own = rows.filter((r) => r.crisisType === crisisType);
    const shared = rows.filter((r) => r.crisisType === null);
    const ids = rows.flatMap((r) => [r.userId, ...r.deputyUserIds, ...(r.updatedBy === null ? [] : [r.updatedBy])]);
    const names = await selectUserNames(db, ids);
    const person = (userId: number): PersonRef => ({ userId, name: names.get(userId) ?? '' });
    const view = (a: TeamAssignment) => ({ role: a.role, person: person(a.userId), deputies: a.deputyUserIds.map(person) });
    const latest = own.reduce<(typeof own)[number] | null>((best, a) => (!best || a.updatedAt > best.updatedAt ? a : best), null);
    return {
      scope,
      assignments: own.map(view),
      effective: resolveDefaultTeam(own, crisisType === null ? [] : shared).map((a) => ({
        ...view(a),
        from: a.fromAllTypes ? 'all' : scope,
      })),
      updatedAt: latest?.updatedAt ?? null,
      updatedBy: latest?.updatedBy ? person(latest.updatedBy) : null,
    };
  }

  return {
    getTeam,

    async getOverview(workspaceId: number): Promise<TeamOverview> {
      const rows = await selectAssignments(db, workspaceId, [null, ...CRISIS_TYPES]);
      const scopes: TeamScope[] = ['all', ...CRISIS_TYPES];
      return {
        scopes: scopes.map((scope) => {
          const mine = rows.filter((r) => r.crisisType === toCrisisType(scope));
          return { scope, roles: mine.length, updatedAt: mine.length > 0 ? Math.max(...mine.map((r) => r.updatedAt)) : null };
        }),
      };
    },

    async putTeam(workspaceId: number, scope: TeamScope, raw: CrisisTeamInput, actor: Actor): Promise<CrisisTeam> {
      const input = parseInput(CrisisTeamInputSchema, raw);
      const ids = input.assignments.flatMap((a) => [a.userId, ...a.deputyUserIds]);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const issues = checkTeam(input.assignments, await selectMemberNames(trx, workspaceId, ids));
        if (issues.length > 0) throw AppError.validation(issues);
        await replaceAssignments(trx, workspaceId, toCrisisType(scope), input.assignments, actor.userId, now);
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'crisis_team.updated',
          targetType: 'crisis_team',
          targetId: scope,
          details: { assignments: input.assignments },
        });
      });
      return getTeam(workspaceId, scope);
    },
  };
}

async function selectUserNames(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export type TeamService = ReturnType<typeof createTeamService>;
