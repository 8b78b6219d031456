import type { Kysely } from 'kysely';
import type { BrandPause } from '../../../core/api';
import type { Database } from '../../db/schema';

function selectPauses(db: Kysely<Database>, workspaceId: number) {
  return db
    .selectFrom('brand_pauses as p')
    .innerJoin('brands as b', 'b.id', 'p.brand_id')
    .leftJoin('users as pu', 'pu.id', 'p.paused_by')
    .leftJoin('users as ru', 'ru.id', 'p.resumed_by')
    .select([
      'p.id',
      'p.brand_id',
      'b.name as brand_name',
      'p.reason',
      'p.incident_id',
      'pu.name as paused_by_name',
      'p.paused_at',
      'p.resumed_at',
      'ru.name as resumed_by_name',
    ])
    .where('p.workspace_id', '=', workspaceId);
}

type PauseRow = Awaited<ReturnType<ReturnType<typeof selectPauses>['execute']>>[number];

const toPause = (r: PauseRow): BrandPause => ({
  id: r.id,
  brandId: r.brand_id,
  brandName: r.brand_name,
  reason: r.reason,
  incidentId: r.incident_id,
  pausedBy: r.paused_by_name,
  pausedAt: r.paused_at,
  resumedAt: r.resumed_at,
  resumedBy: r.resumed_by_name,
});

/** Pauses newest first; `active` keeps the ones not resumed. */
export async function listPauses(db: Kysely<Database>, workspaceId: number, filter: { active?: boolean; brandId?: number } = {}) {
  let q = selectPauses(db, workspaceId);
  if (filter.active) q = q.where('p.resumed_at', 'is', null);
  if (filter.brandId !== undefined) q = q.where('p.brand_id', '=', filter.brandId);
  const rows = await q.orderBy('p.paused_at', 'desc').orderBy('p.id', 'desc').limit(200).execute();
  return rows.map(toPause);
}

export async function findActivePause(db: Kysely<Database>, workspaceId: number, brandId: number): Promise<BrandPause | null> {
  return (await listPauses(db, workspaceId, { active: true, brandId }))[0] ?? null;
}

export async function findPause(db: Kysely<Database>, workspaceId: number, pauseId: number): Promise<BrandPause | null> {
  const row = await selectPauses(db, workspaceId).where('p.id', '=', pauseId).executeTakeFirst();
  return row ? toPause(row) : null;
}

export interface NewPause {
  brandId: number;
  reason: string;
  incidentId: number | null;
  userId: number | null;
}

export async function insertPause(db: Kysely<Database>, workspaceId: number, pause: NewPause, now: number): Promise<number> {
  const row = await db
    .insertInto('brand_pauses')
    .values({
      workspace_id: workspaceId,
      brand_id: pause.brandId,
      reason: pause.reason,
      incident_id: pause.incidentId,
      paused_by: pause.userId,
      paused_at: now,
      resumed_by: null,
      resumed_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Ends the pause if it is still on; false when someone resumed it first. */
export async function markResumed(db: Kysely<Database>, pauseId: number, userId: number | null, now: number): Promise<boolean> {
  const result = await db
    .updateTable('brand_pauses')
    .set({ resumed_at: now, resumed_by: userId })
    .where('id', '=', pauseId)
    .where('resumed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
