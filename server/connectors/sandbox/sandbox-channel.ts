import { CHANNEL_ACTIONS, type ChannelAction, type ChannelRequest, type ChannelResult } from '../../../core/channels';
import type { ServiceDeps } from '../../deps';
import type { AccountRef, ChannelConnector } from '../channel-connector';
import { sandboxExternalId, sandboxUrl, takeFailure } from './sandbox-store';

/**
 * The sandbox channel: a local account that records what would have been posted, hidden or blocked.
 * It can do everything a platform can, and fails on request so retries can be tested and drilled.
 */
export function createSandboxConnector(deps: ServiceDeps): ChannelConnector {
  const { db, clock, config } = deps;

  async function findByKey(accountId: number, key: string) {
    return db
      .selectFrom('sandbox_posts')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('idempotency_key', '=', key)
      .executeTakeFirst();
  }

  async function record(account: AccountRef, request: ChannelRequest, now: number) {
    const existing = await findByKey(account.id, request.idempotencyKey);
    if (existing) return existing;
    await db
      .insertInto('sandbox_posts')
      .values({
        workspace_id: account.workspaceId,
        account_id: account.id,
        action: request.action,
        idempotency_key: request.idempotencyKey,
        text: request.text ?? null,
        target_external_id: request.targetExternalId ?? null,
        author_handle: request.authorHandle ?? null,
        created_at: now,
      })
      // Two calls with one key at once: the other one recorded it, and its row is the answer.
      .onConflict((oc) => oc.columns(['account_id', 'idempotency_key']).doNothing())
      .execute();
    return (await findByKey(account.id, request.idempotencyKey))!;
  }

  return {
    platform: 'sandbox',
    capabilities: CHANNEL_ACTIONS,
    async perform(account, request): Promise<ChannelResult> {
      const failure = await takeFailure(db, account.id);
      if (failure) return { ok: false, failure: { ...failure, code: 'sandbox_failure' } };
      const row = await record(account, request, clock.now());
      return {
        ok: true,
        receipt: {
          channel: 'sandbox',
          accountId: account.id,
          action: row.action as ChannelAction,
          externalId: sandboxExternalId(row.id),
          url: sandboxUrl(config.publicUrl, row.workspace_id, row.account_id, row.id),
          at: row.created_at,
        },
      };
    },
  };
}
