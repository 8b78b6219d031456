import type { z } from 'zod';
import type { Incident, TaskInputSchema } from '../../../core/api';
import type { SeverityLevel } from '../../../core/incidents';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import type { Actor } from '../../security/actor';
import { taskAssignedNotification } from './incident-notification';
import type { RoomKit, RoomWork } from './incident-room';
import type { IncidentRow, TaskRow } from './incident-rows';
import { findTaskRow, loadNames } from './incidents.repository';

type Checklist = { text: string; done: boolean }[];
type TaskWork<T> = (task: TaskRow, ...rest: Parameters<RoomWork<T>>) => Promise<T>;

/** Tasks of the crisis room: added by hand or from the playbook, assigned, ticked off, completed and reopened. */
export function createIncidentTaskService(deps: ServiceDeps, kit: RoomKit) {
  const { db, clock, config } = deps;

  async function checkMember(workspaceId: number, userId: number | null, path: string) {
    if (userId === null) return;
    const member = await db
      .selectFrom('memberships')
      .select('user_id')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!member) throw AppError.validation([{ path, message: `user ${userId} is not a member of this workspace` }]);
  }

  async function tellAssignee(
    workspaceId: number,
    incident: IncidentRow,
    task: { id: number; title: string; dueAt: number | null },
    userId: number | null,
  ) {
    if (userId === null) return;
    const names = await loadNames(db, [userId]);
    const ref = { id: incident.id, title: incident.title, severity: incident.severity as SeverityLevel };
    await kit.notifySafely(
      workspaceId,
      taskAssignedNotification(workspaceId, ref, task, names.get(userId) ?? '', userId, config.publicUrl, clock.now()),
    );
  }

  /** Runs `work` on one task of the room with the task's current row. */
  function onTask<T>(workspaceId: number, incidentId: number, taskId: number, actor: Actor, work: TaskWork<T>) {
    return kit.change(workspaceId, incidentId, actor, async (trx, row, now, record) =>
      work(await findTaskRow(trx, incidentId, taskId), trx, row, now, record),
    );
  }

  return {
    async add(workspaceId: number, incidentId: number, input: z.output<typeof TaskInputSchema>, actor: Actor): Promise<Incident> {
      await checkMember(workspaceId, input.assigneeUserId, 'assigneeUserId');
      const { row, taskId } = await kit.change(workspaceId, incidentId, actor, async (trx, row, now, record) => {
        const last = await trx
          .selectFrom('incident_tasks')
          .select((eb) => eb.fn.max('position').as('p'))
          .where('incident_id', '=', incidentId)
          .executeTakeFirst();
        const created = await trx
          .insertInto('incident_tasks')
          .values({
            incident_id: incidentId,
            workspace_id: workspaceId,
            position: last?.p === null || last?.p === undefined ? 0 : Number(last.p) + 1,
            step_key: null,
            title: input.title,
            description: input.description,
            owner_role: input.ownerRole,
            assignee_user_id: input.assigneeUserId,
            due_at: input.dueAt,
            checklist: JSON.stringify(input.checklist.map((text) => ({ text, done: false }))),
            template_ids: '[]',
            escalation: '',
            status: 'open',
            completed_at: null,
            completed_by: null,
            reminded_at: null,
            escalated_at: null,
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await record({ kind: 'task_added', action: 'incident.task_added', details: { taskId: created.id, title: input.title } });
        return { row, taskId: created.id };
      });
      await tellAssignee(workspaceId, row, { id: taskId, title: input.title, dueAt: input.dueAt }, input.assigneeUserId);
      return kit.load(workspaceId, incidentId);
    },

    async assign(workspaceId: number, incidentId: number, taskId: number, assigneeUserId: number | null, actor: Actor): Promise<Incident> {
      await checkMember(workspaceId, assigneeUserId, 'assigneeUserId');
      const names = await loadNames(db, [assigneeUserId]);
      const { row, task } = await onTask(workspaceId, incidentId, taskId, actor, async (task, trx, row, now, record) => {
        await trx
          .updateTable('incident_tasks')
          .set({ assignee_user_id: assigneeUserId, updated_at: now })
          .where('id', '=', taskId)
          .execute();
        const assignee = assigneeUserId === null ? null : (names.get(assigneeUserId) ?? null);
        await record({
          kind: 'task_assigned',
          action: 'incident.task_assigned',
          details: { taskId, title: task.title, assigneeUserId, assignee },
        });
        return { row, task };
      });
      await tellAssignee(workspaceId, row, { id: task.id, title: task.title, dueAt: task.due_at }, assigneeUserId);
      return kit.load(workspaceId, incidentId);
    },

    async complete(workspaceId: number, incidentId: number, taskId: number, actor: Actor): Promise<Incident> {
      await onTask(workspaceId, incidentId, taskId, actor, async (task, trx, _row, now, record) => {
        if (task.status === 'done') throw new AppError('conflict', 'This task is already done');
        await trx
          .updateTable('incident_tasks')
          .set({ status: 'done', completed_at: now, completed_by: actor.userId, updated_at: now })
          .where('id', '=', taskId)
          .execute();
        await record({
          kind: 'task_done',
          action: 'incident.task_completed',
          details: { taskId, title: task.title, dueAt: task.due_at, late: task.due_at !== null && now > task.due_at },
        });
      });
      return kit.load(workspaceId, incidentId);
    },

    async reopen(workspaceId: number, incidentId: number, taskId: number, actor: Actor): Promise<Incident> {
      await onTask(workspaceId, incidentId, taskId, actor, async (task, trx, _row, now, record) => {
        if (task.status !== 'done') throw new AppError('conflict', 'This task is not done');
        await trx
          .updateTable('incident_tasks')
          .set({ status: 'open', completed_at: null, completed_by: null, updated_at: now })
          .where('id', '=', taskId)
          .execute();
        await record({ kind: 'task_reopened', action: 'incident.task_reopened', details: { taskId, title: task.title } });
      });
      return kit.load(workspaceId, incidentId);
    },

    async tick(workspaceId: number, incidentId: number, taskId: number, index: number, done: boolean, actor: Actor): Promise<Incident> {
      await onTask(workspaceId, incidentId, taskId, actor, async (task, trx, _row, now, record) => {
        const checklist = JSON.parse(task.checklist) as Checklist;
        const item = checklist[index];
        if (!item) throw AppError.validation([{ path: 'index', message: `the checklist has ${checklist.length} items` }]);
        item.done = done;
        await trx
          .updateTable('incident_tasks')
          .set({ checklist: JSON.stringify(checklist), updated_at: now })
          .where('id', '=', taskId)
          .execute();
        await record({
          kind: 'checklist_ticked',
          action: 'incident.checklist_ticked',
          details: { taskId, title: task.title, index, item: item.text, done },
        });
      });
      return kit.load(workspaceId, incidentId);
    },
  };
}

export type IncidentTaskService = ReturnType<typeof createIncidentTaskService>;
