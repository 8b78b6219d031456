import type { AnyDb } from './migration-kit';

/** Distinct accounts per brand and minute, for the unique-authors signal. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('signal_rollups')
    .addColumn('authors', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('signal_rollups').dropColumn('authors').execute();
}
