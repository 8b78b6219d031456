import type { CrisisType, PlaybookVersionView, TeamAssignment } from '../../../core/plan';

/**
 * What the crisis room reads from the plan (the plan feature's `PlanReader` satisfies it): the playbook
 * an incident follows and the team it starts with.
 */
export interface IncidentPlanReader {
  findPlaybook(workspaceId: number, crisisType: CrisisType): Promise<PlaybookVersionView | null>;
  findDefaultTeam(workspaceId: number, crisisType: CrisisType): Promise<TeamAssignment[]>;
}

/** A workspace without a plan: no playbook, no default team. */
export const EMPTY_PLAN: IncidentPlanReader = {
  findPlaybook: () => Promise.resolve(null),
  findDefaultTeam: () => Promise.resolve([]),
};
