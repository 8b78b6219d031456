import { sql } from 'kysely';
import { dialectOf } from '../dialect';
import type { AnyDb } from './migration-kit';

/**
 * SQLite: lets the bulk store fill the full-text index once per batch. FTS5 writes its pending terms out
 * at every statement's savepoint, so the insert trigger, run once per inserted row, made it write and
 * merge a tiny index segment per mention: about as much work as the rest of the insert. The trigger
 * now stands aside while `mentions_fts_deferred` holds a row, which the bulk store (`store-sqlite.ts`)
 * adds and removes inside its own transaction, filling the index for its batch in one statement in
 * between. No other connection ever sees that row, and every other insert still goes through the trigger.
 * PostgreSQL keeps its generated search column.
 */
export async function up(db: AnyDb): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  await sql`create table mentions_fts_deferred (since integer not null)`.execute(db);
  await sql`drop trigger mentions_fts_ai`.execute(db);
  await sql`create trigger mentions_fts_ai after insert on mentions
    when not exists (select 1 from mentions_fts_deferred)
  begin
    insert into mentions_fts(rowid, text) values (new.id, new.text);
  end`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  await sql`drop trigger mentions_fts_ai`.execute(db);
  await sql`create trigger mentions_fts_ai after insert on mentions begin
    insert into mentions_fts(rowid, text) values (new.id, new.text);
  end`.execute(db);
  await sql`drop table mentions_fts_deferred`.execute(db);
}
