import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Alert, DeclareIncidentSchema } from '../../../core/api';
import { type SeverityInput, assessSeverity, crisisTypeOfAlert, defaultFlagsOf, planTasksFromPlaybook } from '../../../core/incidents';
import type { CrisisType, PlaybookVersionView, TeamAssignment } from '../../../core/plan';
import type { Database } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import type { Actor } from '../../security/actor';
import { alertTitle } from '../alerts';
import { type IncidentRef, declaredNotification, taskAssignedNotification } from './incident-notification';
import type { IncidentDeps, RoomKit } from './incident-room';
import { recordRoomChange } from './incident-timeline';
import { loadNames } from './incidents.repository';

type DeclareInput = z.output<typeof DeclareIncidentSchema>;

/** The numbers an alert brings to the assessment; `news` mentions count as media pickup. */
function assessmentFromAlert(alert: Alert | null): SeverityInput {
  const impact = alert?.impact;
  return {
    reach: impact?.reach ?? 0,
    perHour: impact?.perHour ?? 0,
    speedRatio: impact?.speedRatio ?? null,
    negativeShare: impact?.negativeShare ?? null,
    scope: impact?.scope ?? 'local',
    mediaPickup: impact?.platforms.news ?? 0,
    safety: false,
    legal: false,
  };
}

async function membersOf(db: Kysely<Database>, workspaceId: number): Promise<Set<number>> {
  const rows = await db.selectFrom('memberships').select('user_id').where('workspace_id', '=', workspaceId).execute();
  return new Set(rows.map((r) => r.user_id));
}

/** The plan's default team, without people who have left the workspace since. */
function keepMembers(team: readonly TeamAssignment[], members: ReadonlySet<number>): TeamAssignment[] {
  return team.filter((a) => members.has(a.userId)).map((a) => ({ ...a, deputyUserIds: a.deputyUserIds.filter((id) => members.has(id)) }));
}

interface Prepared {
  alert: Alert | null;
  brandId: number | null;
  crisisType: CrisisType;
  title: string;
  assessment: SeverityInput;
  playbook: PlaybookVersionView | null;
  team: TeamAssignment[];
  evidenceIds: number[];
}

export function createDeclare(deps: ServiceDeps, room: IncidentDeps, kit: RoomKit) {
  const { db, clock, config } = deps;

  async function prepare(workspaceId: number, input: DeclareInput): Promise<Prepared> {
    const alert = input.alertId === undefined ? null : await room.alerts.get(workspaceId, input.alertId);
    if (alert?.incidentId) throw new AppError('conflict', `Alert ${alert.id} already belongs to incident ${alert.incidentId}`);
    const brandId = input.brandId === undefined ? (alert?.brandId ?? null) : input.brandId;
    if (brandId !== null) {
      const brand = await db
        .selectFrom('brands')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', brandId)
        .executeTakeFirst();
      if (!brand) throw AppError.validation([{ path: 'brandId', message: `no brand ${brandId} in this workspace` }]);
    }
    const title = input.title ?? (alert ? alertTitle(alert, 'id') : undefined);
    if (!title) throw AppError.validation([{ path: 'title', message: 'required when not declaring from an alert' }]);
    const crisisType =
      input.crisisType ??
      (alert
        ? crisisTypeOfAlert({ signal: alert.reason.signal, category: alert.reason.category, categories: alert.impact.categories })
        : 'other');
    const assessment = { ...assessmentFromAlert(alert), ...defaultFlagsOf(crisisType), ...input.assessment };
    const [playbook, team, members] = await Promise.all([
      room.plan.findPlaybook(workspaceId, crisisType),
      room.plan.findDefaultTeam(workspaceId, crisisType),
      membersOf(db, workspaceId),
    ]);
    const evidence = alert ? await room.mentions.listMentions(workspaceId, { ...alert.mentions, limit: 200 }) : { items: [] };
    return {
      alert,
      brandId,
      crisisType,
      title,
      assessment,
      playbook,
      team: keepMembers(team, members),
      evidenceIds: evidence.items.map((m) => m.id),
    };
  }

  /** Opens the crisis room: the incident, its team and tasks from the plan, the alert's mentions as evidence, and the pause. */
  return async function declare(workspaceId: number, input: DeclareInput, actor: Actor) {
    const p = await prepare(workspaceId, input);
    const { suggested } = assessSeverity(p.assessment);
    const severity = input.severity?.level ?? suggested;
    const now = clock.now();
    const tasks = p.playbook ? planTasksFromPlaybook(p.playbook.steps, now) : [];
    const ownerOf = (role: string) => p.team.find((a) => a.role === role)?.userId ?? null;

    const { incidentId, taskIds, pauseCreated } = await db.transaction().execute(async (trx) => {
      const incident = await trx
        .insertInto('incidents')
        .values({
          workspace_id: workspaceId,
          brand_id: p.brandId,
          alert_id: p.alert?.id ?? null,
          title: p.title,
          crisis_type: p.crisisType,
          state: 'declared',
          summary: input.summary ?? '',
          severity,
          severity_suggested: suggested,
          severity_reason: input.severity?.reason ?? null,
          assessment: JSON.stringify(p.assessment),
          resolution_summary: null,
          review_note: null,
          playbook_id: p.playbook?.playbookId ?? null,
          playbook_version: p.playbook?.version ?? null,
          playbook_title: p.playbook?.title ?? null,
          declared_by: actor.userId,
          declared_at: now,
          resolved_at: null,
          reviewed_at: null,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const id = incident.id;
      const record = (kind: Parameters<typeof recordRoomChange>[3]['kind'], action: string, details: Record<string, unknown>) =>
        recordRoomChange(trx, actor, now, { workspaceId, incidentId: id, kind, action, details });
      await record('declared', 'incident.declared', {
        title: p.title,
        severity,
        suggested,
        crisisType: p.crisisType,
        alertId: p.alert?.id ?? null,
        playbook: p.playbook ? { id: p.playbook.playbookId, version: p.playbook.version } : null,
      });
      if (p.team.length > 0)
        await trx
          .insertInto('incident_team')
          .values(
            p.team.map((a) => ({ incident_id: id, role: a.role, user_id: a.userId, deputy_user_ids: JSON.stringify(a.deputyUserIds) })),
          )
          .execute();
      const ids: number[] = [];
      for (const task of tasks) {
        const row = await trx
          .insertInto('incident_tasks')
          .values({
            incident_id: id,
            workspace_id: workspaceId,
            position: task.position,
            step_key: task.stepKey,
            title: task.title,
            description: task.description,
            owner_role: task.ownerRole,
            assignee_user_id: ownerOf(task.ownerRole),
            due_at: task.dueAt,
            checklist: JSON.stringify(task.checklist.map((text) => ({ text, done: false }))),
            template_ids: JSON.stringify(task.templateIds),
            escalation: task.escalation,
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
        ids.push(row.id);
      }
      if (p.alert) {
        await trx.updateTable('alerts').set({ incident_id: id, updated_at: now }).where('id', '=', p.alert.id).execute();
        await record('alert_linked', 'incident.alert_linked', { alertId: p.alert.id });
      }
      if (p.evidenceIds.length > 0) {
        await trx
          .insertInto('incident_evidence')
          .values(p.evidenceIds.map((mentionId) => ({ incident_id: id, mention_id: mentionId, added_by: actor.userId, added_at: now })))
          .execute();
        await record('evidence_added', 'incident.evidence_added', { count: p.evidenceIds.length, fromAlert: p.alert?.id ?? null });
      }
      let created = false;
      if (p.brandId !== null && input.pausePosts) {
        const reason = `Insiden #${id}: ${p.title}`;
        const paused = await room.pauses.pauseIn(trx, workspaceId, { brandId: p.brandId, reason, incidentId: id }, actor, now);
        created = paused.created;
        if (paused.created) await record('posts_paused', 'incident.posts_paused', { brandName: paused.pause.brandName, reason });
      }
      return { incidentId: id, taskIds: ids, pauseCreated: created };
    });

    kit.announce(workspaceId, incidentId, 'declared');
    if (pauseCreated && p.brandId !== null) room.pauses.announce(workspaceId, p.brandId);
    if (p.alert) room.events.publish(workspaceId, { type: 'alert.updated', alert: await room.alerts.get(workspaceId, p.alert.id) });

    const names = await loadNames(db, [actor.userId, ...p.team.map((a) => a.userId)]);
    const ref: IncidentRef = { id: incidentId, title: p.title, severity };
    const teamNames = p.team.map((a) => names.get(a.userId) ?? '').filter(Boolean);
    await kit.notifySafely(
      workspaceId,
      declaredNotification(
        workspaceId,
        ref,
        [...new Set(teamNames)],
        actor.userId === null ? null : (names.get(actor.userId) ?? null),
        config.publicUrl,
      ),
    );
    for (const [i, task] of tasks.entries()) {
      const owner = ownerOf(task.ownerRole);
      if (owner === null) continue;
      const message = taskAssignedNotification(
        workspaceId,
        ref,
        { id: taskIds[i]!, title: task.title, dueAt: task.dueAt },
        names.get(owner) ?? '',
        owner,
        config.publicUrl,
        now,
      );
      await kit.notifySafely(workspaceId, message);
    }
    return kit.load(workspaceId, incidentId);
  };
}
