import type { AnyDb } from './migration-kit';

/**
 * A workspace's detector generation: an import of history makes the series rules relearn, and another
 * process (the server, while `siaga import` runs beside it) keeps their states cached. Each relearning adds
 * one; a process that sees the number change reads the states again instead of writing its old ones back.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('workspaces')
    .addColumn('detector_generation', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('workspaces').dropColumn('detector_generation').execute();
}
