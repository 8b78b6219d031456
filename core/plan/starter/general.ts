import {
  approveStatementStep,
  assembleTeamStep,
  holdingStatementStep,
  monitorStep,
  pausePostsStep,
  respondStep,
  reviewStep,
} from './common-steps';
import type { StarterPlaybook } from './starter.types';

/** Any crisis without a playbook of its own: incidents fall back to this one. */
export const GENERAL_CRISIS: StarterPlaybook = {
  key: 'general',
  crisisType: 'other',
  title: { id: 'Krisis umum', en: 'General crisis' },
  steps: [
    assembleTeamStep(15),
    monitorStep(30),
    pausePostsStep(30),
    holdingStatementStep(null, 60),
    respondStep(null, 2 * 60),
    approveStatementStep(6 * 60),
    reviewStep(),
  ],
};
