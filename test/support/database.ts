import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../../server/db/database';
import type { DialectName } from '../../server/db/dialect';
import { migrateToLatest } from '../../server/db/migrate';

export interface TestDatabase {
  handle: DatabaseHandle;
  dataDir: string;
  databaseUrl: string | undefined;
  schema: string | undefined;
  /** Closes the connection and removes the files or schema. */
  destroy(): Promise<void>;
}

/** A fresh, migrated database: a temporary SQLite file, or a new schema on the test PostgreSQL. */
export async function createTestDatabase(dialect: DialectName, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siaga-test-'));
  let schema: string | undefined;
  let databaseUrl: string | undefined;
  if (dialect === 'postgres') {
    databaseUrl = process.env.TEST_DATABASE_URL;
    if (!databaseUrl) throw new Error('TEST_DATABASE_URL is not set');
    schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`create schema ${schema}`);
    await client.end();
  }
  const handle = openDatabase({ dataDir, databaseUrl, schema, maxConnections: 4 });
  if (options.migrate !== false) await migrateToLatest(handle.db);
  return {
    handle,
    dataDir,
    databaseUrl,
    schema,
    async destroy() {
      await handle.close();
      if (schema && databaseUrl) {
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        await client.query(`drop schema ${schema} cascade`);
        await client.end();
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
