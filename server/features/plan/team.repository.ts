import type { CrisisType, TeamAssignment } from '../../../core/plan';
import { isCrisisRole } from '../../../core/plan';
import type { Db } from './playbooks.repository';

export interface StoredAssignment extends TeamAssignment {
  crisisType: CrisisType | null;
  updatedAt: number;
  updatedBy: number | null;
}

/**
 * Assignments for the given scopes (a crisis type, or null for every type), in order of insertion.
 * People who have left the workspace drop out, as assignee or deputy, so nobody outside is handed a crisis.
 */
export async function selectAssignments(db: Db, workspaceId: number, scopes: (CrisisType | null)[]): Promise<StoredAssignment[]> {
  const members = new Set(
    (await db.selectFrom('memberships').select('user_id').where('workspace_id', '=', workspaceId).execute()).map((m) => m.user_id),
  );
  const types = scopes.filter((s): s is CrisisType => s !== null);
  const withAll = scopes.includes(null);
  const rows = await db
    .selectFrom('crisis_team_assignments')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where((eb) => {
      const ors = [];
      if (types.length > 0) ors.push(eb('crisis_type', 'in', types));
      if (withAll) ors.push(eb('crisis_type', 'is', null));
      return ors.length > 0 ? eb.or(ors) : eb.lit(false);
    })
    .orderBy('id')
    .execute();
  return rows
    .filter((row) => isCrisisRole(row.role) && members.has(row.user_id))
    .map((row) => ({
      crisisType: row.crisis_type as CrisisType | null,
      role: row.role as TeamAssignment['role'],
      userId: row.user_id,
      deputyUserIds: (JSON.parse(row.deputy_user_ids) as number[]).filter((id) => members.has(id)),
      updatedAt: row.updated_at,
      updatedBy: row.updated_by,
    }));
}

/** Replaces the assignments of one scope; use inside the caller's transaction. */
export async function replaceAssignments(
  db: Db,
  workspaceId: number,
  crisisType: CrisisType | null,
  assignments: TeamAssignment[],
  userId: number | null,
  at: number,
): Promise<void> {
  let remove = db.deleteFrom('crisis_team_assignments').where('workspace_id', '=', workspaceId);
  remove = crisisType === null ? remove.where('crisis_type', 'is', null) : remove.where('crisis_type', '=', crisisType);
  await remove.execute();
  if (assignments.length === 0) return;
  await db
    .insertInto('crisis_team_assignments')
    .values(
      assignments.map((a) => ({
        workspace_id: workspaceId,
        crisis_type: crisisType,
        role: a.role,
        user_id: a.userId,
        deputy_user_ids: JSON.stringify(a.deputyUserIds),
        updated_by: userId,
        updated_at: at,
      })),
    )
    .execute();
}

/** Names of the workspace's members among `userIds`; anyone missing is not a member. */
export async function selectMemberNames(db: Db, workspaceId: number, userIds: number[]): Promise<Map<number, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name'])
    .where('m.workspace_id', '=', workspaceId)
    .where('u.id', 'in', [...new Set(userIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
