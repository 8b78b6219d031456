import type { PlanService } from '../plan';
import type { PlaybookDirectory } from './risks.service';

/** Playbook titles from the plan, archived ones included, so a link to an archived playbook still reads well. */
export function playbookDirectoryOf(plan: Pick<PlanService, 'playbooks'>): PlaybookDirectory {
  return {
    async titlesOf(workspaceId, ids) {
      const wanted = new Set(ids);
      const all = await plan.playbooks.listPlaybooks(workspaceId, { archived: 'any' });
      return new Map(all.filter((p) => wanted.has(p.id)).map((p) => [p.id, p.title] as const));
    },
  };
}
