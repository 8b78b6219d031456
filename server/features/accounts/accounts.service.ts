import type { OwnedAccount, OwnedAccountInput, Publisher, SandboxFailures, SandboxPost } from '../../../core/api';
import type { ChannelPlatform } from '../../../core/channels';
import { type AccountRef, type ChannelRegistry, listSandboxPosts, setSandboxFailures } from '../../connectors';
import { isUniqueViolation } from '../../db/errors';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';
import { type AccountRow, findAccountRow, selectAccounts, toAccount } from './accounts.repository';
import { grantPublisher, listPublishers, revokePublisher } from './publishing-rights';

const normaliseHandle = (handle: string) => handle.trim().replace(/^@/, '');

/** The brand's own accounts: who a reply or a post will appear to come from. */
export function createAccountService(deps: ServiceDeps, channels: ChannelRegistry) {
  const { db, clock, config } = deps;
  const view = (r: AccountRow) => toAccount(r, channels.connectorFor(r.platform as ChannelPlatform) !== null);

  async function getRow(workspaceId: number, accountId: number) {
    const row = await findAccountRow(db, workspaceId, accountId);
    if (!row) throw AppError.notFound('account');
    return row;
  }

  async function getSandbox(workspaceId: number, accountId: number) {
    const row = await getRow(workspaceId, accountId);
    if (row.platform !== 'sandbox')
      throw AppError.validation([{ path: 'accountId', message: `account ${accountId} is not a sandbox account` }]);
    return row;
  }

  return {
    async list(workspaceId: number, brandId?: number): Promise<OwnedAccount[]> {
      let q = selectAccounts(db, workspaceId);
      if (brandId !== undefined) q = q.where('a.brand_id', '=', brandId);
      return (await q.orderBy('b.name').orderBy('a.platform').orderBy('a.handle').execute()).map(view);
    },

    async get(workspaceId: number, accountId: number): Promise<OwnedAccount> {
      return view(await getRow(workspaceId, accountId));
    },

    /** What a channel call acts as; the outbox resolves its items' accounts through this. */
    async accountRef(workspaceId: number, accountId: number): Promise<AccountRef & { brandId: number }> {
      const row = await getRow(workspaceId, accountId);
      return { id: row.id, workspaceId, platform: row.platform as ChannelPlatform, handle: row.handle, brandId: row.brand_id };
    },

    async create(
      workspaceId: number,
      input: Required<Pick<OwnedAccountInput, 'brandId' | 'platform' | 'handle' | 'displayName'>> & {
        avatarUrl?: string | null | undefined;
      },
      actor: Actor,
    ): Promise<OwnedAccount> {
      const brand = await db
        .selectFrom('brands')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', input.brandId)
        .executeTakeFirst();
      if (!brand) throw AppError.validation([{ path: 'brandId', message: `no brand ${input.brandId} in this workspace` }]);
      const now = clock.now();
      const handle = normaliseHandle(input.handle);
      try {
        const id = await db.transaction().execute(async (trx) => {
          const row = await trx
            .insertInto('owned_accounts')
            .values({
              workspace_id: workspaceId,
              brand_id: input.brandId,
              platform: input.platform,
              handle,
              display_name: input.displayName,
              avatar_url: input.avatarUrl ?? null,
              created_at: now,
              updated_at: now,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await recordAudit(trx, actor, now, {
            workspaceId,
            action: 'account.created',
            targetType: 'owned_account',
            targetId: row.id,
            details: { platform: input.platform, handle, brandId: input.brandId },
          });
          // Whoever adds an account may post as it; everyone else is granted the right by name.
          if (actor.userId !== null) await grantPublisher(trx, { workspaceId, accountId: row.id, userId: actor.userId }, actor, now);
          return row.id;
        });
        return view(await getRow(workspaceId, id));
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('conflict', `@${handle} on ${input.platform} is already an owned account`);
        throw error;
      }
    },

    async update(
      workspaceId: number,
      accountId: number,
      patch: { displayName?: string | undefined; avatarUrl?: string | null | undefined },
      actor: Actor,
    ): Promise<OwnedAccount> {
      await getRow(workspaceId, accountId);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('owned_accounts')
          .set({
            ...(patch.displayName !== undefined && { display_name: patch.displayName }),
            ...(patch.avatarUrl !== undefined && { avatar_url: patch.avatarUrl }),
            updated_at: now,
          })
          .where('id', '=', accountId)
          .execute();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'account.updated',
          targetType: 'owned_account',
          targetId: accountId,
          details: patch,
        });
      });
      return view(await getRow(workspaceId, accountId));
    },

    async publishers(workspaceId: number, accountId: number): Promise<Publisher[]> {
      await getRow(workspaceId, accountId);
      return listPublishers(db, workspaceId, accountId);
    },

    async grantPublisher(workspaceId: number, accountId: number, userId: number, actor: Actor): Promise<Publisher[]> {
      await getRow(workspaceId, accountId);
      const now = clock.now();
      await db.transaction().execute((trx) => grantPublisher(trx, { workspaceId, accountId, userId }, actor, now));
      return listPublishers(db, workspaceId, accountId);
    },

    async revokePublisher(workspaceId: number, accountId: number, userId: number, actor: Actor): Promise<Publisher[]> {
      await getRow(workspaceId, accountId);
      const now = clock.now();
      await db.transaction().execute((trx) => revokePublisher(trx, { workspaceId, accountId, userId }, actor, now));
      return listPublishers(db, workspaceId, accountId);
    },

    async sandboxPosts(workspaceId: number, accountId: number): Promise<SandboxPost[]> {
      await getSandbox(workspaceId, accountId);
      return listSandboxPosts(db, accountId, config.publicUrl);
    },

    async setSandboxFailures(workspaceId: number, accountId: number, failures: SandboxFailures, actor: Actor): Promise<void> {
      await getSandbox(workspaceId, accountId);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await setSandboxFailures(trx, accountId, failures);
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'sandbox.failures_set',
          targetType: 'owned_account',
          targetId: accountId,
          details: failures,
        });
      });
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
