import { sql } from 'kysely';
import { dialectOf } from '../dialect';
import { type AnyDb, notNull, ref, withId } from './migration-kit';

export async function up(db: AnyDb): Promise<void> {
  const pg = dialectOf(db) === 'postgres';

  await withId(db, db.schema.createTable('workspaces'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', notNull)
    .addColumn('created_at', 'bigint', notNull)
    .execute();

  await withId(db, db.schema.createTable('users'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', notNull)
    .addColumn('password_hash', 'text', notNull)
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('id'))
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('disabled_at', 'bigint')
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('user_id', 'bigint', ref('users'))
    .addColumn('role', 'text', notNull)
    .addColumn('created_at', 'bigint', notNull)
    .addPrimaryKeyConstraint('memberships_pk', ['workspace_id', 'user_id'])
    .execute();
  await db.schema.createIndex('memberships_user_idx').on('memberships').column('user_id').execute();

  await withId(db, db.schema.createTable('invitations'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('email', 'text', notNull)
    .addColumn('role', 'text', notNull)
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('invited_by', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('expires_at', 'bigint', notNull)
    .addColumn('accepted_at', 'bigint')
    .execute();
  await db.schema.createIndex('invitations_workspace_idx').on('invitations').columns(['workspace_id', 'email']).execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'bigint', ref('users'))
    .addColumn('csrf_token', 'text', notNull)
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('expires_at', 'bigint', notNull)
    .addColumn('last_seen_at', 'bigint', notNull)
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('setup_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('expires_at', 'bigint', notNull)
    .addColumn('used_at', 'bigint')
    .execute();

  await withId(db, db.schema.createTable('api_tokens'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('name', 'text', notNull)
    .addColumn('prefix', 'text', notNull)
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('scopes', 'text', notNull)
    .addColumn('created_by', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('last_used_at', 'bigint')
    .addColumn('revoked_at', 'bigint')
    .execute();
  await db.schema.createIndex('api_tokens_workspace_idx').on('api_tokens').column('workspace_id').execute();

  await withId(db, db.schema.createTable('login_attempts'))
    .addColumn('key', 'text', notNull)
    .addColumn('attempted_at', 'bigint', notNull)
    .execute();
  await db.schema.createIndex('login_attempts_key_idx').on('login_attempts').columns(['key', 'attempted_at']).execute();

  await withId(db, db.schema.createTable('brands'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('name', 'text', notNull)
    .addColumn('kind', 'text', notNull)
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    .addUniqueConstraint('brands_workspace_name_uq', ['workspace_id', 'name'])
    .execute();

  await withId(db, db.schema.createTable('watch_queries'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('brand_id', 'bigint', ref('brands'))
    .addColumn('name', 'text', notNull)
    .addColumn('query', 'text', notNull)
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    .execute();
  await db.schema.createIndex('watch_queries_brand_idx').on('watch_queries').columns(['workspace_id', 'brand_id']).execute();

  await withId(db, db.schema.createTable('authors'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('platform', 'text', notNull)
    .addColumn('handle', 'text', notNull)
    .addColumn('name', 'text')
    .addColumn('followers', 'bigint')
    .addColumn('first_seen_at', 'bigint', notNull)
    .addColumn('last_seen_at', 'bigint', notNull)
    .addUniqueConstraint('authors_identity_uq', ['workspace_id', 'platform', 'handle'])
    .execute();

  const mentions = pg
    ? db.schema.createTable('mentions').addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : // a plain rowid alias (no AUTOINCREMENT): the fastest insert path on SQLite
      db.schema.createTable('mentions').addColumn('id', 'integer', (c) => c.primaryKey());
  await mentions
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('platform', 'text', notNull)
    .addColumn('external_id', 'text', notNull)
    .addColumn('url', 'text')
    .addColumn('author_id', 'bigint', (c) => c.references('authors.id').onDelete('set null'))
    .addColumn('author_handle', 'text')
    .addColumn('text', 'text', notNull)
    .addColumn('language', 'text')
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('ingested_at', 'bigint', notNull)
    .addColumn('likes', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('comments', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('shares', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('views', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('reach', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('parent_external_id', 'text')
    .addColumn('thread_external_id', 'text')
    .addColumn('raw', 'text')
    .addUniqueConstraint('mentions_identity_uq', ['workspace_id', 'platform', 'external_id'])
    .execute();
  await createMentionIndexes(db);

  await db.schema
    .createTable('mention_brands')
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('brand_id', 'bigint', ref('brands'))
    .addColumn('mention_id', 'bigint', ref('mentions'))
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('query_ids', 'text', notNull)
    .addPrimaryKeyConstraint('mention_brands_pk', ['mention_id', 'brand_id'])
    .execute();
  await db.schema
    .createIndex('mention_brands_timeline_idx')
    .on('mention_brands')
    .columns(['workspace_id', 'brand_id', 'created_at', 'mention_id'])
    .execute();

  await withId(db, db.schema.createTable('audit_log'))
    .addColumn('workspace_id', 'bigint', (c) => c.references('workspaces.id').onDelete('cascade'))
    .addColumn('actor_user_id', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('actor_token_id', 'bigint', (c) => c.references('api_tokens.id').onDelete('set null'))
    .addColumn('action', 'text', notNull)
    .addColumn('target_type', 'text')
    .addColumn('target_id', 'text')
    .addColumn('details', 'text')
    .addColumn('ip', 'text')
    .addColumn('created_at', 'bigint', notNull)
    .execute();
  await db.schema.createIndex('audit_log_workspace_idx').on('audit_log').columns(['workspace_id', 'id']).execute();

  await createFullTextSearch(db);
}

/** The indexes that keep the Mentions page fast; the ingest benchmark builds the same ones. */
export async function createMentionIndexes(db: AnyDb): Promise<void> {
  const index = (name: string, columns: string[]) => db.schema.createIndex(name).on('mentions').columns(columns).execute();
  await index('mentions_timeline_idx', ['workspace_id', 'created_at', 'id']);
  await index('mentions_platform_idx', ['workspace_id', 'platform', 'created_at']);
  await index('mentions_language_idx', ['workspace_id', 'language', 'created_at']);
  await index('mentions_author_idx', ['workspace_id', 'author_handle', 'created_at']);
}

/** FTS5 on SQLite; a stored tsvector (Indonesian or English by the mention's language) on PostgreSQL. */
export async function createFullTextSearch(db: AnyDb): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`alter table mentions add column search_vector tsvector generated always as (
      to_tsvector(case when language = 'en' then 'english'::regconfig else 'indonesian'::regconfig end, text)
    ) stored`.execute(db);
    await sql`create index mentions_search_idx on mentions using gin (search_vector)`.execute(db);
    return;
  }
  await sql`create virtual table mentions_fts using fts5(
    text, content='mentions', content_rowid='id', tokenize="unicode61 remove_diacritics 2"
  )`.execute(db);
  await sql`create trigger mentions_fts_ai after insert on mentions begin
    insert into mentions_fts(rowid, text) values (new.id, new.text);
  end`.execute(db);
  await sql`create trigger mentions_fts_ad after delete on mentions begin
    insert into mentions_fts(mentions_fts, rowid, text) values ('delete', old.id, old.text);
  end`.execute(db);
  await sql`create trigger mentions_fts_au after update of text on mentions begin
    insert into mentions_fts(mentions_fts, rowid, text) values ('delete', old.id, old.text);
    insert into mentions_fts(rowid, text) values (new.id, new.text);
  end`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  if (dialectOf(db) === 'sqlite') await sql`drop table if exists mentions_fts`.execute(db);
  for (const table of [
    'audit_log',
    'mention_brands',
    'mentions',
    'authors',
    'watch_queries',
    'brands',
    'login_attempts',
    'api_tokens',
    'setup_tokens',
    'sessions',
    'invitations',
    'memberships',
    'users',
    'workspaces',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
