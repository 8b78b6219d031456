import { type Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestDatabase, createTestDatabase } from '../../test/support/database';
import { testDialects } from '../../test/support/dialects';
import { migrateDown, migrateToLatest, pendingMigrations } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Database } from './schema';

const ALL = Object.keys(MIGRATIONS);

async function tablesOf(db: Kysely<Database>, dialect: string): Promise<string[]> {
  const rows =
    dialect === 'postgres'
      ? await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(
          db,
        )
      : await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db);
  return rows.rows
    .map((r) => r.name)
    .filter((n) => !n.startsWith('kysely_') && !n.startsWith('mentions_fts_'))
    .sort();
}

/** Writes one row through every table a mention touches, so the schema is exercised, not just present. */
async function useSchema(db: Kysely<Database>): Promise<void> {
  const ws = await db
    .insertInto('workspaces')
    .values({ slug: 'toko', name: 'Toko', created_at: 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const brand = await db
    .insertInto('brands')
    .values({ workspace_id: ws.id, name: 'B', kind: 'own', description: '', created_at: 1, updated_at: 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const mention = await db
    .insertInto('mentions')
    .values({
      workspace_id: ws.id,
      platform: 'x',
      external_id: '1',
      url: null,
      author_id: null,
      author_handle: null,
      text: 'kecewanya',
      language: 'id',
      created_at: 1,
      ingested_at: 1,
      likes: 0,
      comments: 0,
      shares: 0,
      views: 0,
      reach: 0,
      parent_external_id: null,
      thread_external_id: null,
      raw: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('mention_brands')
    .values({ workspace_id: ws.id, brand_id: brand.id, mention_id: mention.id, created_at: 1, query_ids: '' })
    .execute();
  await db
    .insertInto('mention_engagement_snapshots')
    .values({ mention_id: mention.id, observed_at: 1, likes: 1, comments: 0, shares: 0, views: 0, reach: 0 })
    .execute();
}

describe.each(testDialects())('migrations (%s)', (dialect) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(dialect, { migrate: false });
  });
  afterEach(async () => {
    await database.destroy();
  });

  it('applies every migration on an empty database, and then has nothing pending', async () => {
    const { db } = database.handle;
    expect(await pendingMigrations(db)).toEqual(ALL);
    expect(await migrateToLatest(db)).toEqual(ALL.map((name) => `applied ${name}`));
    expect(await pendingMigrations(db)).toEqual([]);
    expect(await migrateToLatest(db)).toEqual([]);
  });

  it('goes up, down and up again, leaving a working schema', async () => {
    const { db } = database.handle;
    await migrateToLatest(db);
    const tables = await tablesOf(db, dialect);
    expect(tables).toEqual(
      expect.arrayContaining(['workspaces', 'users', 'memberships', 'mentions', 'mention_brands', 'audit_log', 'brands', 'watch_queries']),
    );
    await useSchema(db);

    for (let i = ALL.length - 1; i >= 0; i--) expect(await migrateDown(db)).toEqual([`reverted ${ALL[i]}`]);
    expect(await tablesOf(db, dialect)).toEqual([]);
    expect(await pendingMigrations(db)).toEqual(ALL);

    await migrateToLatest(db);
    expect(await tablesOf(db, dialect)).toEqual(tables);
    await useSchema(db);
    const count = await db
      .selectFrom('mentions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('gives mentions stored before engagement snapshots existed their first sighting from their own row', async () => {
    const { db } = database.handle;
    await migrateToLatest(db);
    while ((await tablesOf(db, dialect)).includes('mention_engagement_snapshots')) await migrateDown(db);
    const ws = await db.insertInto('workspaces').values({ slug: 'w', name: 'W', created_at: 1 }).returning('id').executeTakeFirstOrThrow();
    const counters = { likes: 7, comments: 2, shares: 1, views: 90, reach: 500 };
    const mention = await db
      .insertInto('mentions')
      .values({
        workspace_id: ws.id,
        platform: 'x',
        external_id: 'lama',
        url: null,
        author_id: null,
        author_handle: null,
        text: 'sebutan lama',
        language: 'id',
        created_at: 1_000,
        ingested_at: 5_000,
        ...counters,
        parent_external_id: null,
        thread_external_id: null,
        raw: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await migrateToLatest(db);
    const snapshots = await db.selectFrom('mention_engagement_snapshots').selectAll().execute();
    expect(snapshots).toEqual([{ mention_id: mention.id, observed_at: 5_000, ...counters }]);
  });

  it('keeps the full-text index in step with the mentions table after a round trip', async () => {
    const { db } = database.handle;
    await migrateToLatest(db);
    await migrateDown(db);
    await migrateToLatest(db);
    await useSchema(db);
    const match =
      dialect === 'postgres'
        ? await sql<{ id: number }>`select id from mentions where search_vector @@ websearch_to_tsquery('indonesian', 'kecewa')`.execute(db)
        : await sql<{ id: number }>`select rowid as id from mentions_fts where mentions_fts match '"kecewa"*'`.execute(db);
    expect(match.rows).toHaveLength(1);
  });
  it("keeps only replies in the replies index, and finds a post's replies through it", async () => {
    const { db } = database.handle;
    await migrateToLatest(db);
    const definition =
      dialect === 'postgres'
        ? await sql<{ sql: string }>`select indexdef as sql from pg_indexes where indexname = 'mentions_parent_idx'`.execute(db)
        : await sql<{ sql: string }>`select sql from sqlite_master where name = 'mentions_parent_idx'`.execute(db);
    expect(definition.rows[0]?.sql.toLowerCase()).toMatch(/where \(?"?parent_external_id"? is not null\)?/);
    if (dialect !== 'sqlite') return;
    const plan = await sql<{ detail: string }>`explain query plan select created_at from mentions
      where workspace_id = ${1} and platform = ${'x'} and parent_external_id = ${'post-1'} order by created_at`.execute(db);
    expect(plan.rows.map((r) => r.detail).join('\n')).toMatch(/USING (COVERING )?INDEX mentions_parent_idx/);
  });
  it('lets the creators of owned accounts made before publishing rights existed keep posting as them', async () => {
    const { db } = database.handle;
    await migrateToLatest(db);
    while ((await tablesOf(db, dialect)).includes('account_publishers')) await migrateDown(db);
    const ws = await db.insertInto('workspaces').values({ slug: 'w', name: 'W', created_at: 1 }).returning('id').executeTakeFirstOrThrow();
    const user = (email: string) =>
      db
        .insertInto('users')
        .values({ email, name: email, password_hash: 'x', locale: 'id', created_at: 1, disabled_at: null })
        .returning('id')
        .executeTakeFirstOrThrow();
    const creator = await user('pembuat@example.com');
    await user('lainnya@example.com');
    const brand = await db
      .insertInto('brands')
      .values({ workspace_id: ws.id, name: 'B', kind: 'own', description: '', created_at: 1, updated_at: 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const account = (handle: string) =>
      db
        .insertInto('owned_accounts')
        .values({
          workspace_id: ws.id,
          brand_id: brand.id,
          platform: 'sandbox',
          handle,
          display_name: handle,
          avatar_url: null,
          created_at: 1,
          updated_at: 1,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const byPerson = await account('oleh_orang');
    const byToken = await account('oleh_token');
    const audit = (targetId: number, actorUserId: number | null, at: number) =>
      db
        .insertInto('audit_log')
        .values({
          workspace_id: ws.id,
          actor_user_id: actorUserId,
          actor_token_id: null,
          action: 'account.created',
          target_type: 'owned_account',
          target_id: String(targetId),
          details: null,
          ip: null,
          created_at: at,
        })
        .execute();
    await audit(byPerson.id, creator.id, 1_000);
    await audit(byToken.id, null, 2_000);
    // An account deleted since: its audit entry stays and must not grant anything.
    await audit(9_999, creator.id, 3_000);

    await migrateToLatest(db);
    const rights = await db
      .selectFrom('account_publishers')
      .select(['workspace_id', 'account_id', 'user_id', 'granted_by', 'granted_at'])
      .execute();
    expect(
      rights.map((r) => ({
        ...r,
        workspace_id: Number(r.workspace_id),
        account_id: Number(r.account_id),
        user_id: Number(r.user_id),
        granted_by: Number(r.granted_by),
        granted_at: Number(r.granted_at),
      })),
    ).toEqual([{ workspace_id: ws.id, account_id: byPerson.id, user_id: creator.id, granted_by: creator.id, granted_at: 1_000 }]);
  });
});
