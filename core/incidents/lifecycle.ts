import { type Permission, type Role, can } from '../policy';

/** Where an incident stands, in the order a crisis normally runs. */
export const INCIDENT_STATES = ['declared', 'active', 'contained', 'monitoring', 'resolved', 'reviewed'] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];

/** The states of a crisis still under way: declared and not yet resolved. */
export const OPEN_INCIDENT_STATES: readonly IncidentState[] = ['declared', 'active', 'contained', 'monitoring'];

export function isIncidentState(value: unknown): value is IncidentState {
  return typeof value === 'string' && (INCIDENT_STATES as readonly string[]).includes(value);
}

/** What a transition asks for besides the target state. */
export type TransitionField = 'resolutionSummary' | 'reviewNote' | 'note';

export interface TransitionRule {
  from: IncidentState;
  to: IncidentState;
  permission: Permission;
  /** Fields that must be non-blank. */
  requires: readonly TransitionField[];
  /** A step back (the crisis flared up again, or a resolution was premature). */
  backStep: boolean;
}

const rule = (
  from: IncidentState,
  to: IncidentState,
  permission: Permission,
  requires: readonly TransitionField[] = [],
  backStep = false,
): TransitionRule => ({ from, to, permission, requires, backStep });

/**
 * Every allowed move. Forward moves are the team's work, except ending the crisis (resolving, closing the
 * review, or reopening a resolved one), which is the lead's call. A step back needs a note saying why, so
 * the timeline tells the story. A false alarm may be resolved straight from `declared`.
 */
export const TRANSITIONS: readonly TransitionRule[] = [
  rule('declared', 'active', 'incidents.work'),
  rule('declared', 'resolved', 'incidents.resolve', ['resolutionSummary']),
  rule('active', 'contained', 'incidents.work'),
  rule('active', 'resolved', 'incidents.resolve', ['resolutionSummary']),
  rule('contained', 'monitoring', 'incidents.work'),
  rule('contained', 'active', 'incidents.work', ['note'], true),
  rule('contained', 'resolved', 'incidents.resolve', ['resolutionSummary']),
  rule('monitoring', 'resolved', 'incidents.resolve', ['resolutionSummary']),
  rule('monitoring', 'active', 'incidents.work', ['note'], true),
  rule('monitoring', 'contained', 'incidents.work', ['note'], true),
  rule('resolved', 'reviewed', 'incidents.resolve', ['reviewNote']),
  rule('resolved', 'active', 'incidents.resolve', ['note'], true),
];

export function findTransition(from: IncidentState, to: IncidentState): TransitionRule | null {
  return TRANSITIONS.find((t) => t.from === from && t.to === to) ?? null;
}

/** The states an incident in `from` may move to, in lifecycle order. */
export function nextStatesOf(from: IncidentState): IncidentState[] {
  return TRANSITIONS.filter((t) => t.from === from).map((t) => t.to);
}

/** Whether the crisis is still being worked (tasks, reminders, the pause). */
export function isIncidentOpen(state: IncidentState): boolean {
  return state !== 'resolved' && state !== 'reviewed';
}

export type TransitionRefusal =
  | { kind: 'not_allowed'; from: IncidentState; to: IncidentState }
  | { kind: 'forbidden'; permission: Permission }
  | { kind: 'missing_fields'; fields: TransitionField[] };

export type TransitionFields = Partial<Record<TransitionField, string | null | undefined>>;

/** Decides a move: null when `role` may move the incident from `from` to `to` with these fields. */
export function checkTransition(
  from: IncidentState,
  to: IncidentState,
  role: Role,
  fields: TransitionFields = {},
): TransitionRefusal | null {
  const found = findTransition(from, to);
  if (!found) return { kind: 'not_allowed', from, to };
  if (!can(role, found.permission)) return { kind: 'forbidden', permission: found.permission };
  const missing = found.requires.filter((field) => !fields[field]?.trim());
  return missing.length > 0 ? { kind: 'missing_fields', fields: missing } : null;
}

/** Who may declare a crisis at all. */
export function canDeclareIncident(role: Role): boolean {
  return can(role, 'incidents.declare');
}
