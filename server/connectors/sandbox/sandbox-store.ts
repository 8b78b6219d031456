import type { Kysely } from 'kysely';
import type { SandboxFailures, SandboxPost } from '../../../core/api';
import type { ChannelAction } from '../../../core/channels';
import type { Database } from '../../db/schema';

export const sandboxExternalId = (id: number) => `sbx-${id}`;
/** Where the post shows in the web app's sandbox page. */
export const sandboxUrl = (publicUrl: string, workspaceId: number, accountId: number, id: number) =>
  `${publicUrl}/w/${workspaceId}/sandbox/${accountId}#${sandboxExternalId(id)}`;

type Row = Awaited<ReturnType<typeof selectPosts>>[number];
function selectPosts(db: Kysely<Database>, accountId: number) {
  return db.selectFrom('sandbox_posts').selectAll().where('account_id', '=', accountId).orderBy('id', 'desc').limit(500).execute();
}

export function toSandboxPost(r: Row, publicUrl: string): SandboxPost {
  return {
    id: r.id,
    accountId: r.account_id,
    action: r.action as ChannelAction,
    externalId: sandboxExternalId(r.id),
    text: r.text,
    targetExternalId: r.target_external_id,
    authorHandle: r.author_handle,
    idempotencyKey: r.idempotency_key,
    url: sandboxUrl(publicUrl, r.workspace_id, r.account_id, r.id),
    createdAt: r.created_at,
  };
}

/** What the sandbox account recorded, newest first. */
export async function listSandboxPosts(db: Kysely<Database>, accountId: number, publicUrl: string): Promise<SandboxPost[]> {
  return (await selectPosts(db, accountId)).map((r) => toSandboxPost(r, publicUrl));
}

/** Replaces whatever failures were pending; a count of 0 clears them. */
export async function setSandboxFailures(db: Kysely<Database>, accountId: number, failures: SandboxFailures): Promise<void> {
  await db.deleteFrom('sandbox_failures').where('account_id', '=', accountId).execute();
  if (failures.count === 0) return;
  await db
    .insertInto('sandbox_failures')
    .values({ account_id: accountId, remaining: failures.count, retryable: failures.retryable ? 1 : 0, message: failures.message })
    .execute();
}

/** Uses up one pending failure, if any; the conditional update keeps two callers from sharing one. */
export async function takeFailure(db: Kysely<Database>, accountId: number): Promise<{ retryable: boolean; message: string } | null> {
  const row = await db.selectFrom('sandbox_failures').selectAll().where('account_id', '=', accountId).executeTakeFirst();
  if (!row || row.remaining <= 0) return null;
  const taken = await db
    .updateTable('sandbox_failures')
    .set({ remaining: row.remaining - 1 })
    .where('account_id', '=', accountId)
    .where('remaining', '=', row.remaining)
    .executeTakeFirst();
  if (Number(taken.numUpdatedRows) === 0) return takeFailure(db, accountId);
  return { retryable: row.retryable === 1, message: row.message };
}
