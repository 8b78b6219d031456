import { type AnyDb, notNull, ref, withId } from './migration-kit';

/** The message library: templates, their immutable versions with the approval state, and comments. */
export async function up(db: AnyDb): Promise<void> {
  await withId(db, db.schema.createTable('message_templates'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    // `starter.<crisis type>.<kind>` for starter content, shared by its languages; null for our own.
    .addColumn('key', 'text')
    .addColumn('name', 'text', notNull)
    .addColumn('crisis_type', 'text', notNull)
    .addColumn('kind', 'text', notNull)
    .addColumn('channel', 'text', notNull)
    .addColumn('language', 'text', notNull)
    .addColumn('approval_mode', 'text', notNull)
    /** JSON array of user ids, in order for `sequence`. */
    .addColumn('approver_ids', 'text', notNull)
    .addColumn('valid_for_days', 'integer')
    .addColumn('latest_version', 'integer', notNull)
    .addColumn('created_by', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    .addColumn('archived_at', 'bigint')
    .execute();
  await db.schema.createIndex('message_templates_workspace_idx').on('message_templates').columns(['workspace_id', 'crisis_type']).execute();
  await db.schema
    .createIndex('message_templates_key_idx')
    .on('message_templates')
    .columns(['workspace_id', 'key', 'language'])
    .unique()
    .execute();

  await withId(db, db.schema.createTable('message_template_versions'))
    .addColumn('template_id', 'bigint', ref('message_templates'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('version', 'integer', notNull)
    // Body, author, time and change note never change once written; only the review moves on.
    .addColumn('body', 'text', notNull)
    .addColumn('change_note', 'text', notNull)
    .addColumn('author_id', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('status', 'text', notNull)
    /** JSON array of the current review's decisions. */
    .addColumn('decisions', 'text', notNull)
    .addColumn('submitted_at', 'bigint')
    .addColumn('approved_at', 'bigint')
    .addColumn('expires_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('message_template_versions_idx')
    .on('message_template_versions')
    .columns(['template_id', 'version'])
    .unique()
    .execute();

  await withId(db, db.schema.createTable('message_template_comments'))
    .addColumn('template_id', 'bigint', ref('message_templates'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('version', 'integer', notNull)
    .addColumn('author_id', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body', 'text', notNull)
    .addColumn('created_at', 'bigint', notNull)
    .execute();
  await db.schema.createIndex('message_template_comments_idx').on('message_template_comments').columns(['template_id']).execute();

  // Marks a workspace whose starter library was installed, so deleting starter templates is respected.
  await db.schema
    .createTable('message_library_setups')
    .addColumn('workspace_id', 'bigint', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('installed_at', 'bigint', notNull)
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['message_library_setups', 'message_template_comments', 'message_template_versions', 'message_templates']) {
    await db.schema.dropTable(table).execute();
  }
}
