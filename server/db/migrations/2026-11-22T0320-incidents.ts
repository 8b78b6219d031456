import type { ColumnDefinitionBuilder } from 'kysely';
import { type AnyDb, notNull, ref, withId } from './migration-kit';

/** Who did something; the record stays when the person's account goes. */
const userRef = (c: ColumnDefinitionBuilder) => c.references('users.id').onDelete('set null');

/** Incidents and their crisis room (team, tasks, fact sheets, evidence, timeline), and brand posting pauses. */
export async function up(db: AnyDb): Promise<void> {
  await withId(db, db.schema.createTable('incidents'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('brand_id', 'bigint', (c) => c.references('brands.id').onDelete('set null'))
    .addColumn('alert_id', 'bigint', (c) => c.references('alerts.id').onDelete('set null'))
    .addColumn('title', 'text', notNull)
    .addColumn('crisis_type', 'text', notNull)
    .addColumn('state', 'text', notNull)
    .addColumn('summary', 'text', notNull)
    .addColumn('severity', 'integer', notNull)
    .addColumn('severity_suggested', 'integer', notNull)
    .addColumn('severity_reason', 'text')
    // JSON: the numbers the suggestion was read from.
    .addColumn('assessment', 'text', notNull)
    .addColumn('resolution_summary', 'text')
    .addColumn('review_note', 'text')
    .addColumn('playbook_id', 'bigint')
    .addColumn('playbook_version', 'integer')
    .addColumn('playbook_title', 'text')
    .addColumn('declared_by', 'bigint', userRef)
    .addColumn('declared_at', 'bigint', notNull)
    .addColumn('resolved_at', 'bigint')
    .addColumn('reviewed_at', 'bigint')
    .addColumn('updated_at', 'bigint', notNull)
    .execute();
  await db.schema.createIndex('incidents_workspace_idx').on('incidents').columns(['workspace_id', 'declared_at']).execute();

  await withId(db, db.schema.createTable('incident_team'))
    .addColumn('incident_id', 'bigint', ref('incidents'))
    .addColumn('role', 'text', notNull)
    .addColumn('user_id', 'bigint', ref('users'))
    .addColumn('deputy_user_ids', 'text', notNull)
    .addUniqueConstraint('incident_team_role_user_uq', ['incident_id', 'role', 'user_id'])
    .execute();

  await withId(db, db.schema.createTable('incident_tasks'))
    .addColumn('incident_id', 'bigint', ref('incidents'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('position', 'integer', notNull)
    .addColumn('step_key', 'text')
    .addColumn('title', 'text', notNull)
    .addColumn('description', 'text', notNull)
    .addColumn('owner_role', 'text', notNull)
    .addColumn('assignee_user_id', 'bigint', userRef)
    .addColumn('due_at', 'bigint')
    // JSON [{ text, done }]
    .addColumn('checklist', 'text', notNull)
    .addColumn('template_ids', 'text', notNull)
    .addColumn('escalation', 'text', notNull)
    .addColumn('status', 'text', notNull)
    .addColumn('completed_at', 'bigint')
    .addColumn('completed_by', 'bigint', userRef)
    // Set once when the reminder or the escalation went out, so restarts never send them twice.
    .addColumn('reminded_at', 'bigint')
    .addColumn('escalated_at', 'bigint')
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    .execute();
  await db.schema.createIndex('incident_tasks_incident_idx').on('incident_tasks').columns(['incident_id', 'position']).execute();
  await db.schema.createIndex('incident_tasks_due_idx').on('incident_tasks').columns(['status', 'due_at']).execute();

  await withId(db, db.schema.createTable('incident_fact_sheets'))
    .addColumn('incident_id', 'bigint', ref('incidents'))
    .addColumn('version', 'integer', notNull)
    .addColumn('what_happened', 'text', notNull)
    .addColumn('what_we_know', 'text', notNull)
    .addColumn('what_we_do_not_know', 'text', notNull)
    .addColumn('what_we_are_doing', 'text', notNull)
    .addColumn('next_update_at', 'bigint')
    .addColumn('created_by', 'bigint', userRef)
    .addColumn('created_at', 'bigint', notNull)
    .addUniqueConstraint('incident_fact_sheets_version_uq', ['incident_id', 'version'])
    .execute();

  await db.schema
    .createTable('incident_evidence')
    .addColumn('incident_id', 'bigint', ref('incidents'))
    .addColumn('mention_id', 'bigint', ref('mentions'))
    .addColumn('added_by', 'bigint', userRef)
    .addColumn('added_at', 'bigint', notNull)
    .addPrimaryKeyConstraint('incident_evidence_pk', ['incident_id', 'mention_id'])
    .execute();

  await withId(db, db.schema.createTable('incident_timeline'))
    .addColumn('incident_id', 'bigint', ref('incidents'))
    .addColumn('at', 'bigint', notNull)
    .addColumn('kind', 'text', notNull)
    .addColumn('actor_user_id', 'bigint', userRef)
    .addColumn('details', 'text', notNull)
    .execute();
  await db.schema.createIndex('incident_timeline_idx').on('incident_timeline').columns(['incident_id', 'at', 'id']).execute();

  // A brand is paused while it has a pause that is not resumed; the outbox consults this before posting.
  await withId(db, db.schema.createTable('brand_pauses'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('brand_id', 'bigint', ref('brands'))
    .addColumn('reason', 'text', notNull)
    .addColumn('incident_id', 'bigint', (c) => c.references('incidents.id').onDelete('set null'))
    .addColumn('paused_by', 'bigint', userRef)
    .addColumn('paused_at', 'bigint', notNull)
    .addColumn('resumed_by', 'bigint', userRef)
    .addColumn('resumed_at', 'bigint')
    .execute();
  await db.schema.createIndex('brand_pauses_brand_idx').on('brand_pauses').columns(['workspace_id', 'brand_id', 'resumed_at']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'brand_pauses',
    'incident_timeline',
    'incident_evidence',
    'incident_fact_sheets',
    'incident_tasks',
    'incident_team',
    'incidents',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
