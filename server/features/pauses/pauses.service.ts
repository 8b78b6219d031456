import type { Kysely } from 'kysely';
import type { BrandPause } from '../../../core/api';
import type { Database } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import type { LiveEvents } from '../../events/live-events';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';
import { findActivePause, findPause, insertPause, listPauses, markResumed } from './pauses.repository';

export interface PauseRequest {
  brandId: number;
  reason: string;
  incidentId?: number | null;
}

/** Told when a pause starts or ends inside the same transaction (the crisis room puts it on its timeline). */
export interface PauseHooks {
  onResumed?: (trx: Kysely<Database>, pause: BrandPause, actor: Actor, now: number) => Promise<void>;
}

/**
 * "Brand posting paused": while a brand has a pause that is not resumed, nothing scheduled is posted for
 * it. The outbox asks `isBrandPaused` right before each post, so a pause takes effect at once.
 */
export function createPauseService(deps: ServiceDeps, events: LiveEvents, hooks: PauseHooks = {}) {
  const { db, clock } = deps;

  async function checkBrand(workspaceId: number, brandId: number) {
    const brand = await db
      .selectFrom('brands')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', brandId)
      .executeTakeFirst();
    if (!brand) throw AppError.validation([{ path: 'brandId', message: `no brand ${brandId} in this workspace` }]);
  }

  /** Pauses the brand inside `trx`; a brand already paused keeps its pause (and its reason). */
  async function pauseIn(trx: Kysely<Database>, workspaceId: number, request: PauseRequest, actor: Actor, now: number) {
    const active = await findActivePause(trx, workspaceId, request.brandId);
    if (active) return { pause: active, created: false };
    const id = await insertPause(trx, workspaceId, { ...request, incidentId: request.incidentId ?? null, userId: actor.userId }, now);
    await recordAudit(trx, actor, now, {
      workspaceId,
      action: 'brand.posting_paused',
      targetType: 'brand',
      targetId: request.brandId,
      details: { pauseId: id, reason: request.reason, incidentId: request.incidentId ?? null },
    });
    return { pause: (await findPause(trx, workspaceId, id))!, created: true };
  }

  return {
    list: (workspaceId: number, filter: { active?: boolean; brandId?: number } = {}) => listPauses(db, workspaceId, filter),
    activePause: (workspaceId: number, brandId: number) => findActivePause(db, workspaceId, brandId),

    /** What the outbox asks before posting for a brand. */
    async isBrandPaused(workspaceId: number, brandId: number): Promise<boolean> {
      return (await findActivePause(db, workspaceId, brandId)) !== null;
    },

    pauseIn,
    /** Publishes the change to the workspace's screens; call after the transaction commits. */
    announce(workspaceId: number, brandId: number) {
      events.publish(workspaceId, { type: 'pauses.changed', brandId, at: clock.now() });
    },

    async pause(workspaceId: number, request: PauseRequest, actor: Actor): Promise<BrandPause> {
      await checkBrand(workspaceId, request.brandId);
      const now = clock.now();
      const { pause, created } = await db.transaction().execute((trx) => pauseIn(trx, workspaceId, request, actor, now));
      if (!created) throw new AppError('conflict', `${pause.brandName} is already paused: ${pause.reason}`);
      events.publish(workspaceId, { type: 'pauses.changed', brandId: request.brandId, at: now });
      return pause;
    },

    async resume(workspaceId: number, pauseId: number, actor: Actor): Promise<BrandPause> {
      const pause = await findPause(db, workspaceId, pauseId);
      if (!pause) throw AppError.notFound('pause');
      if (pause.resumedAt !== null) throw new AppError('conflict', `Posting for ${pause.brandName} was already resumed`);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        if (!(await markResumed(trx, pauseId, actor.userId, now))) throw new AppError('conflict', 'Someone resumed it first');
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'brand.posting_resumed',
          targetType: 'brand',
          targetId: pause.brandId,
          details: { pauseId, incidentId: pause.incidentId },
        });
        await hooks.onResumed?.(trx, pause, actor, now);
      });
      events.publish(workspaceId, { type: 'pauses.changed', brandId: pause.brandId, at: now });
      return (await findPause(db, workspaceId, pauseId))!;
    },
  };
}

export type PauseService = ReturnType<typeof createPauseService>;
