import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** A prepared statement on the SQLite connection, as the hot paths use it. */
export interface SqliteStatement {
  run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

/** Prepares statements on the connection; a statement is prepared once per SQL text and kept. */
export interface SqliteSession {
  prepare(sql: string): SqliteStatement;
}

interface SqliteHandle {
  prepare(sql: string): SqliteStatement;
  transaction<T>(work: () => T): () => T;
}

const handles = new WeakMap<Kysely<Database>, SqliteHandle>();

/** Called where the connection is opened, so hot paths can reach it from the Kysely instance they are given. */
export function registerSqliteHandle(db: Kysely<Database>, handle: SqliteHandle): void {
  handles.set(db, handle);
}

/**
 * Runs `work` in one transaction with prepared statements on the SQLite connection behind `db`, or
 * returns null when `db` is not SQLite. Kysely compiles a query each time it runs, which for a batch of
 * thousands of rows costs more than SQLite's own work; a statement prepared once and run per row does not.
 * Kysely's connection is held meanwhile, so no other query can fall inside the transaction.
 */
export async function runSqliteTransaction<T>(db: Kysely<Database>, work: (session: SqliteSession) => T): Promise<T | null> {
  const handle = handles.get(db);
  if (!handle) return null;
  return db.connection().execute(() => Promise.resolve(handle.transaction(() => work(handle))()));
}

/**
 * Inserts rows of one shape (the first row's columns) into `table`, a table with an `id` key, on SQLite: one
 * prepared statement run per row in one transaction; a row that conflicts on `conflictColumns` is skipped.
 * Answers the new rows' ids, or null when `db` is not SQLite (the caller then inserts through Kysely).
 */
export function insertRowsOnSqlite(
  db: Kysely<Database>,
  table: keyof Database,
  rows: readonly Record<string, unknown>[],
  conflictColumns: readonly string[],
): Promise<number[] | null> {
  const columns = Object.keys(rows[0] ?? {});
  const statement = `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})
    on conflict (${conflictColumns.join(', ')}) do nothing returning id`;
  return runSqliteTransaction(db, (session) => {
    const insert = session.prepare(statement);
    const ids: number[] = [];
    for (const row of rows) {
      const inserted = insert.get(...columns.map((c) => row[c] ?? null)) as { id: number } | undefined;
      if (inserted) ids.push(Number(inserted.id));
    }
    return ids;
  });
}
