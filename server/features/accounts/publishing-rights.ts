import type { Kysely } from 'kysely';
import type { Publisher } from '../../../core/api';
import type { Database } from '../../db/schema';
import { AppError } from '../../errors';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';

export async function listPublishers(db: Kysely<Database>, workspaceId: number, accountId: number): Promise<Publisher[]> {
  const rows = await db
    .selectFrom('account_publishers as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['p.user_id', 'u.name', 'u.email', 'p.granted_by', 'p.granted_at'])
    .where('p.workspace_id', '=', workspaceId)
    .where('p.account_id', '=', accountId)
    .orderBy('u.name')
    .execute();
  return rows.map((r) => ({ userId: r.user_id, name: r.name, email: r.email, grantedBy: r.granted_by, grantedAt: r.granted_at }));
}

/** The accounts of the workspace `userId` may post as. */
export async function publishableAccountIds(db: Kysely<Database>, workspaceId: number, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('account_publishers')
    .select('account_id')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .execute();
  return rows.map((r) => r.account_id);
}

export async function holdsPublishingRight(db: Kysely<Database>, workspaceId: number, accountId: number, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('account_publishers')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', accountId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Refuses anyone but a person granted the right on this account. The system itself (the outbox worker,
 * a schedule) acts on what a person with the right already queued; an API token never posts.
 */
export async function assertMayPublish(db: Kysely<Database>, workspaceId: number, accountId: number, actor: Actor): Promise<void> {
  if (actor.userId === null && actor.tokenId === null) return;
  if (actor.userId !== null && (await holdsPublishingRight(db, workspaceId, accountId, actor.userId))) return;
  throw new AppError('forbidden', `You have no publishing right on owned account ${accountId}; an admin grants it per account`, {
    accountId,
  });
}

/** Grants the right (idempotent) inside the caller's transaction; the user must be a member. */
export async function grantPublisher(
  db: Kysely<Database>,
  grant: { workspaceId: number; accountId: number; userId: number },
  actor: Actor,
  now: number,
): Promise<boolean> {
  const member = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('workspace_id', '=', grant.workspaceId)
    .where('user_id', '=', grant.userId)
    .executeTakeFirst();
  if (!member) throw AppError.validation([{ path: 'userId', message: `user ${grant.userId} is not a member of this workspace` }]);
  const row = await db
    .insertInto('account_publishers')
    .values({
      workspace_id: grant.workspaceId,
      account_id: grant.accountId,
      user_id: grant.userId,
      granted_by: actor.userId,
      granted_at: now,
    })
    .onConflict((oc) => oc.columns(['account_id', 'user_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return false;
  await recordAudit(db, actor, now, {
    workspaceId: grant.workspaceId,
    action: 'account.publisher_granted',
    targetType: 'owned_account',
    targetId: grant.accountId,
    details: { userId: grant.userId },
  });
  return true;
}

export async function revokePublisher(
  db: Kysely<Database>,
  grant: { workspaceId: number; accountId: number; userId: number },
  actor: Actor,
  now: number,
): Promise<boolean> {
  const result = await db
    .deleteFrom('account_publishers')
    .where('workspace_id', '=', grant.workspaceId)
    .where('account_id', '=', grant.accountId)
    .where('user_id', '=', grant.userId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) return false;
  await recordAudit(db, actor, now, {
    workspaceId: grant.workspaceId,
    action: 'account.publisher_revoked',
    targetType: 'owned_account',
    targetId: grant.accountId,
    details: { userId: grant.userId },
  });
  return true;
}
