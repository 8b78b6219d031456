import type { OutboxListener } from '../outbox';
import { MODERATION_SOURCE } from './moderation.service';

/**
 * Keeps a moderation action in step with its outbox item, in the transaction that settles it: done when the
 * channel did it (and the action it undoes becomes reverted), failed with the channel's error otherwise.
 */
export const recordModerationSettlement: OutboxListener = async (trx, settlement) => {
  if (settlement.source?.type !== MODERATION_SOURCE) return;
  const id = Number(settlement.source.id);
  const action = await trx
    .selectFrom('moderation_actions')
    .select(['id', 'reverses_id'])
    .where('id', '=', id)
    .where('workspace_id', '=', settlement.workspaceId)
    .executeTakeFirst();
  if (!action) return;
  if (settlement.outcome === 'failed') {
    await trx
      .updateTable('moderation_actions')
      .set({ state: 'failed', error: settlement.error, updated_at: settlement.at })
      .where('id', '=', id)
      .execute();
    return;
  }
  await trx
    .updateTable('moderation_actions')
    .set({ state: 'done', error: null, updated_at: settlement.at })
    .where('id', '=', id)
    .where('state', '=', 'queued')
    .execute();
  if (action.reverses_id !== null) {
    await trx
      .updateTable('moderation_actions')
      .set({ state: 'reverted', updated_at: settlement.at })
      .where('id', '=', action.reverses_id)
      .where('state', 'in', ['queued', 'done'])
      .execute();
  }
};
