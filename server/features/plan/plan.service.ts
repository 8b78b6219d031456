import type { CrisisType } from '../../../core/plan';
import type { ServiceDeps } from '../../deps';
import { type PlanReader, createPlanReader } from './plan-reader';
import { createPlaybookService } from './playbooks.service';
import { createPolicyService } from './policy.service';
import { createTeamService } from './team.service';

/** The crisis plan: playbooks, the crisis team and the social media policy. `findPlaybook` and `findDefaultTeam` are what incidents read. */
export function createPlanService(deps: ServiceDeps) {
  const reader: PlanReader = createPlanReader(deps.db);
  return {
    findPlaybook: (workspaceId: number, crisisType: CrisisType) => reader.findPlaybook(workspaceId, crisisType),
    findDefaultTeam: (workspaceId: number, crisisType: CrisisType) => reader.findDefaultTeam(workspaceId, crisisType),
    playbooks: createPlaybookService(deps),
    team: createTeamService(deps),
    policy: createPolicyService(deps),
  };
}

export type PlanService = ReturnType<typeof createPlanService>;
