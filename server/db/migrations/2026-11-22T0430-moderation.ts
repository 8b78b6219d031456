import { type AnyDb, notNull, ref, withId } from './migration-kit';

/**
 * Moderation: each workspace's policy settings, and every hide, unhide, delete, block and unblock with who
 * asked for it, why (the proposal it followed or a reason typed against it), where it stands and the
 * outbox item that carries it; a reversal points at the action it undoes.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('moderation_settings')
    .addColumn('workspace_id', 'bigint', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('block_after', 'integer', notNull)
    .addColumn('window_ms', 'bigint', notNull)
    .addColumn('count_rude', 'integer', notNull)
    .addColumn('min_cluster_accounts', 'integer', notNull)
    .addColumn('updated_by', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'bigint', notNull)
    .execute();

  await withId(db, db.schema.createTable('moderation_actions'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('brand_id', 'bigint', ref('brands'))
    .addColumn('account_id', 'bigint', ref('owned_accounts'))
    .addColumn('mention_id', 'bigint', (c) => c.references('mentions.id').onDelete('set null'))
    .addColumn('action', 'text', notNull)
    .addColumn('target_external_id', 'text')
    .addColumn('author_handle', 'text')
    // JSON ModerationProposal the person saw, or null (bulk hides carry the cluster instead).
    .addColumn('proposal', 'text')
    .addColumn('followed_proposal', 'integer', notNull)
    .addColumn('reason', 'text')
    .addColumn('state', 'text', notNull)
    .addColumn('outbox_item_id', 'bigint', (c) => c.references('outbox_items.id').onDelete('set null'))
    .addColumn('reverses_id', 'bigint', (c) => c.references('moderation_actions.id').onDelete('set null'))
    .addColumn('bulk_key', 'text')
    .addColumn('error', 'text')
    .addColumn('created_by', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    .execute();
  await db.schema
    .createIndex('moderation_actions_workspace_idx')
    .on('moderation_actions')
    .columns(['workspace_id', 'created_at'])
    .execute();
  await db.schema.createIndex('moderation_actions_mention_idx').on('moderation_actions').columns(['mention_id']).execute();
  await db.schema.createIndex('moderation_actions_bulk_idx').on('moderation_actions').columns(['workspace_id', 'bulk_key']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['moderation_actions', 'moderation_settings']) await db.schema.dropTable(table).ifExists().execute();
}
