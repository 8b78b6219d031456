import type { NotificationMessage, NotificationSeverity } from '../../../core/notifications';
import type { SeverityLevel } from '../../../core/incidents';

const SEVERITY: Record<SeverityLevel, NotificationSeverity> = { 1: 'low', 2: 'medium', 3: 'high', 4: 'critical' };
const MINUTE = 60_000;

export interface IncidentRef {
  id: number;
  title: string;
  severity: SeverityLevel;
}

export interface TaskRef {
  id: number;
  title: string;
  dueAt: number | null;
}

const linkOf = (publicUrl: string, workspaceId: number, incidentId: number) => `${publicUrl}/w/${workspaceId}/incidents/${incidentId}`;
const minutesUntil = (dueAt: number | null, now: number) => (dueAt === null ? null : Math.max(0, Math.round((dueAt - now) / MINUTE)));

/** Indonesian first with the English underneath, as alerts do; the dedupe key makes each notice go once. */
function message(
  kind: NotificationMessage['kind'],
  severity: NotificationSeverity,
  title: string,
  id: string,
  en: string,
  link: string,
  dedupeKey: string,
): NotificationMessage {
  return { kind, severity, title, body: `${id}\n\n${en}`, link, language: 'id', dedupeKey };
}

export function declaredNotification(
  workspaceId: number,
  incident: IncidentRef,
  team: readonly string[],
  by: string | null,
  publicUrl: string,
) {
  const who = team.length > 0 ? team.join(', ') : '—';
  return message(
    'incident.declared',
    SEVERITY[incident.severity],
    incident.title,
    `Insiden dinyatakan${by ? ` oleh ${by}` : ''}, tingkat ${incident.severity}. Tim: ${who}. Buka ruang krisis untuk tugas dan tenggatnya.`,
    `Incident declared${by ? ` by ${by}` : ''}, level ${incident.severity}. Team: ${who}. Open the crisis room for tasks and deadlines.`,
    linkOf(publicUrl, workspaceId, incident.id),
    `incident:${incident.id}:declared`,
  );
}

export function taskAssignedNotification(
  workspaceId: number,
  incident: IncidentRef,
  task: TaskRef,
  assignee: string,
  assigneeId: number,
  publicUrl: string,
  now: number,
) {
  const minutes = minutesUntil(task.dueAt, now);
  return message(
    'incident.task_assigned',
    SEVERITY[incident.severity],
    `${task.title} — ${incident.title}`,
    `${assignee}, Anda mendapat tugas "${task.title}"${minutes === null ? '' : `, tenggat ${minutes} menit lagi`}.`,
    `${assignee}, you have been given "${task.title}"${minutes === null ? '' : `, due in ${minutes} minutes`}.`,
    linkOf(publicUrl, workspaceId, incident.id),
    `incident:${incident.id}:task:${task.id}:assigned:${assigneeId}`,
  );
}

export function dueSoonNotification(
  workspaceId: number,
  incident: IncidentRef,
  task: TaskRef,
  owner: string,
  publicUrl: string,
  now: number,
) {
  const minutes = minutesUntil(task.dueAt, now) ?? 0;
  return message(
    'incident.task_due_soon',
    SEVERITY[incident.severity],
    `${task.title} — ${incident.title}`,
    `${owner}: tenggat "${task.title}" ${minutes} menit lagi.`,
    `${owner}: "${task.title}" is due in ${minutes} minutes.`,
    linkOf(publicUrl, workspaceId, incident.id),
    `incident:${incident.id}:task:${task.id}:due-soon`,
  );
}

export function overdueNotification(
  workspaceId: number,
  incident: IncidentRef,
  task: TaskRef,
  owner: string,
  lead: string,
  publicUrl: string,
) {
  return message(
    'incident.task_overdue',
    incident.severity >= 3 ? 'critical' : 'high',
    `${task.title} — ${incident.title}`,
    `${lead}: tenggat "${task.title}" terlewat dan belum selesai (pemilik: ${owner}).`,
    `${lead}: "${task.title}" missed its deadline and is not done (owner: ${owner}).`,
    linkOf(publicUrl, workspaceId, incident.id),
    `incident:${incident.id}:task:${task.id}:overdue`,
  );
}
