import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCliWorkspace, runCli } from '../../test/support/cli';
import { testDialects } from '../../test/support/dialects';
import { type makeTempDir } from '../../test/support/factories';

describe.skipIf(!testDialects().includes('sqlite'))('siaga plan install-starter (SQLite)', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let env: NodeJS.ProcessEnv;
  let dbFile: string;

  beforeEach(async () => {
    ({ tmp, env, dbFile } = await createCliWorkspace());
  });
  afterEach(() => tmp.remove());

  it('adds only the starter playbooks a workspace lacks, in the language asked for', { timeout: 60_000 }, async () => {
    const db = new SqliteDatabase(dbFile);
    const titles = () => db.prepare('select title from playbooks order by id').all() as { title: string }[];
    // The new workspace got the Indonesian library; take two away as if it predated them.
    expect(titles()).toHaveLength(10);
    db.prepare("delete from playbooks where starter_key in ('hoax', 'service-outage')").run();

    const added = await runCli(['plan', 'install-starter', '--workspace', 'toko-maju', '--language', 'en'], env);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('added: Hoax or misinformation (hoax)');
    expect(added.stdout).toContain('Toko Maju: 2 starter playbooks added, 8 kept as they were');
    expect(titles().map((t) => t.title)).toContain('Service outage');
    expect(titles().map((t) => t.title)).toContain('Krisis umum');
    db.close();

    const bad = await runCli(['plan', 'install-starter', '--language', 'fr'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--language');
  });
});
