import { type AnyDb, notNull, ref, withId } from './migration-kit';

/** The contacts directory: who to call inside and outside when a crisis breaks. */
export async function up(db: AnyDb): Promise<void> {
  await withId(db, db.schema.createTable('contacts'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('kind', 'text', notNull)
    .addColumn('name', 'text', notNull)
    .addColumn('organisation', 'text', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('topic', 'text')
    .addColumn('beat', 'text', notNull)
    .addColumn('region', 'text', notNull)
    .addColumn('email', 'text', notNull)
    // Private: only readers with contacts.read_private see these three.
    .addColumn('phone', 'text', notNull)
    .addColumn('whatsapp', 'text', notNull)
    .addColumn('notes', 'text', notNull)
    .addColumn('restricted', 'integer', notNull)
    .addColumn('created_by', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    .execute();
  await db.schema.createIndex('contacts_workspace_kind_idx').on('contacts').columns(['workspace_id', 'kind', 'name']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('contacts').ifExists().execute();
}
