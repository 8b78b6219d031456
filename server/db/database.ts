import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DialectName } from './dialect';
import type { Database } from './schema';
import { registerSqliteHandle } from './sqlite-session';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where the data lives, for humans: a file path or a redacted URL. */
  location: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  /** Pool size on PostgreSQL. */
  maxConnections?: number;
  /** A PostgreSQL schema to work in instead of `public` (tests get one each). */
  schema?: string;
}

// Epoch-millisecond timestamps and counts are bigint columns; they fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** Pages the write-ahead log may hold before SQLite copies it into the database file (see openSqlite). */
const WAL_CHECKPOINT_PAGES = 10_000;

/** The one place connections are opened. */
export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.maxConnections ?? 10, options.schema)
    : openSqlite(options.dataDir);
}

function openSqlite(dataDir: string): DatabaseHandle {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'siaga.db');
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('temp_store = MEMORY');
  // The log is copied into the database (with a file sync) once it holds this many pages, 40 MB at 4 KB, not
  // SQLite's 1,000: a pipeline batch writes a few thousand pages, so the default copied, and synced, after
  // nearly every commit, and the pages several batches touch (index interiors, rollups) once per batch.
  sqlite.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
  const cached = withStatementCache(sqlite);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cached }) });
  registerSqliteHandle(db, { prepare: (text) => cached.prepare(text), transaction: (work) => sqlite.transaction(work) });
  return {
    db,
    dialect: 'sqlite',
    location: file,
    close: async () => {
      await db.destroy();
    },
  };
}

/**
 * Kysely prepares every query anew; compiling a 500-row insert costs more than running it, so
 * statements are kept by their SQL text (least recently used ones are dropped).
 */
function withStatementCache(sqlite: SqliteDatabase.Database, capacity = 256) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteDatabase.Statement {
      const cached = cache.get(sql);
      if (cached) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
      return statement;
    },
  };
}

function openPostgres(url: string, max: number, schema?: string): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    location: url.replace(/\/\/[^@/]*@/, '//***@'),
    close: async () => {
      await db.destroy();
    },
  };
}
