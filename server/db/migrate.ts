import { type Kysely, type MigrationResultSet, Migrator, PostgresAdapter, sql } from 'kysely';
import { MIGRATIONS } from './migrations';

type AnyKysely = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * On PostgreSQL the migration tables live in the connection's own schema, named explicitly: unnamed,
 * the migrator takes a `kysely_migration` table in any other schema of the database (another
 * installation's, or a test's) for its own and never creates one here.
 */
async function migratorFor(db: AnyKysely): Promise<Migrator> {
  const provider = { getMigrations: () => Promise.resolve(MIGRATIONS) };
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return new Migrator({ db, provider });
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  return new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
}

function unwrap(result: MigrationResultSet): string[] {
  if (result.error) throw result.error instanceof Error ? result.error : new Error(JSON.stringify(result.error));
  return (result.results ?? []).map((r) => `${r.direction === 'Up' ? 'applied' : 'reverted'} ${r.migrationName}`);
}

export async function migrateToLatest(db: AnyKysely): Promise<string[]> {
  return unwrap(await (await migratorFor(db)).migrateToLatest());
}

export async function migrateDown(db: AnyKysely): Promise<string[]> {
  return unwrap(await (await migratorFor(db)).migrateDown());
}

/** Migrations not yet applied; an empty list means the schema is current. */
export async function pendingMigrations(db: AnyKysely): Promise<string[]> {
  const all = await (await migratorFor(db)).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
