import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { type MentionInput, MentionInputSchema } from '../core/api';
import { openDatabase } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';

/**
 * The raw-insert limit: the same `mentions` table, indexes and full-text index (from the real
 * migrations), filled with one prepared INSERT per row in transactions of the import's batch size, the
 * full-text index filled once per batch as the store fills it (`store-sqlite.ts`). Rows are converted to
 * column values beforehand, so only SQLite's own work is timed.
 */
const COLUMNS = [
  'workspace_id',
  'platform',
  'external_id',
  'url',
  'author_handle',
  'text',
  'language',
  'created_at',
  'ingested_at',
  'likes',
  'comments',
  'shares',
  'views',
  'reach',
  'parent_external_id',
  'thread_external_id',
  'raw',
] as const;

export type RawRow = (string | number | null)[];

/** Column values as the pipeline stores them (same normalisation, same raw payload). */
export function toRawRows(mentions: readonly MentionInput[], workspaceId: number, ingestedAt: number): RawRow[] {
  return mentions.map((input) => {
    const r = MentionInputSchema.parse(input);
    const handle = r.authorHandle?.replace(/^@+/, '').toLowerCase() || null;
    return [
      workspaceId,
      r.platform,
      r.externalId,
      r.url ?? null,
      handle,
      r.text,
      r.language ?? null,
      r.createdAt,
      ingestedAt,
      r.likes ?? 0,
      r.comments ?? 0,
      r.shares ?? 0,
      r.views ?? 0,
      r.reach ?? r.authorFollowers ?? 0,
      r.parentId ?? null,
      r.threadId ?? null,
      JSON.stringify(input),
    ];
  });
}

/** Per-connection settings copied from the server's own connection, so both stores do the same durable work. */
const CONNECTION_PRAGMAS = [
  'synchronous',
  'foreign_keys',
  'busy_timeout',
  'cache_size',
  'temp_store',
  'wal_autocheckpoint',
  'mmap_size',
  'journal_size_limit',
];

export interface RawStore {
  file: string;
  workspaceId: number;
  pragmas: Record<string, number>;
}

/** Runs the real migrations in `dataDir` through the server's own connection and adds the rows' workspace. */
export async function prepareRawStore(dataDir: string, now: number): Promise<RawStore> {
  const handle = openDatabase({ dataDir });
  try {
    await migrateToLatest(handle.db);
    const workspace = await handle.db
      .insertInto('workspaces')
      .values({ slug: 'raw', name: 'Raw insert', created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const pragmas: Record<string, number> = {};
    for (const name of CONNECTION_PRAGMAS) {
      const { rows } = await sql<Record<string, number>>`pragma ${sql.raw(name)}`.execute(handle.db);
      const value = rows[0] ? Object.values(rows[0])[0] : undefined;
      if (typeof value === 'number') pragmas[name] = value;
    }
    return { file: path.join(dataDir, 'siaga.db'), workspaceId: workspace.id, pragmas };
  } finally {
    await handle.close();
  }
}

/** Inserts every row; duplicates are skipped as the pipeline skips them. Returns rows inserted. */
export function insertRawRows(store: RawStore, rows: readonly RawRow[], batchSize: number): number {
  const sqlite = new SqliteDatabase(store.file);
  try {
    // journal_mode = WAL is stored in the file; the rest is per connection.
    for (const [name, value] of Object.entries(store.pragmas)) sqlite.pragma(`${name} = ${value}`);
    const insert = sqlite.prepare(
      `insert into mentions (${COLUMNS.join(', ')}) values (${COLUMNS.map(() => '?').join(', ')})
       on conflict (workspace_id, platform, external_id) do nothing`,
    );
    const defer = sqlite.prepare('insert into mentions_fts_deferred (since) values (0)');
    const fill = sqlite.prepare(
      'insert into mentions_fts (rowid, text) select id, text from mentions where id in (select value from json_each(?))',
    );
    const resume = sqlite.prepare('delete from mentions_fts_deferred');
    const insertBatch = sqlite.transaction((batch: readonly RawRow[]) => {
      defer.run();
      const ids: number[] = [];
      for (const row of batch) {
        const result = insert.run(row);
        if (result.changes > 0) ids.push(Number(result.lastInsertRowid));
      }
      fill.run(JSON.stringify(ids));
      resume.run();
      return ids.length;
    });
    let inserted = 0;
    for (let i = 0; i < rows.length; i += batchSize) inserted += insertBatch(rows.slice(i, i + batchSize));
    return inserted;
  } finally {
    sqlite.close();
  }
}
