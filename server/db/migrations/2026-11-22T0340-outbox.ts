import { type AnyDb, notNull, ref, withId } from './migration-kit';

/** Owned accounts, the sandbox channel's record of what it "posted", and the outbox. */
export async function up(db: AnyDb): Promise<void> {
  await withId(db, db.schema.createTable('owned_accounts'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('brand_id', 'bigint', ref('brands'))
    .addColumn('platform', 'text', notNull)
    .addColumn('handle', 'text', notNull)
    .addColumn('display_name', 'text', notNull)
    .addColumn('avatar_url', 'text')
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    .addUniqueConstraint('owned_accounts_handle_uq', ['workspace_id', 'platform', 'handle'])
    .execute();

  // The same idempotency key on the same account is one post, whatever happens.
  await withId(db, db.schema.createTable('sandbox_posts'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('account_id', 'bigint', ref('owned_accounts'))
    .addColumn('action', 'text', notNull)
    .addColumn('idempotency_key', 'text', notNull)
    .addColumn('text', 'text')
    .addColumn('target_external_id', 'text')
    .addColumn('author_handle', 'text')
    .addColumn('created_at', 'bigint', notNull)
    .addUniqueConstraint('sandbox_posts_key_uq', ['account_id', 'idempotency_key'])
    .execute();

  // Failures the sandbox has been told to answer next (drills, tests).
  await db.schema
    .createTable('sandbox_failures')
    .addColumn('account_id', 'bigint', (c) => c.primaryKey().references('owned_accounts.id').onDelete('cascade'))
    .addColumn('remaining', 'integer', notNull)
    .addColumn('retryable', 'integer', notNull)
    .addColumn('message', 'text', notNull)
    .execute();

  await withId(db, db.schema.createTable('outbox_items'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('brand_id', 'bigint', ref('brands'))
    .addColumn('account_id', 'bigint', ref('owned_accounts'))
    .addColumn('kind', 'text', notNull)
    .addColumn('action', 'text', notNull)
    // JSON: { text, targetExternalId, authorHandle, source }
    .addColumn('payload', 'text', notNull)
    .addColumn('idempotency_key', 'text', notNull)
    .addColumn('state', 'text', notNull)
    .addColumn('scheduled_at', 'bigint', notNull)
    .addColumn('attempts', 'integer', notNull)
    .addColumn('next_attempt_at', 'bigint')
    .addColumn('held_reason', 'text')
    .addColumn('receipt', 'text')
    .addColumn('error', 'text')
    .addColumn('created_by', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    .addColumn('sent_at', 'bigint')
    .addUniqueConstraint('outbox_items_key_uq', ['workspace_id', 'idempotency_key'])
    .execute();
  await db.schema.createIndex('outbox_items_due_idx').on('outbox_items').columns(['state', 'next_attempt_at']).execute();
  await db.schema.createIndex('outbox_items_workspace_idx').on('outbox_items').columns(['workspace_id', 'created_at']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['outbox_items', 'sandbox_failures', 'sandbox_posts', 'owned_accounts']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
