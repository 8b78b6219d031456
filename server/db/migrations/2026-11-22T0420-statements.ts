import { type AnyDb, notNull, ref, withId } from './migration-kit';

/**
 * Statements (one text, many channels), their revisions and approvals, a receipt per delivery, the
 * public update page per brand, its email subscribers and the attempts to subscribe (rate limit).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('statement_settings')
    .addColumn('workspace_id', 'bigint', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('two_person_rule', 'integer', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    .execute();

  await withId(db, db.schema.createTable('update_pages'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('brand_id', 'bigint', ref('brands'))
    .addColumn('slug', 'text', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('language', 'text', notNull)
    .addColumn('enabled', 'integer', notNull)
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    .addUniqueConstraint('update_pages_slug_uq', ['slug'])
    .addUniqueConstraint('update_pages_brand_uq', ['brand_id'])
    .execute();

  await withId(db, db.schema.createTable('statements'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('brand_id', 'bigint', ref('brands'))
    .addColumn('incident_id', 'bigint', (c) => c.references('incidents.id').onDelete('set null'))
    .addColumn('language', 'text', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('body', 'text', notNull)
    .addColumn('template_id', 'bigint', (c) => c.references('message_templates.id').onDelete('set null'))
    .addColumn('template_version', 'integer')
    // JSON: { [channelKey]: text }
    .addColumn('variants', 'text', notNull)
    // JSON: StatementTargets
    .addColumn('targets', 'text', notNull)
    .addColumn('state', 'text', notNull)
    .addColumn('required_approvals', 'integer', notNull)
    .addColumn('round', 'integer', notNull)
    .addColumn('revision', 'integer', notNull)
    .addColumn('scheduled_at', 'bigint')
    .addColumn('next_update_at', 'bigint')
    .addColumn('reminded_at', 'bigint')
    .addColumn('rejection_comment', 'text')
    .addColumn('author_id', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    .addColumn('published_at', 'bigint')
    .execute();
  await db.schema.createIndex('statements_workspace_idx').on('statements').columns(['workspace_id', 'created_at']).execute();
  await db.schema.createIndex('statements_due_idx').on('statements').columns(['state', 'scheduled_at']).execute();

  await withId(db, db.schema.createTable('statement_approvals'))
    .addColumn('statement_id', 'bigint', ref('statements'))
    .addColumn('round', 'integer', notNull)
    .addColumn('user_id', 'bigint', ref('users'))
    .addColumn('decision', 'text', notNull)
    .addColumn('comment', 'text')
    .addColumn('at', 'bigint', notNull)
    .addUniqueConstraint('statement_approvals_uq', ['statement_id', 'round', 'user_id'])
    .execute();

  await withId(db, db.schema.createTable('statement_revisions'))
    .addColumn('statement_id', 'bigint', ref('statements'))
    .addColumn('revision', 'integer', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('body', 'text', notNull)
    .addColumn('reason', 'text')
    .addColumn('created_by', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('emails_reported_at', 'bigint')
    .addUniqueConstraint('statement_revisions_uq', ['statement_id', 'revision'])
    .execute();

  await withId(db, db.schema.createTable('update_subscribers'))
    .addColumn('page_id', 'bigint', ref('update_pages'))
    .addColumn('email', 'text', notNull)
    .addColumn('language', 'text', notNull)
    .addColumn('confirm_token_hash', 'text')
    .addColumn('confirm_expires_at', 'bigint')
    .addColumn('confirmed_at', 'bigint')
    .addColumn('unsubscribed_at', 'bigint')
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    .addUniqueConstraint('update_subscribers_uq', ['page_id', 'email'])
    .execute();
  await db.schema.createIndex('update_subscribers_token_idx').on('update_subscribers').columns(['confirm_token_hash']).execute();

  await withId(db, db.schema.createTable('statement_deliveries'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('statement_id', 'bigint', ref('statements'))
    .addColumn('revision', 'integer', notNull)
    .addColumn('channel', 'text', notNull)
    .addColumn('account_id', 'bigint', (c) => c.references('owned_accounts.id').onDelete('set null'))
    .addColumn('subscriber_id', 'bigint', (c) => c.references('update_subscribers.id').onDelete('set null'))
    .addColumn('recipient', 'text')
    .addColumn('outbox_item_id', 'bigint', (c) => c.references('outbox_items.id').onDelete('set null'))
    .addColumn('idempotency_key', 'text', notNull)
    .addColumn('state', 'text', notNull)
    .addColumn('attempts', 'integer', notNull)
    .addColumn('next_attempt_at', 'bigint')
    .addColumn('external_id', 'text')
    .addColumn('url', 'text')
    .addColumn('error', 'text')
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    .addColumn('sent_at', 'bigint')
    .addUniqueConstraint('statement_deliveries_key_uq', ['workspace_id', 'idempotency_key'])
    .execute();
  await db.schema.createIndex('statement_deliveries_due_idx').on('statement_deliveries').columns(['state', 'next_attempt_at']).execute();
  await db.schema.createIndex('statement_deliveries_statement_idx').on('statement_deliveries').columns(['statement_id']).execute();

  await withId(db, db.schema.createTable('update_subscription_attempts'))
    .addColumn('page_id', 'bigint', ref('update_pages'))
    .addColumn('client_key', 'text', notNull)
    .addColumn('at', 'bigint', notNull)
    .execute();
  await db.schema
    .createIndex('update_subscription_attempts_idx')
    .on('update_subscription_attempts')
    .columns(['page_id', 'client_key', 'at'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'update_subscription_attempts',
    'statement_deliveries',
    'update_subscribers',
    'statement_revisions',
    'statement_approvals',
    'statements',
    'update_pages',
    'statement_settings',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
