import { describe, expect, it } from 'vitest';
import type { PlaybookStep } from '../plan';
import { deadlineStatusOf, dueAtOf, isEscalationDue, isReminderDue, planTasksFromPlaybook, reminderAtOf } from './deadlines';

const MIN = 60_000;
const T = Date.UTC(2026, 10, 22, 3, 0);

const step = (key: string, dueAfterMinutes: number | null): PlaybookStep => ({
  key,
  title: `Langkah ${key}`,
  description: '',
  ownerRole: 'spokesperson',
  dueAfterMinutes,
  checklist: ['a', 'b'],
  templateIds: ['holding-statement'],
  escalation: '',
});

describe('task deadlines', () => {
  it('counts each step from the declaration, keeping order and open-ended steps', () => {
    const tasks = planTasksFromPlaybook([step('ack', 60), step('facts', 120), step('review', null)], T);
    expect(tasks.map((t) => [t.position, t.stepKey, t.dueAt])).toEqual([
      [0, 'ack', T + 60 * MIN],
      [1, 'facts', T + 120 * MIN],
      [2, 'review', null],
    ]);
    expect(tasks[0]!.checklist).toEqual(['a', 'b']);
    expect(dueAtOf(T, 0)).toBe(T);
  });

  it('reminds 15 minutes before, or halfway through a short window', () => {
    expect(reminderAtOf(T, T + 60 * MIN)).toBe(T + 45 * MIN);
    expect(reminderAtOf(T, T + 10 * MIN)).toBe(T + 5 * MIN);
    expect(reminderAtOf(T, T)).toBe(T);
  });

  it('tells on time, due soon, overdue, done and open-ended apart', () => {
    const task = { createdAt: T, dueAt: T + 60 * MIN, completedAt: null };
    expect(deadlineStatusOf(task, T + 10 * MIN)).toBe('on_time');
    expect(deadlineStatusOf(task, T + 50 * MIN)).toBe('due_soon');
    expect(deadlineStatusOf(task, T + 60 * MIN)).toBe('overdue');
    expect(deadlineStatusOf({ ...task, completedAt: T + 70 * MIN }, T + 80 * MIN)).toBe('done');
    expect(deadlineStatusOf({ ...task, dueAt: null }, T + 999 * MIN)).toBe('none');
  });

  it('sends the reminder once in its window and the escalation once after the deadline', () => {
    const task = { createdAt: T, dueAt: T + 60 * MIN, completedAt: null, remindedAt: null, escalatedAt: null };
    expect(isReminderDue(task, T + 44 * MIN)).toBe(false);
    expect(isReminderDue(task, T + 45 * MIN)).toBe(true);
    expect(isReminderDue({ ...task, remindedAt: T + 45 * MIN }, T + 50 * MIN)).toBe(false);
    expect(isReminderDue(task, T + 60 * MIN)).toBe(false);
    expect(isEscalationDue(task, T + 59 * MIN)).toBe(false);
    expect(isEscalationDue(task, T + 60 * MIN)).toBe(true);
    expect(isEscalationDue({ ...task, escalatedAt: T + 61 * MIN }, T + 90 * MIN)).toBe(false);
    expect(isEscalationDue({ ...task, completedAt: T + 30 * MIN }, T + 90 * MIN)).toBe(false);
  });
});
