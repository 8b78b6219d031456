import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCliWorkspace, runCli } from '../../test/support/cli';
import { testDialects } from '../../test/support/dialects';
import { type makeTempDir } from '../../test/support/factories';

describe.skipIf(!testDialects().includes('sqlite'))('siaga statements (SQLite)', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let env: NodeJS.ProcessEnv;
  let dbFile: string;

  beforeEach(async () => {
    ({ tmp, env, dbFile } = await createCliWorkspace({ SIAGA_PUBLIC_URL: 'https://siaga.example' }));
  });
  afterEach(() => tmp.remove());

  it('lists statements with their approvals and the pages with a subscriber count, and runs a pass', { timeout: 60_000 }, async () => {
    const db = new SqliteDatabase(dbFile);
    const ws = (db.prepare('select id from workspaces').get() as { id: number }).id;
    const brand = db
      .prepare("insert into brands (workspace_id, name, kind, description, created_at, updated_at) values (?, 'Rasamie', 'own', '', 0, 0)")
      .run(ws).lastInsertRowid;
    db.prepare(
      "insert into update_pages (workspace_id, brand_id, slug, title, language, enabled, created_at, updated_at) values (?, ?, 'rasamie', 'Info', 'id', 1, 0, 0)",
    ).run(ws, brand);
    db.prepare(
      `insert into statements (workspace_id, brand_id, language, title, body, variants, targets, state, required_approvals, round, revision, created_at, updated_at)
       values (?, ?, 'id', 'Gangguan layanan', 'Kami mohon maaf.', '{}', '{"page":true}', 'in_review', 2, 1, 1, 0, 0)`,
    ).run(ws, brand);
    db.close();

    const list = await runCli(['statements', 'list'], env);
    expect(list.stderr).toBe('');
    expect(list.stdout).toMatch(/^\d+\tin_review\t0\/2\tRasamie\tGangguan layanan$/m);
    const pages = await runCli(['statements', 'pages'], env);
    expect(pages.stdout).toContain(
      'Rasamie\ton\thttps://siaga.example/updates/rasamie\thttps://siaga.example/updates/rasamie/feed.atom\t0 subscribers',
    );
    const send = await runCli(['statements', 'send'], env);
    expect(send.stdout).toContain('published 0; e-mails sent 0, retrying 0, failed 0; reminders 0');
  });
});
