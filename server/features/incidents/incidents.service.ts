import type { z } from 'zod';
import type { Incident, SeverityOverrideSchema, TeamInputSchema, TimelineEntry, TransitionIncidentSchema } from '../../../core/api';
import { type IncidentState, type TimelineKind, type TransitionRefusal, checkTransition, stateName } from '../../../core/incidents';
import type { Role } from '../../../core/policy';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import type { Actor } from '../../security/actor';
import { createDeclare } from './incident-declare';
import { type IncidentDeps, createRoomKit } from './incident-room';
import { listTimeline } from './incident-timeline';
import { type IncidentListFilter, findIncidentRow, listIncidents, loadNames } from './incidents.repository';
import { renderTimelineCsv, renderTimelineMarkdown } from './timeline-export';

const FIELD_PATHS = { resolutionSummary: 'resolutionSummary', reviewNote: 'reviewNote', note: 'note' } as const;

function refusalError(refusal: TransitionRefusal): AppError {
  if (refusal.kind === 'not_allowed')
    return new AppError('conflict', `An incident cannot move from ${stateName(refusal.from, 'en')} to ${stateName(refusal.to, 'en')}`);
  if (refusal.kind === 'forbidden') return new AppError('forbidden', `This move needs the ${refusal.permission} permission`);
  return AppError.validation(refusal.fields.map((field) => ({ path: FIELD_PATHS[field], message: 'required for this move' })));
}

export function createIncidentService(deps: ServiceDeps, room: IncidentDeps) {
  const { db, clock } = deps;
  const kit = createRoomKit(deps, room);

  return {
    kit,
    declare: createDeclare(deps, room, kit),
    list: (workspaceId: number, filter: IncidentListFilter) => listIncidents(db, workspaceId, filter, clock.now()),
    get: (workspaceId: number, incidentId: number): Promise<Incident> => kit.load(workspaceId, incidentId),

    /** Moves the incident through its lifecycle, if the role may and the required fields are there. */
    async transition(
      workspaceId: number,
      incidentId: number,
      input: z.output<typeof TransitionIncidentSchema>,
      role: Role | null,
      actor: Actor,
    ) {
      if (!role) throw new AppError('forbidden', 'Only a signed-in member may move an incident');
      const current = await findIncidentRow(db, workspaceId, incidentId);
      const from = current.state as IncidentState;
      const refusal = checkTransition(from, input.to, role, input);
      if (refusal) throw refusalError(refusal);
      await kit.change(workspaceId, incidentId, actor, async (trx, _row, now, record) => {
        const moved = await trx
          .updateTable('incidents')
          .set({
            state: input.to,
            ...(input.to === 'resolved' ? { resolved_at: now, resolution_summary: input.resolutionSummary ?? null } : {}),
            ...(input.to === 'reviewed' ? { reviewed_at: now, review_note: input.reviewNote ?? null } : {}),
            // Reopening a resolved incident: it is not resolved any more, the old summary stays on the timeline.
            ...(from === 'resolved' && input.to === 'active' ? { resolved_at: null } : {}),
          })
          .where('id', '=', incidentId)
          .where('state', '=', from)
          .executeTakeFirst();
        if (Number(moved.numUpdatedRows) === 0) throw new AppError('conflict', 'Someone moved this incident first; reload it');
        await record({
          kind: 'state_changed',
          action: 'incident.state_changed',
          details: {
            from,
            to: input.to,
            ...(input.note ? { note: input.note } : {}),
            ...(input.to === 'resolved' ? { resolutionSummary: input.resolutionSummary } : {}),
            ...(input.to === 'reviewed' ? { reviewNote: input.reviewNote } : {}),
          },
        });
      });
      return kit.load(workspaceId, incidentId);
    },

    /** Overrides the level with a reason; the suggestion stays for comparison. */
    async setSeverity(workspaceId: number, incidentId: number, input: z.output<typeof SeverityOverrideSchema>, actor: Actor) {
      await kit.change(workspaceId, incidentId, actor, async (trx, row, _now, record) => {
        if (row.severity === input.level) throw new AppError('conflict', `The severity is already ${input.level}`);
        await trx
          .updateTable('incidents')
          .set({ severity: input.level, severity_reason: input.reason })
          .where('id', '=', incidentId)
          .execute();
        await record({
          kind: 'severity_changed',
          action: 'incident.severity_changed',
          details: { from: row.severity, to: input.level, reason: input.reason },
        });
      });
      return kit.load(workspaceId, incidentId);
    },

    /** Replaces the incident's team; everyone named must be a member of the workspace. */
    async setTeam(workspaceId: number, incidentId: number, input: z.output<typeof TeamInputSchema>, actor: Actor) {
      const members = new Set(
        (await db.selectFrom('memberships').select('user_id').where('workspace_id', '=', workspaceId).execute()).map((m) => m.user_id),
      );
      const issues = input.members.flatMap((m, i) => [
        ...(members.has(m.userId) ? [] : [{ path: `members.${i}.userId`, message: `user ${m.userId} is not a member of this workspace` }]),
        ...m.deputyUserIds
          .map((id, j) => ({ id, j }))
          .filter(({ id }) => !members.has(id))
          .map(({ id, j }) => ({ path: `members.${i}.deputyUserIds.${j}`, message: `user ${id} is not a member of this workspace` })),
      ]);
      const seen = new Set<string>();
      for (const [i, m] of input.members.entries()) {
        const key = `${m.role}:${m.userId}`;
        if (seen.has(key)) issues.push({ path: `members.${i}`, message: 'the same person is named twice for this role' });
        seen.add(key);
      }
      if (issues.length > 0) throw AppError.validation(issues);
      const names = await loadNames(
        db,
        input.members.map((m) => m.userId),
      );
      await kit.change(workspaceId, incidentId, actor, async (trx, _row, _now, record) => {
        await trx.deleteFrom('incident_team').where('incident_id', '=', incidentId).execute();
        if (input.members.length > 0)
          await trx
            .insertInto('incident_team')
            .values(
              input.members.map((m) => ({
                incident_id: incidentId,
                role: m.role,
                user_id: m.userId,
                deputy_user_ids: JSON.stringify(m.deputyUserIds),
              })),
            )
            .execute();
        await record({
          kind: 'team_changed',
          action: 'incident.team_changed',
          details: { members: input.members.length, team: input.members.map((m) => ({ role: m.role, name: names.get(m.userId) ?? '' })) },
        });
      });
      return kit.load(workspaceId, incidentId);
    },

    /** Links another alert of the same crisis (a later wave, another signal) to the incident. */
    async linkAlert(workspaceId: number, incidentId: number, alertId: number, actor: Actor) {
      const alert = await room.alerts.get(workspaceId, alertId);
      if (alert.incidentId !== null) throw new AppError('conflict', `Alert ${alertId} already belongs to incident ${alert.incidentId}`);
      await kit.change(workspaceId, incidentId, actor, async (trx, _row, now, record) => {
        const linked = await trx
          .updateTable('alerts')
          .set({ incident_id: incidentId, updated_at: now })
          .where('id', '=', alertId)
          .where('incident_id', 'is', null)
          .executeTakeFirst();
        if (Number(linked.numUpdatedRows) === 0) throw new AppError('conflict', `Alert ${alertId} was linked to an incident meanwhile`);
        await record({ kind: 'alert_linked', action: 'incident.alert_linked', details: { alertId } });
      });
      room.events.publish(workspaceId, { type: 'alert.updated', alert: await room.alerts.get(workspaceId, alertId) });
      return kit.load(workspaceId, incidentId);
    },

    async addNote(workspaceId: number, incidentId: number, text: string, actor: Actor) {
      await kit.change(workspaceId, incidentId, actor, (_trx, _row, _now, record) =>
        record({ kind: 'note', action: 'incident.note_added', details: { text } }),
      );
    },

    async timeline(workspaceId: number, incidentId: number, kinds: readonly TimelineKind[]): Promise<TimelineEntry[]> {
      await findIncidentRow(db, workspaceId, incidentId);
      return listTimeline(db, incidentId, kinds);
    },

    async exportTimeline(
      workspaceId: number,
      incidentId: number,
      kinds: readonly TimelineKind[],
      format: 'csv' | 'markdown',
      language: 'id' | 'en',
    ) {
      const row = await findIncidentRow(db, workspaceId, incidentId);
      const entries = await listTimeline(db, incidentId, kinds);
      return format === 'csv' ? renderTimelineCsv(entries, language) : renderTimelineMarkdown(`#${row.id} ${row.title}`, entries, language);
    },
  };
}

export type IncidentService = ReturnType<typeof createIncidentService>;
