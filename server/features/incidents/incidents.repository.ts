import type { Kysely } from 'kysely';
import type { BrandPause, Incident, IncidentSummary } from '../../../core/api';
import { type IncidentState, type SeverityInput, type SeverityLevel, assessSeverity, nextStatesOf } from '../../../core/incidents';
import type { CrisisRole } from '../../../core/plan';
import type { Database } from '../../db/schema';
import { AppError } from '../../errors';
import { type IncidentRow, type Names, type TaskCounts, type TaskRow, toFactSheet, toSummary, toTask } from './incident-rows';

export async function loadNames(db: Kysely<Database>, ids: Iterable<number | null>): Promise<Names> {
  const wanted = [...new Set([...ids].filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  const users = await db.selectFrom('users').select(['id', 'name', 'email']).where('id', 'in', wanted).execute();
  return new Map(users.map((u) => [u.id, u.name || u.email]));
}

export async function findIncidentRow(db: Kysely<Database>, workspaceId: number, incidentId: number): Promise<IncidentRow> {
  const row = await db
    .selectFrom('incidents')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', incidentId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('incident');
  return row;
}

export async function findTaskRow(db: Kysely<Database>, incidentId: number, taskId: number): Promise<TaskRow> {
  const row = await db
    .selectFrom('incident_tasks')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('id', '=', taskId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('task');
  return row;
}

async function brandNames(db: Kysely<Database>, rows: readonly IncidentRow[]) {
  const ids = [...new Set(rows.map((r) => r.brand_id).filter((id): id is number => id !== null))];
  const brands = ids.length ? await db.selectFrom('brands').select(['id', 'name']).where('id', 'in', ids).execute() : [];
  return new Map(brands.map((b) => [b.id, b.name]));
}

async function taskCounts(db: Kysely<Database>, incidentIds: number[], now: number): Promise<Map<number, TaskCounts>> {
  const counts = new Map<number, TaskCounts>(incidentIds.map((id) => [id, { open: 0, overdue: 0 }]));
  if (incidentIds.length === 0) return counts;
  const open = await db
    .selectFrom('incident_tasks')
    .select(['incident_id', 'due_at'])
    .where('incident_id', 'in', incidentIds)
    .where('status', '=', 'open')
    .execute();
  for (const task of open) {
    const entry = counts.get(task.incident_id)!;
    entry.open++;
    if (task.due_at !== null && task.due_at <= now) entry.overdue++;
  }
  return counts;
}

export interface IncidentListFilter {
  state?: IncidentState | 'open' | undefined;
  brandId?: number | undefined;
}

/** Newest declaration first; `open` means not resolved or reviewed. */
export async function listIncidents(
  db: Kysely<Database>,
  workspaceId: number,
  filter: IncidentListFilter,
  now: number,
): Promise<IncidentSummary[]> {
  let q = db.selectFrom('incidents').selectAll().where('workspace_id', '=', workspaceId);
  if (filter.state === 'open') q = q.where('state', 'not in', ['resolved', 'reviewed']);
  else if (filter.state) q = q.where('state', '=', filter.state);
  if (filter.brandId) q = q.where('brand_id', '=', filter.brandId);
  const rows = await q.orderBy('declared_at', 'desc').orderBy('id', 'desc').limit(500).execute();
  const [brands, names, counts] = await Promise.all([
    brandNames(db, rows),
    loadNames(
      db,
      rows.map((r) => r.declared_by),
    ),
    taskCounts(
      db,
      rows.map((r) => r.id),
      now,
    ),
  ]);
  return rows.map((r) => toSummary(r, r.brand_id === null ? null : (brands.get(r.brand_id) ?? null), names, counts.get(r.id)!));
}

/** The whole crisis room as one document. */
export async function loadIncident(
  db: Kysely<Database>,
  workspaceId: number,
  incidentId: number,
  now: number,
  activePause: (workspaceId: number, brandId: number) => Promise<BrandPause | null>,
): Promise<Incident> {
  const row = await findIncidentRow(db, workspaceId, incidentId);
  const [team, tasks, sheet, evidence, pause] = await Promise.all([
    db.selectFrom('incident_team').selectAll().where('incident_id', '=', incidentId).orderBy('id').execute(),
    db.selectFrom('incident_tasks').selectAll().where('incident_id', '=', incidentId).orderBy('position').orderBy('id').execute(),
    db
      .selectFrom('incident_fact_sheets')
      .selectAll()
      .where('incident_id', '=', incidentId)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('incident_evidence')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('incident_id', '=', incidentId)
      .executeTakeFirstOrThrow(),
    row.brand_id === null ? Promise.resolve(null) : activePause(workspaceId, row.brand_id),
  ]);
  const names = await loadNames(db, [
    row.declared_by,
    ...team.map((m) => m.user_id),
    ...tasks.flatMap((t) => [t.assignee_user_id, t.completed_by]),
    sheet?.created_by ?? null,
  ]);
  const [brands, counts] = await Promise.all([brandNames(db, [row]), taskCounts(db, [row.id], now)]);
  const assessmentInput = JSON.parse(row.assessment) as SeverityInput;
  const assessment = assessSeverity(assessmentInput);
  const state = row.state as IncidentState;
  return {
    ...toSummary(row, row.brand_id === null ? null : (brands.get(row.brand_id) ?? null), names, counts.get(row.id)!),
    summary: row.summary,
    severitySuggested: row.severity_suggested as SeverityLevel,
    severityReason: row.severity_reason,
    severityFactors: assessment.factors,
    heldBackByTone: assessment.heldBackByTone,
    assessment: assessmentInput,
    resolutionSummary: row.resolution_summary,
    reviewNote: row.review_note,
    resolvedAt: row.resolved_at,
    reviewedAt: row.reviewed_at,
    playbook:
      row.playbook_id === null ? null : { id: row.playbook_id, version: row.playbook_version ?? 1, title: row.playbook_title ?? '' },
    nextStates: nextStatesOf(state),
    team: team.map((m) => ({
      role: m.role as CrisisRole,
      userId: m.user_id,
      name: names.get(m.user_id) ?? '',
      deputyUserIds: JSON.parse(m.deputy_user_ids) as number[],
    })),
    tasks: tasks.map((t) => toTask(t, names)),
    factSheet: sheet ? toFactSheet(sheet, names) : null,
    evidenceCount: Number(evidence.n),
    pause,
  };
}
