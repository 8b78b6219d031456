import { type Kysely, type MigrationResultSet, Migrator } from 'kysely';
import { MIGRATIONS } from './migrations';

type AnyKysely = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function migratorFor(db: AnyKysely): Migrator {
  return new Migrator({ db, provider: { getMigrations: () => Promise.resolve(MIGRATIONS) } });
}

function unwrap(result: MigrationResultSet): string[] {
  if (result.error) throw result.error instanceof Error ? result.error : new Error(JSON.stringify(result.error));
  return (result.results ?? []).map((r) => `${r.direction === 'Up' ? 'applied' : 'reverted'} ${r.migrationName}`);
}

export async function migrateToLatest(db: AnyKysely): Promise<string[]> {
  return unwrap(await migratorFor(db).migrateToLatest());
}

export async function migrateDown(db: AnyKysely): Promise<string[]> {
  return unwrap(await migratorFor(db).migrateDown());
}

/** Migrations not yet applied; an empty list means the schema is current. */
export async function pendingMigrations(db: AnyKysely): Promise<string[]> {
  const all = await migratorFor(db).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
