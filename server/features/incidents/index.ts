import type { ServiceDeps } from '../../deps';
import { createDeadlineWatch } from './incident-deadlines';
import { createIncidentFactService } from './incident-facts.service';
import type { IncidentDeps } from './incident-room';
import { createIncidentTaskService } from './incident-tasks.service';
import { createIncidentService } from './incidents.service';

/** The incidents feature: the crisis room's services and the scheduler's deadline pass. */
export function createIncidentFeature(deps: ServiceDeps, room: IncidentDeps) {
  const incidents = createIncidentService(deps, room);
  return {
    incidents,
    incidentTasks: createIncidentTaskService(deps, incidents.kit),
    incidentFacts: createIncidentFactService(deps, incidents.kit),
    checkDeadlines: createDeadlineWatch(deps, incidents.kit),
  };
}

export type { IncidentDeps } from './incident-room';
export type { IncidentService } from './incidents.service';
export type { IncidentTaskService } from './incident-tasks.service';
export type { IncidentFactService } from './incident-facts.service';
export { type IncidentPlanReader, EMPTY_PLAN } from './plan-reader';
export { incidentRoutes } from './incidents.routes';
export { incidentRoomRoutes } from './incident-room.routes';
export { recordDelivery, recordPostsResumed } from './incident-timeline';
export { isCrisisActive } from './crisis-active';
