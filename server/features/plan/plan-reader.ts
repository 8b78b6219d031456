import type { CrisisType, PlaybookVersionView, TeamAssignment } from '../../../core/plan';
import type { Db } from './playbooks.repository';
import { parseSteps, selectActivePlaybook } from './playbooks.repository';
import { findDefaultTeam } from './team.service';

/** What the incidents read from the plan when a crisis is declared. */
export interface PlanReader {
  /** The current version of the workspace's playbook for this crisis type; else its `other` playbook; else null. */
  findPlaybook(workspaceId: number, crisisType: CrisisType): Promise<PlaybookVersionView | null>;
  /** The default team for this crisis type: per role the type's own assignment, else the all-types one. */
  findDefaultTeam(workspaceId: number, crisisType: CrisisType): Promise<TeamAssignment[]>;
}

export function createPlanReader(db: Db): PlanReader {
  return {
    async findPlaybook(workspaceId, crisisType) {
      const own = await selectActivePlaybook(db, workspaceId, crisisType).executeTakeFirst();
      const row = own ?? (crisisType === 'other' ? undefined : await selectActivePlaybook(db, workspaceId, 'other').executeTakeFirst());
      if (!row) return null;
      return {
        playbookId: row.id,
        version: row.current_version,
        crisisType: row.crisis_type as CrisisType,
        title: row.title,
        steps: parseSteps(row.steps),
      };
    },
    findDefaultTeam: (workspaceId, crisisType) => findDefaultTeam(db, workspaceId, crisisType),
  };
}
