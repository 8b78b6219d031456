import { describe, expect, it } from 'vitest';
import { formatCountdown, taskTimerOf } from './countdown';

const T = Date.UTC(2026, 10, 22, 3, 0);
const MIN = 60_000;

describe('task timers', () => {
  it('shows hours, minutes and seconds, and days beyond a day', () => {
    expect(formatCountdown(45 * MIN + 7_000)).toBe('0:45:07');
    expect(formatCountdown(-(5 * MIN))).toBe('0:05:00');
    expect(formatCountdown(26 * 60 * MIN + 3 * MIN)).toBe('1d 02:03');
  });

  it('colours the timer by where the task stands', () => {
    const task = { createdAt: T, dueAt: T + 60 * MIN, completedAt: null };
    expect(taskTimerOf(task, T + 10 * MIN)).toEqual({ status: 'on_time', face: '0:50:00', color: 'blue' });
    expect(taskTimerOf(task, T + 50 * MIN).color).toBe('orange');
    expect(taskTimerOf(task, T + 70 * MIN)).toEqual({ status: 'overdue', face: '0:10:00', color: 'red' });
    expect(taskTimerOf({ ...task, completedAt: T }, T + 70 * MIN).face).toBeNull();
    expect(taskTimerOf({ ...task, dueAt: null }, T).status).toBe('none');
  });
});
