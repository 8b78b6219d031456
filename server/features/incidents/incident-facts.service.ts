import type { z } from 'zod';
import type { Evidence, FactSheet, FactSheetInputSchema } from '../../../core/api';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import type { Actor } from '../../security/actor';
import type { RoomKit } from './incident-room';
import { toFactSheet } from './incident-rows';
import { findIncidentRow, loadNames } from './incidents.repository';

/** The fact sheet (every save a new version) and the evidence (mentions linked to the incident). */
export function createIncidentFactService(deps: ServiceDeps, kit: RoomKit) {
  const { db } = deps;

  return {
    async factSheets(workspaceId: number, incidentId: number): Promise<FactSheet[]> {
      await findIncidentRow(db, workspaceId, incidentId);
      const rows = await db
        .selectFrom('incident_fact_sheets')
        .selectAll()
        .where('incident_id', '=', incidentId)
        .orderBy('version', 'desc')
        .execute();
      const names = await loadNames(
        db,
        rows.map((r) => r.created_by),
      );
      return rows.map((r) => toFactSheet(r, names));
    },

    async saveFactSheet(
      workspaceId: number,
      incidentId: number,
      input: z.output<typeof FactSheetInputSchema>,
      actor: Actor,
    ): Promise<FactSheet> {
      const version = await kit.change(workspaceId, incidentId, actor, async (trx, _row, now, record) => {
        const last = await trx
          .selectFrom('incident_fact_sheets')
          .select((eb) => eb.fn.max('version').as('v'))
          .where('incident_id', '=', incidentId)
          .executeTakeFirst();
        const next = last?.v === null || last?.v === undefined ? 1 : Number(last.v) + 1;
        await trx
          .insertInto('incident_fact_sheets')
          .values({
            incident_id: incidentId,
            version: next,
            what_happened: input.whatHappened,
            what_we_know: input.whatWeKnow,
            what_we_do_not_know: input.whatWeDoNotKnow,
            what_we_are_doing: input.whatWeAreDoing,
            next_update_at: input.nextUpdateAt,
            created_by: actor.userId,
            created_at: now,
          })
          .execute();
        await record({
          kind: 'fact_sheet_updated',
          action: 'incident.fact_sheet_updated',
          details: { version: next, nextUpdateAt: input.nextUpdateAt },
        });
        return next;
      });
      return (await this.factSheets(workspaceId, incidentId)).find((s) => s.version === version)!;
    },

    async evidence(workspaceId: number, incidentId: number): Promise<Evidence[]> {
      await findIncidentRow(db, workspaceId, incidentId);
      const rows = await db
        .selectFrom('incident_evidence as e')
        .innerJoin('mentions as m', 'm.id', 'e.mention_id')
        .leftJoin('users as u', 'u.id', 'e.added_by')
        .select(['m.id', 'm.platform', 'm.text', 'm.author_handle', 'm.url', 'm.sentiment', 'm.created_at', 'e.added_at', 'u.name'])
        .where('e.incident_id', '=', incidentId)
        .orderBy('m.created_at', 'desc')
        .orderBy('m.id', 'desc')
        .limit(1000)
        .execute();
      return rows.map((r) => ({
        mentionId: r.id,
        platform: r.platform,
        text: r.text,
        authorHandle: r.author_handle,
        url: r.url,
        sentiment: r.sentiment,
        postedAt: r.created_at,
        addedAt: r.added_at,
        addedBy: r.name,
      }));
    },

    /** Links mentions of the workspace; ones already linked are skipped, unknown ones refused by position. */
    async addEvidence(workspaceId: number, incidentId: number, mentionIds: readonly number[], actor: Actor): Promise<{ added: number }> {
      const unique = [...new Set(mentionIds)];
      const found = new Set(
        (await db.selectFrom('mentions').select('id').where('workspace_id', '=', workspaceId).where('id', 'in', unique).execute()).map(
          (m) => m.id,
        ),
      );
      const issues = mentionIds.map((id, i) => ({ id, i })).filter(({ id }) => !found.has(id));
      if (issues.length > 0)
        throw AppError.validation(issues.map(({ id, i }) => ({ path: `mentionIds.${i}`, message: `no mention ${id} in this workspace` })));
      const added = await kit.change(workspaceId, incidentId, actor, async (trx, _row, now, record) => {
        const existing = new Set(
          (
            await trx
              .selectFrom('incident_evidence')
              .select('mention_id')
              .where('incident_id', '=', incidentId)
              .where('mention_id', 'in', unique)
              .execute()
          ).map((e) => e.mention_id),
        );
        const fresh = unique.filter((id) => !existing.has(id));
        if (fresh.length === 0) return 0;
        await trx
          .insertInto('incident_evidence')
          .values(fresh.map((mentionId) => ({ incident_id: incidentId, mention_id: mentionId, added_by: actor.userId, added_at: now })))
          .execute();
        await record({
          kind: 'evidence_added',
          action: 'incident.evidence_added',
          details: { count: fresh.length, mentionIds: fresh.slice(0, 50) },
        });
        return fresh.length;
      });
      return { added };
    },

    async removeEvidence(workspaceId: number, incidentId: number, mentionId: number, actor: Actor): Promise<void> {
      await kit.change(workspaceId, incidentId, actor, async (trx, _row, _now, record) => {
        const removed = await trx
          .deleteFrom('incident_evidence')
          .where('incident_id', '=', incidentId)
          .where('mention_id', '=', mentionId)
          .executeTakeFirst();
        if (Number(removed.numDeletedRows) === 0) throw AppError.notFound('evidence');
        await record({ kind: 'evidence_removed', action: 'incident.evidence_removed', details: { mentionId } });
      });
    },
  };
}

export type IncidentFactService = ReturnType<typeof createIncidentFactService>;
