import type { AnyDb } from './migration-kit';

/** The replies and reshares of one post, which the virality forecast reads for every post that gets new ones. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex('mentions_parent_idx')
    .on('mentions')
    .columns(['workspace_id', 'platform', 'parent_external_id', 'created_at'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('mentions_parent_idx').ifExists().execute();
}
