import { type AnyDb, notNull, ref, withId } from './migration-kit';

/** The response inbox: its settings, items, notes, replies, who has an item open, and questions to experts. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('inbox_settings')
    .addColumn('workspace_id', 'bigint', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    // JSON InboxSettingsValue (core/messaging/inbox/inbox-rules.ts)
    .addColumn('settings', 'text', notNull)
    .addColumn('updated_by', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'bigint', notNull)
    .execute();

  await withId(db, db.schema.createTable('inbox_items'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('mention_id', 'bigint', ref('mentions'))
    .addColumn('brand_id', 'bigint', (c) => c.references('brands.id').onDelete('set null'))
    // JSON array of InboxReason
    .addColumn('reasons', 'text', notNull)
    .addColumn('priority', 'text', notNull)
    .addColumn('status', 'text', notNull)
    .addColumn('assignee_id', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('due_at', 'bigint', notNull)
    .addColumn('first_response_at', 'bigint')
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    .addUniqueConstraint('inbox_items_mention_uq', ['workspace_id', 'mention_id'])
    .execute();
  await db.schema.createIndex('inbox_items_status_idx').on('inbox_items').columns(['workspace_id', 'status', 'due_at']).execute();

  await withId(db, db.schema.createTable('inbox_notes'))
    .addColumn('item_id', 'bigint', ref('inbox_items'))
    .addColumn('author_id', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body', 'text', notNull)
    .addColumn('created_at', 'bigint', notNull)
    .execute();
  await db.schema.createIndex('inbox_notes_item_idx').on('inbox_notes').columns(['item_id', 'created_at']).execute();

  await withId(db, db.schema.createTable('inbox_replies'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('item_id', 'bigint', ref('inbox_items'))
    .addColumn('account_id', 'bigint', (c) => c.references('owned_accounts.id').onDelete('set null'))
    .addColumn('text', 'text', notNull)
    .addColumn('template_id', 'bigint')
    .addColumn('template_version', 'integer')
    // in_review, rejected, queued, sent, failed, answered_elsewhere
    .addColumn('status', 'text', notNull)
    // Why it needed approval: incident, role; null when it did not.
    .addColumn('approval_reason', 'text')
    .addColumn('author_id', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('approver_id', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decision_comment', 'text')
    .addColumn('decided_at', 'bigint')
    .addColumn('incident_id', 'bigint')
    .addColumn('outbox_item_id', 'bigint')
    .addColumn('error', 'text')
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    .execute();
  await db.schema.createIndex('inbox_replies_item_idx').on('inbox_replies').columns(['item_id']).execute();
  await db.schema.createIndex('inbox_replies_status_idx').on('inbox_replies').columns(['workspace_id', 'status']).execute();

  // Who has an item open (or is drafting on it) right now: a heartbeat that expires.
  await db.schema
    .createTable('inbox_presence')
    .addColumn('item_id', 'bigint', ref('inbox_items'))
    .addColumn('user_id', 'bigint', ref('users'))
    .addColumn('drafting', 'integer', notNull)
    .addColumn('seen_at', 'bigint', notNull)
    .addPrimaryKeyConstraint('inbox_presence_pk', ['item_id', 'user_id'])
    .execute();

  await withId(db, db.schema.createTable('inbox_expert_requests'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('item_id', 'bigint', ref('inbox_items'))
    .addColumn('contact_id', 'bigint', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('contact_name', 'text', notNull)
    .addColumn('contact_email', 'text', notNull)
    .addColumn('question', 'text', notNull)
    .addColumn('locale', 'text', notNull)
    .addColumn('token_hash', 'text', notNull)
    .addColumn('expires_at', 'bigint', notNull)
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'bigint')
    .addColumn('created_by', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', notNull)
    .addUniqueConstraint('inbox_expert_requests_token_uq', ['token_hash'])
    .execute();
  await db.schema.createIndex('inbox_expert_requests_item_idx').on('inbox_expert_requests').columns(['item_id']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['inbox_expert_requests', 'inbox_presence', 'inbox_replies', 'inbox_notes', 'inbox_items', 'inbox_settings']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
