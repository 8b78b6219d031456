import type { PlaybookStep } from '../plan.types';
import { ACCOUNT_HIJACK } from './account-hijack';
import { COORDINATED_ATTACK } from './coordinated-attack';
import { DATA_BREACH } from './data-breach';
import { GENERAL_CRISIS } from './general';
import { HOAX } from './hoax';
import { NEGATIVE_WAVE } from './negative-wave';
import { OFFENSIVE_CONTENT } from './offensive-content';
import { PRODUCT_RECALL } from './product-recall';
import { SCANDAL } from './scandal';
import { SERVICE_OUTAGE } from './service-outage';
import type { StarterLanguage, StarterPlaybook } from './starter.types';

export type { StarterLanguage, StarterPlaybook, StarterStep, StarterStepText } from './starter.types';
export { STARTER_POLICY } from './policy';

/** The starter library, written for Siaga in Indonesian and English. */
export const STARTER_PLAYBOOKS: readonly StarterPlaybook[] = [
  OFFENSIVE_CONTENT,
  NEGATIVE_WAVE,
  DATA_BREACH,
  ACCOUNT_HIJACK,
  PRODUCT_RECALL,
  SERVICE_OUTAGE,
  SCANDAL,
  HOAX,
  COORDINATED_ATTACK,
  GENERAL_CRISIS,
];

/** A starter playbook in one language, as a playbook's title and steps. */
export function localiseStarterPlaybook(starter: StarterPlaybook, language: StarterLanguage): { title: string; steps: PlaybookStep[] } {
  return {
    title: starter.title[language],
    steps: starter.steps.map((step) => ({
      key: step.key,
      ownerRole: step.ownerRole,
      dueAfterMinutes: step.dueAfterMinutes,
      templateIds: step.templateIds ?? [],
      ...step[language],
    })),
  };
}
