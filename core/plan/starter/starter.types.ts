import type { CrisisRole, CrisisType } from '../plan.types';

export type StarterLanguage = 'id' | 'en';

/** The words of a step in one language. */
export interface StarterStepText {
  title: string;
  description: string;
  checklist: string[];
  escalation: string;
}

/** A step is one shape (key, owner, deadline, templates) with its words in both languages, so they cannot drift apart. */
export interface StarterStep {
  key: string;
  ownerRole: CrisisRole;
  dueAfterMinutes: number | null;
  templateIds?: string[];
  id: StarterStepText;
  en: StarterStepText;
}

export interface StarterPlaybook {
  /** Stable name of the starter playbook; a workspace that has it is not given it again. */
  key: string;
  crisisType: CrisisType;
  title: Record<StarterLanguage, string>;
  steps: StarterStep[];
}
