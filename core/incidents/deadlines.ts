import type { CrisisRole, PlaybookStep } from '../plan';

const MINUTE = 60_000;
/** Reminders go out this long before a deadline, or halfway through a shorter window. */
export const REMINDER_LEAD_MS = 15 * MINUTE;

/** A task as the crisis room creates it from a playbook step. */
export interface PlannedTask {
  position: number;
  stepKey: string;
  title: string;
  description: string;
  ownerRole: CrisisRole;
  /** Epoch ms, or null for an open-ended step. */
  dueAt: number | null;
  checklist: string[];
  templateIds: string[];
  escalation: string;
}

/** Deadlines count from the declaration, not from when someone opens the room. */
export function dueAtOf(declaredAt: number, dueAfterMinutes: number | null): number | null {
  return dueAfterMinutes === null ? null : declaredAt + dueAfterMinutes * MINUTE;
}

/** The playbook's steps, in order, as tasks with their deadlines. */
export function planTasksFromPlaybook(steps: readonly PlaybookStep[], declaredAt: number): PlannedTask[] {
  return steps.map((step, position) => ({
    position,
    stepKey: step.key,
    title: step.title,
    description: step.description,
    ownerRole: step.ownerRole,
    dueAt: dueAtOf(declaredAt, step.dueAfterMinutes),
    checklist: [...step.checklist],
    templateIds: [...step.templateIds],
    escalation: step.escalation,
  }));
}

/** When the owner is reminded: 15 minutes before the deadline, or halfway there when the window is shorter. */
export function reminderAtOf(createdAt: number, dueAt: number): number {
  const lead = Math.min(REMINDER_LEAD_MS, Math.max(0, dueAt - createdAt) / 2);
  return dueAt - lead;
}

export type DeadlineStatus = 'none' | 'done' | 'on_time' | 'due_soon' | 'overdue';

export interface TaskTiming {
  createdAt: number;
  dueAt: number | null;
  completedAt: number | null;
}

/** Where a task stands against its deadline at `now`. */
export function deadlineStatusOf(task: TaskTiming, now: number): DeadlineStatus {
  if (task.completedAt !== null) return 'done';
  if (task.dueAt === null) return 'none';
  if (now >= task.dueAt) return 'overdue';
  return now >= reminderAtOf(task.createdAt, task.dueAt) ? 'due_soon' : 'on_time';
}

/** Whether the owner should get the reminder now (sent once; the caller records that it went). */
export function isReminderDue(task: TaskTiming & { remindedAt: number | null }, now: number): boolean {
  return (
    task.completedAt === null &&
    task.dueAt !== null &&
    task.remindedAt === null &&
    now >= reminderAtOf(task.createdAt, task.dueAt) &&
    now < task.dueAt
  );
}

/** Whether the missed deadline should go to the lead now (sent once). */
export function isEscalationDue(task: TaskTiming & { escalatedAt: number | null }, now: number): boolean {
  return task.completedAt === null && task.dueAt !== null && task.escalatedAt === null && now >= task.dueAt;
}
