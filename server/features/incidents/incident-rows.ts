import type { Selectable } from 'kysely';
import type { FactSheet, IncidentSummary, IncidentTask } from '../../../core/api';
import type { SeverityLevel } from '../../../core/incidents';
import type { CrisisRole, CrisisType } from '../../../core/plan';
import type { IncidentFactSheetsTable, IncidentTasksTable, IncidentsTable } from '../../db/schema';

export type IncidentRow = Selectable<IncidentsTable>;
export type TaskRow = Selectable<IncidentTasksTable>;
export type FactSheetRow = Selectable<IncidentFactSheetsTable>;

/** User names by id, for the fields that show who did something. */
export type Names = ReadonlyMap<number, string>;
const nameOf = (names: Names, id: number | null) => (id === null ? null : (names.get(id) ?? null));

export function toTask(row: TaskRow, names: Names): IncidentTask {
  return {
    id: row.id,
    position: row.position,
    stepKey: row.step_key,
    title: row.title,
    description: row.description,
    ownerRole: row.owner_role as CrisisRole,
    assigneeUserId: row.assignee_user_id,
    assigneeName: nameOf(names, row.assignee_user_id),
    dueAt: row.due_at,
    checklist: JSON.parse(row.checklist) as IncidentTask['checklist'],
    templateIds: JSON.parse(row.template_ids) as string[],
    escalation: row.escalation,
    status: row.status as IncidentTask['status'],
    completedAt: row.completed_at,
    completedBy: nameOf(names, row.completed_by),
    createdAt: row.created_at,
  };
}

export function toFactSheet(row: FactSheetRow, names: Names): FactSheet {
  return {
    version: row.version,
    whatHappened: row.what_happened,
    whatWeKnow: row.what_we_know,
    whatWeDoNotKnow: row.what_we_do_not_know,
    whatWeAreDoing: row.what_we_are_doing,
    nextUpdateAt: row.next_update_at,
    createdBy: nameOf(names, row.created_by),
    createdAt: row.created_at,
  };
}

export interface TaskCounts {
  open: number;
  overdue: number;
}

export function toSummary(row: IncidentRow, brandName: string | null, names: Names, counts: TaskCounts): IncidentSummary {
  return {
    id: row.id,
    title: row.title,
    crisisType: row.crisis_type as CrisisType,
    state: row.state as IncidentSummary['state'],
    severity: row.severity as SeverityLevel,
    brandId: row.brand_id,
    brandName,
    alertId: row.alert_id,
    declaredAt: row.declared_at,
    declaredBy: nameOf(names, row.declared_by),
    openTasks: counts.open,
    overdueTasks: counts.overdue,
    updatedAt: row.updated_at,
  };
}
