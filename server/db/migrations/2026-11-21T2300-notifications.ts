import { type AnyDb, notNull, ref, withId } from './migration-kit';

/** Notification channels, the messages sent through them, and one delivery per (channel, message). */
export async function up(db: AnyDb): Promise<void> {
  await withId(db, db.schema.createTable('notification_channels'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('name', 'text', notNull)
    .addColumn('kind', 'text', notNull)
    .addColumn('enabled', 'integer', notNull)
    // JSON settings that may be shown; the credentials are in `secrets`, sealed (server/security/secret-box.ts).
    .addColumn('config', 'text', notNull)
    .addColumn('secrets', 'text', notNull)
    .addColumn('created_by', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    // Deleted channels stay, so the delivery log keeps naming them.
    .addColumn('deleted_at', 'bigint')
    .execute();
  await db.schema.createIndex('notification_channels_workspace_idx').on('notification_channels').columns(['workspace_id', 'id']).execute();

  await withId(db, db.schema.createTable('notification_messages'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('kind', 'text', notNull)
    .addColumn('severity', 'text', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('body', 'text', notNull)
    .addColumn('link', 'text')
    .addColumn('language', 'text', notNull)
    .addColumn('dedupe_key', 'text', notNull)
    .addColumn('created_at', 'bigint', notNull)
    .execute();
  await db.schema
    .createIndex('notification_messages_dedupe_idx')
    .on('notification_messages')
    .columns(['workspace_id', 'dedupe_key'])
    .unique()
    .execute();

  await withId(db, db.schema.createTable('notification_deliveries'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('channel_id', 'bigint', ref('notification_channels'))
    .addColumn('message_id', 'bigint', ref('notification_messages'))
    // queued → sending → sent | retrying → … | failed
    .addColumn('status', 'text', notNull)
    .addColumn('attempts', 'integer', notNull)
    .addColumn('max_attempts', 'integer', notNull)
    .addColumn('last_error', 'text')
    .addColumn('response_status', 'integer')
    .addColumn('provider_message_id', 'text')
    .addColumn('next_attempt_at', 'bigint')
    // While `sending`, the claim expires at this time, so a crashed process's delivery is picked up again.
    .addColumn('lease_until', 'bigint')
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    .addColumn('sent_at', 'bigint')
    .execute();
  // One delivery per channel and message: a message is never sent twice to the same channel.
  await db.schema
    .createIndex('notification_deliveries_once_idx')
    .on('notification_deliveries')
    .columns(['channel_id', 'message_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('notification_deliveries_due_idx')
    .on('notification_deliveries')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema.createIndex('notification_deliveries_log_idx').on('notification_deliveries').columns(['workspace_id', 'id']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['notification_deliveries', 'notification_messages', 'notification_channels']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
