import type { SeverityLevel } from '../../../core/incidents';
import { isEscalationDue, isReminderDue, REMINDER_LEAD_MS, OPEN_INCIDENT_STATES } from '../../../core/incidents';
import type { ServiceDeps } from '../../deps';
import { SYSTEM_ACTOR } from '../../security/actor';
import { dueSoonNotification, overdueNotification } from './incident-notification';
import type { RoomKit } from './incident-room';
import { type RoomChange, recordRoomChange } from './incident-timeline';
import { loadNames } from './incidents.repository';

/**
 * The scheduler's deadline pass: a reminder to the owner when a deadline is near, and the lead told when
 * it passes. Each is claimed with a conditional update (`reminded_at` / `escalated_at` still empty), so
 * several processes or a restart never send one twice; the dedupe key guards the notification as well.
 */
export function createDeadlineWatch(deps: ServiceDeps, kit: RoomKit) {
  const { db, clock, config } = deps;

  async function claim(taskId: number, column: 'reminded_at' | 'escalated_at', now: number, change: RoomChange): Promise<boolean> {
    return db.transaction().execute(async (trx) => {
      const claimed = await trx
        .updateTable('incident_tasks')
        .set({ [column]: now })
        .where('id', '=', taskId)
        .where(column, 'is', null)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) === 0) return false;
      await recordRoomChange(trx, SYSTEM_ACTOR, now, change);
      return true;
    });
  }

  /** Returns how many reminders and escalations went out. */
  return async function checkDeadlines(): Promise<{ reminded: number; escalated: number }> {
    const now = clock.now();
    const tasks = await db
      .selectFrom('incident_tasks as t')
      .innerJoin('incidents as i', 'i.id', 't.incident_id')
      .select([
        't.id',
        't.title',
        't.due_at',
        't.created_at',
        't.completed_at',
        't.reminded_at',
        't.escalated_at',
        't.assignee_user_id',
        'i.id as incident_id',
        'i.workspace_id',
        'i.title as incident_title',
        'i.severity',
        'i.declared_by',
      ])
      .where('t.status', '=', 'open')
      .where('t.due_at', 'is not', null)
      .where('t.due_at', '<=', now + REMINDER_LEAD_MS)
      .where((eb) => eb.or([eb('t.reminded_at', 'is', null), eb('t.escalated_at', 'is', null)]))
      .where('i.state', 'in', OPEN_INCIDENT_STATES)
      .execute();
    let reminded = 0;
    let escalated = 0;
    for (const t of tasks) {
      const timing = {
        createdAt: t.created_at,
        dueAt: t.due_at,
        completedAt: t.completed_at,
        remindedAt: t.reminded_at,
        escalatedAt: t.escalated_at,
      };
      const ref = { id: t.incident_id, title: t.incident_title, severity: t.severity as SeverityLevel };
      const task = { id: t.id, title: t.title, dueAt: t.due_at };
      const base = { workspaceId: t.workspace_id, incidentId: t.incident_id, details: { taskId: t.id, title: t.title } };
      if (
        isReminderDue(timing, now) &&
        (await claim(t.id, 'reminded_at', now, { ...base, kind: 'reminder_sent', action: 'incident.task_reminded' }))
      ) {
        const names = await loadNames(db, [t.assignee_user_id]);
        const owner = names.get(t.assignee_user_id ?? -1) ?? '—';
        await kit.notifySafely(t.workspace_id, dueSoonNotification(t.workspace_id, ref, task, owner, config.publicUrl, now));
        kit.announce(t.workspace_id, t.incident_id, 'reminder_sent');
        reminded++;
      }
      if (
        isEscalationDue(timing, now) &&
        (await claim(t.id, 'escalated_at', now, { ...base, kind: 'deadline_missed', action: 'incident.task_escalated' }))
      ) {
        const lead = await db
          .selectFrom('incident_team')
          .select('user_id')
          .where('incident_id', '=', t.incident_id)
          .where('role', '=', 'crisis_lead')
          .orderBy('id')
          .executeTakeFirst();
        const leadId = lead?.user_id ?? t.declared_by;
        const names = await loadNames(db, [t.assignee_user_id, leadId]);
        const owner = names.get(t.assignee_user_id ?? -1) ?? '—';
        await kit.notifySafely(
          t.workspace_id,
          overdueNotification(t.workspace_id, ref, task, owner, names.get(leadId ?? -1) ?? '—', config.publicUrl),
        );
        kit.announce(t.workspace_id, t.incident_id, 'deadline_missed');
        escalated++;
      }
    }
    return { reminded, escalated };
  };
}
