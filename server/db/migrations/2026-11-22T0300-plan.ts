import { type AnyDb, notNull, ref, withId } from './migration-kit';

/** The crisis plan: playbooks with immutable versions, the crisis team, the social media policy and its acknowledgements. */
export async function up(db: AnyDb): Promise<void> {
  await withId(db, db.schema.createTable('playbooks'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('crisis_type', 'text', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('language', 'text', notNull)
    // Which starter playbook this came from, so installing the starter library again adds only what is missing.
    .addColumn('starter_key', 'text')
    .addColumn('current_version', 'integer', notNull)
    .addColumn('archived_at', 'bigint')
    .addColumn('created_by', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    .execute();
  await db.schema.createIndex('playbooks_workspace_idx').on('playbooks').columns(['workspace_id', 'crisis_type']).execute();

  // Versions are never changed: an edit is a new version, so an incident can name the one it followed.
  await withId(db, db.schema.createTable('playbook_versions'))
    .addColumn('playbook_id', 'bigint', ref('playbooks'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('version', 'integer', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('steps', 'text', notNull)
    .addColumn('note', 'text', notNull)
    .addColumn('saved_by', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('saved_at', 'bigint', notNull)
    .addUniqueConstraint('playbook_versions_version_uq', ['playbook_id', 'version'])
    .execute();

  // A null crisis type is the assignment for every type; a type's own assignment for a role wins.
  await withId(db, db.schema.createTable('crisis_team_assignments'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('crisis_type', 'text')
    .addColumn('role', 'text', notNull)
    .addColumn('user_id', 'bigint', ref('users'))
    .addColumn('deputy_user_ids', 'text', notNull)
    .addColumn('updated_by', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'bigint', notNull)
    .execute();
  await db.schema
    .createIndex('crisis_team_workspace_idx')
    .on('crisis_team_assignments')
    .columns(['workspace_id', 'crisis_type', 'role'])
    .execute();

  await withId(db, db.schema.createTable('policy_versions'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('version', 'integer', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('language', 'text', notNull)
    .addColumn('body', 'text', notNull)
    .addColumn('note', 'text', notNull)
    .addColumn('published_by', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('published_at', 'bigint', notNull)
    .addUniqueConstraint('policy_versions_version_uq', ['workspace_id', 'version'])
    .execute();

  await db.schema
    .createTable('policy_acknowledgements')
    .addColumn('policy_version_id', 'bigint', ref('policy_versions'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('user_id', 'bigint', ref('users'))
    .addColumn('acknowledged_at', 'bigint', notNull)
    .addPrimaryKeyConstraint('policy_acknowledgements_pk', ['policy_version_id', 'user_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['policy_acknowledgements', 'policy_versions', 'crisis_team_assignments', 'playbook_versions', 'playbooks']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
