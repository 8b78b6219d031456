import { type DeadlineStatus, deadlineStatusOf } from '../../../core/incidents';

const pad = (n: number) => String(n).padStart(2, '0');

/** A timer's face: `h:mm:ss` under a day, `Nd hh:mm` beyond; always the distance, never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return days > 0 ? `${days}d ${pad(hours)}:${pad(minutes)}` : `${hours}:${pad(minutes)}:${pad(seconds)}`;
}

export interface TaskTimer {
  status: DeadlineStatus;
  /** What the timer shows, or null when there is no running deadline. */
  face: string | null;
  color: string;
}

const COLORS: Record<DeadlineStatus, string> = { none: 'gray', done: 'teal', on_time: 'blue', due_soon: 'orange', overdue: 'red' };

/** Where a task's timer stands at `now`. */
export function taskTimerOf(task: { createdAt: number; dueAt: number | null; completedAt: number | null }, now: number): TaskTimer {
  const status = deadlineStatusOf(task, now);
  const face = task.dueAt === null || status === 'done' ? null : formatCountdown(task.dueAt - now);
  return { status, face, color: COLORS[status] };
}
