export { type PlanService, createPlanService } from './plan.service';
export type { PlanReader } from './plan-reader';
export { planRoutes } from './plan.routes';
export { installStarterPlaybooks } from './starter.service';
