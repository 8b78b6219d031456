import { type AnyDb, notNull, ref, withId } from './migration-kit';

/**
 * Who may post as which owned account. Nobody speaks for the brand by holding a role alone: the right is
 * granted per account, and the account's creator holds it from the start (backfilled here).
 */
export async function up(db: AnyDb): Promise<void> {
  await withId(db, db.schema.createTable('account_publishers'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('account_id', 'bigint', ref('owned_accounts'))
    .addColumn('user_id', 'bigint', ref('users'))
    .addColumn('granted_by', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('granted_at', 'bigint', notNull)
    .addUniqueConstraint('account_publishers_uq', ['account_id', 'user_id'])
    .execute();
  await db.schema.createIndex('account_publishers_user_idx').on('account_publishers').columns(['user_id']).execute();

  // Accounts made before rights existed: whoever created them (by the audit log) may keep posting.
  const created = await db
    .selectFrom('audit_log')
    .select(['workspace_id', 'target_id', 'actor_user_id', 'created_at'])
    .where('action', '=', 'account.created')
    .where('actor_user_id', 'is not', null)
    .execute();
  for (const row of created) {
    const account = await db.selectFrom('owned_accounts').select('id').where('id', '=', Number(row.target_id)).executeTakeFirst();
    if (!account || row.workspace_id === null) continue;
    await db
      .insertInto('account_publishers')
      .values({
        workspace_id: row.workspace_id,
        account_id: account.id,
        user_id: row.actor_user_id,
        granted_by: row.actor_user_id,
        granted_at: row.created_at,
      })
      .onConflict((oc) => oc.columns(['account_id', 'user_id']).doNothing())
      .execute();
  }
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('account_publishers').ifExists().execute();
}
