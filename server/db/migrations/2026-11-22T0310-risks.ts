import { type AnyDb, notNull, ref, withId } from './migration-kit';

/** The risk register: what could go wrong, how likely and how bad, who watches it and when it is next reviewed. */
export async function up(db: AnyDb): Promise<void> {
  await withId(db, db.schema.createTable('risks'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('title', 'text', notNull)
    .addColumn('description', 'text', notNull)
    .addColumn('category', 'text', notNull)
    .addColumn('likelihood', 'integer', notNull)
    .addColumn('impact', 'integer', notNull)
    .addColumn('owner_user_id', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    // A JSON array of short texts.
    .addColumn('early_signs', 'text', notNull)
    .addColumn('mitigation', 'text', notNull)
    // No foreign key: playbooks are versioned elsewhere and a removed one leaves a dangling link the screen shows.
    .addColumn('playbook_id', 'bigint')
    .addColumn('review_due_at', 'bigint')
    .addColumn('last_reviewed_at', 'bigint')
    .addColumn('created_by', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    .execute();
  await db.schema.createIndex('risks_workspace_idx').on('risks').columns(['workspace_id', 'id']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('risks').ifExists().execute();
}
