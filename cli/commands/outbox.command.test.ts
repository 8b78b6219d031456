import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCliWorkspace, runCli } from '../../test/support/cli';
import { testDialects } from '../../test/support/dialects';
import { type makeTempDir } from '../../test/support/factories';

describe.skipIf(!testDialects().includes('sqlite'))('siaga outbox send (SQLite)', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let env: NodeJS.ProcessEnv;
  let dbFile: string;

  beforeEach(async () => {
    ({ tmp, env, dbFile } = await createCliWorkspace());
  });
  afterEach(() => tmp.remove());

  it('sends a due post to the sandbox once and reports it', { timeout: 60_000 }, async () => {
    const db = new SqliteDatabase(dbFile);
    const ws = (db.prepare('select id from workspaces').get() as { id: number }).id;
    const brand = db
      .prepare("insert into brands (workspace_id, name, kind, description, created_at, updated_at) values (?, 'Rasamie', 'own', '', 0, 0)")
      .run(ws);
    const account = db
      .prepare(
        "insert into owned_accounts (workspace_id, brand_id, platform, handle, display_name, created_at, updated_at) values (?, ?, 'sandbox', 'rasamie', 'Rasamie', 0, 0)",
      )
      .run(ws, brand.lastInsertRowid);
    db.prepare(
      `insert into outbox_items (workspace_id, brand_id, account_id, kind, action, payload, idempotency_key, state, scheduled_at, attempts, next_attempt_at, created_at, updated_at)
       values (?, ?, ?, 'scheduled_post', 'publish', '{"text":"Halo","targetExternalId":null,"authorHandle":null,"source":null}', 'k1', 'queued', 0, 0, 0, 0, 0)`,
    ).run(ws, brand.lastInsertRowid, account.lastInsertRowid);
    db.close();

    const first = await runCli(['outbox', 'send'], env);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('sent 1, retrying 0, failed 0, held 0, released 0');
    const again = await runCli(['outbox', 'send'], env);
    expect(again.stdout).toContain('sent 0,');
    const check = new SqliteDatabase(dbFile);
    expect(check.prepare('select count(*) as n from sandbox_posts').get()).toEqual({ n: 1 });
    check.close();
  });
});
