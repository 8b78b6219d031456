import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCliWorkspace, openSqliteReader, runCli } from '../../test/support/cli';
import { testDialects } from '../../test/support/dialects';
import { type makeTempDir } from '../../test/support/factories';

const T0 = Date.UTC(2026, 10, 1, 8, 0, 0);

describe.skipIf(!testDialects().includes('sqlite'))('siaga reanalyze (SQLite)', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let env: NodeJS.ProcessEnv;
  let dbFile: string;

  beforeEach(async () => {
    ({ tmp, env, dbFile } = await createCliWorkspace({ SIAGA_ANALYSIS_WORKERS: '0' }));
    const rows = ['Paketnya belum sampai juga, kecewa', 'Rasanya enak, mantap', 'Aplikasi error terus'].map((text, i) =>
      JSON.stringify({ platform: 'x', externalId: `r${i}`, text, createdAt: T0 - i }),
    );
    const imported = await runCli(['import', tmp.file('m.jsonl', `${rows.join('\n')}\n`), '--no-progress'], env);
    expect(imported.code).toBe(0);
  });
  afterEach(() => tmp.remove());

  it('analyses again only what is out of date, or everything with --all, and says how many', { timeout: 60_000 }, async () => {
    // Mentions stored before the analysis existed (or by an older model) have no analysis version.
    const db = new SqliteDatabase(dbFile);
    db.prepare("update mentions set analysis_version = null, sentiment = null where external_id = 'r0'").run();
    db.close();

    const stale = await runCli(['reanalyze', '--no-progress'], env);
    expect(stale.stderr).toBe('');
    expect(stale.code).toBe(0);
    expect(stale.stdout).toMatch(/Toko Maju: 1 mentions analysed \(version \S+\)/);

    const reader = openSqliteReader(dbFile);
    const analysed = reader.count('mentions', 'sentiment is not null');
    reader.close();
    expect(analysed).toBe(3);

    const all = await runCli(['reanalyze', '--all', '--workspace', 'toko-maju', '--no-progress'], env);
    expect(all.stdout).toContain('Toko Maju: 3 mentions analysed');

    const bad = await runCli(['reanalyze', '--batch-size', '0'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--batch-size');
  });
});
