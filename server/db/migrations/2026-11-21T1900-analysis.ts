import { type AnyDb, notNull, ref, withId } from './migration-kit';

const ANALYSIS_COLUMNS = [
  ['sentiment', 'text'],
  ['sentiment_negative', 'real'],
  ['sentiment_neutral', 'real'],
  ['sentiment_positive', 'real'],
  // model | workspace (the shipped model with the workspace's adjustment) | corrected (a person said so)
  ['sentiment_source', 'text'],
  ['categories', 'text'],
  ['categories_corrected', 'integer'],
  ['toxicity', 'real'],
  ['spam', 'integer'],
  ['cluster_key', 'text'],
  ['key_phrases', 'text'],
  ['analysis_version', 'text'],
] as const;

/** Every mention carries its analysis; corrections and workspace rules adapt it. */
export async function up(db: AnyDb): Promise<void> {
  for (const [name, type] of ANALYSIS_COLUMNS) await db.schema.alterTable('mentions').addColumn(name, type).execute();
  // No index on sentiment: every label is common enough that the list finds a page by walking the timeline,
  // and an index would cost every insert (measured: ~6% of a 50k import).
  await db.schema.createIndex('mentions_cluster_idx').on('mentions').columns(['workspace_id', 'cluster_key', 'created_at']).execute();

  // One row per (mention, category): the category filter and later rollups walk an index, not JSON.
  await db.schema
    .createTable('mention_categories')
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('mention_id', 'bigint', ref('mentions'))
    .addColumn('category', 'text', notNull)
    .addColumn('created_at', 'bigint', notNull)
    .addPrimaryKeyConstraint('mention_categories_pk', ['mention_id', 'category'])
    .execute();
  await db.schema
    .createIndex('mention_categories_timeline_idx')
    .on('mention_categories')
    .columns(['workspace_id', 'category', 'created_at', 'mention_id'])
    .execute();

  await withId(db, db.schema.createTable('analysis_corrections'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('mention_id', 'bigint', ref('mentions'))
    .addColumn('field', 'text', notNull)
    .addColumn('predicted', 'text', notNull)
    .addColumn('corrected', 'text', notNull)
    .addColumn('text', 'text', notNull)
    .addColumn('user_id', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', notNull)
    .execute();
  await db.schema
    .createIndex('analysis_corrections_workspace_idx')
    .on('analysis_corrections')
    .columns(['workspace_id', 'field', 'id'])
    .execute();

  await db.schema
    .createTable('workspace_analysis')
    .addColumn('workspace_id', 'bigint', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('category_rules', 'text')
    .addColumn('sentiment_adjustment', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'bigint', notNull)
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['workspace_analysis', 'analysis_corrections', 'mention_categories']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.schema.dropIndex('mentions_cluster_idx').ifExists().execute();
  for (const [name] of [...ANALYSIS_COLUMNS].reverse()) await db.schema.alterTable('mentions').dropColumn(name).execute();
}
