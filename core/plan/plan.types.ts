import type { CrisisCategory } from '../analysis/analysis.types';

/**
 * The roles of a crisis team. They are not workspace roles: a workspace analyst may be the crisis
 * team's monitor, an approver its legal reviewer. Who fills each by default is part of the plan.
 */
export const CRISIS_ROLES = ['crisis_lead', 'spokesperson', 'monitor', 'responder', 'approver', 'executive', 'scribe'] as const;
export type CrisisRole = (typeof CRISIS_ROLES)[number];

export function isCrisisRole(value: unknown): value is CrisisRole {
  return typeof value === 'string' && (CRISIS_ROLES as readonly string[]).includes(value);
}

/**
 * A crisis type is one of the crisis categories the analysis assigns, plus the two kinds of crisis
 * that are about how people talk rather than what they talk about.
 */
export const CRISIS_TYPES = [
  'product_quality',
  'service_delivery',
  'price_billing',
  'data_privacy',
  'account_security',
  'offensive_content',
  'scandal_legal',
  'hoax',
  'outage',
  'negative_wave',
  'coordinated_attack',
  'other',
] as const satisfies readonly (CrisisCategory | 'negative_wave' | 'coordinated_attack')[];
export type CrisisType = (typeof CRISIS_TYPES)[number];

export function isCrisisType(value: unknown): value is CrisisType {
  return typeof value === 'string' && (CRISIS_TYPES as readonly string[]).includes(value);
}

/** One step of a playbook, as the crisis room turns it into a task. */
export interface PlaybookStep {
  /** Stable within a playbook across versions, so a task can name the step it came from. */
  key: string;
  title: string;
  description: string;
  ownerRole: CrisisRole;
  /** Minutes after the incident is declared by which the step must be done; null when open-ended. */
  dueAfterMinutes: number | null;
  checklist: string[];
  /** Message templates this step uses; the message library resolves them. */
  templateIds: string[];
  /** When to escalate beyond this step, in words the team reads. */
  escalation: string;
}

/** The version of a playbook an incident follows: tasks are made from its steps. */
export interface PlaybookVersionView {
  playbookId: number;
  version: number;
  crisisType: CrisisType;
  title: string;
  steps: PlaybookStep[];
}

/** Who fills a crisis role by default for a crisis type (or for every type when `crisisType` is null). */
export interface TeamAssignment {
  role: CrisisRole;
  userId: number;
  /** Deputies in the order they step in. */
  deputyUserIds: number[];
}
