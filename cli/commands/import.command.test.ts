import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliEnv, openSqliteReader, runCli, spawnCli } from '../../test/support/cli';
import { testDialects } from '../../test/support/dialects';
import { makeTempDir } from '../../test/support/factories';

const T0 = Date.UTC(2026, 10, 1, 8, 0, 0);

/**
 * `total` JSON lines: every 100th line repeats the line 50 above it (a duplicate in the file), and
 * the lines in `badLines` have a date nobody can read. Returns the file and the distinct good ids.
 */
function writeMentionsFile(file: string, total: number, badLines: readonly number[]): Set<string> {
  const lines: string[] = [];
  const distinct = new Set<string>();
  for (let line = 1; line <= total; line++) {
    if (line % 100 === 0) {
      lines.push(lines[line - 51] as string);
      continue;
    }
    const bad = badLines.includes(line);
    const row = {
      platform: 'twitter',
      externalId: `e${line}`,
      text: `Antrean cabang ${line % 97} lama, kecewa ${line}`,
      createdAt: bad ? 'kemarin' : T0 - line * 1000,
      authorHandle: `warga${line % 400}`,
      language: 'id',
    };
    lines.push(JSON.stringify(row));
    if (!bad) distinct.add(row.externalId);
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return distinct;
}

// The CLI runs on its default store; a PostgreSQL-only run (TEST_DIALECTS=postgres) skips it.
describe.skipIf(!testDialects().includes('sqlite'))('siaga import (SQLite)', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let dataDir: string;
  let env: NodeJS.ProcessEnv;

  beforeEach(async () => {
    tmp = makeTempDir('siaga-cli-');
    dataDir = path.join(tmp.dir, 'data');
    env = cliEnv(dataDir);
    const created = await runCli(
      ['user', 'create', '--email', 'owner@example.com', '--workspace', 'Toko Maju', '--password', 'rahasia-sekali-123'],
      env,
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('Created workspace "Toko Maju" (id 1), owned by owner@example.com.');
  });
  afterEach(() => {
    tmp.remove();
  });

  it('loses and duplicates nothing when killed midway and run again', { timeout: 90_000 }, async () => {
    const TOTAL = 30_000;
    const BAD = [7, 15_001, 29_999];
    const file = path.join(tmp.dir, 'mentions.jsonl');
    const distinct = writeMentionsFile(file, TOTAL, BAD);
    expect(distinct.size).toBe(TOTAL - TOTAL / 100 - BAD.length);

    const reader = openSqliteReader(path.join(dataDir, 'siaga.db'));
    const run = spawnCli(['import', file, '--workspace', 'toko-maju', '--batch-size', '500', '--no-progress'], env);
    const deadline = Date.now() + 60_000;
    // Wait until a few batches are committed, then pull the plug.
    while (reader.count('mentions') < 1500 && run.child.exitCode === null && Date.now() < deadline) await sleep(5);
    run.child.kill('SIGKILL');
    const killed = await run.done;
    const storedAtKill = reader.count('mentions');
    reader.close();
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.stdout).not.toContain('Imported:');
    expect(storedAtKill).toBeGreaterThanOrEqual(1500);
    expect(storedAtKill, 'the import finished before it could be killed').toBeLessThan(distinct.size);

    const rerun = await runCli(['import', file, '--batch-size', '500', '--no-progress'], env);
    expect(rerun.stderr).toBe('');
    expect(rerun.code).toBe(0);
    const imported = distinct.size - storedAtKill;
    const duplicates = TOTAL - BAD.length - imported;
    expect(rerun.stdout).toContain(`Imported: ${imported}  Duplicates skipped: ${duplicates}  Rejected: 3  (rows read: ${TOTAL})`);
    for (const line of BAD) expect(rerun.stdout).toMatch(new RegExp(`^ {2}line ${line}\\b.*createdAt.*kemarin`, 'm'));

    const after = openSqliteReader(path.join(dataDir, 'siaga.db'));
    try {
      expect(after.count('mentions')).toBe(distinct.size);
      expect(after.count('mentions', 'workspace_id = 1')).toBe(distinct.size);
    } finally {
      after.close();
    }
  });

  it('prints the summary and every rejected row with its line number, and writes the report', async () => {
    const file = tmp.file(
      'ekspor.csv',
      [
        '\uFEFFpesan;waktu;kode',
        'Bagus;2026-10-31T01:00:00Z;k1',
        'Rusak;kemarin;k2',
        ';2026-10-31T01:00:00Z;k3',
        'Lagi;2026-10-31T02:00:00Z;k4',
        '',
      ].join('\n'),
    );
    const report = path.join(tmp.dir, 'ditolak.csv');
    const res = await runCli(
      [
        'import',
        file,
        '--map',
        'text=pesan,createdAt=waktu,externalId=kode',
        '--platform',
        'instagram',
        '--report',
        report,
        '--no-progress',
      ],
      env,
    );
    expect(res.code).toBe(0);
    const lines = res.stdout.trim().split('\n');
    expect(lines[0]).toBe('Imported: 2  Duplicates skipped: 0  Rejected: 2  (rows read: 4)');
    expect(lines[1]).toMatch(/^ {2}line 3\b.*createdAt.*kemarin/);
    expect(lines[2]).toMatch(/^ {2}line 4\b.*text/);
    expect(lines[3]).toBe(`Rejected rows written to ${report}`);
    const written = fs.readFileSync(report, 'utf8').trim().split('\n');
    expect(written[0]).toBe('line,field,reason');
    expect(written.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['3,createdAt', '4,text']);

    const again = await runCli(
      ['import', file, '--map', 'text=pesan,createdAt=waktu,externalId=kode', '--platform', 'instagram', '--no-progress'],
      env,
    );
    expect(again.stdout).toContain('Imported: 0  Duplicates skipped: 2  Rejected: 2');
  });

  it('analyses every imported mention in the compiled analysis workers', async () => {
    const file = tmp.file(
      'ulasan.jsonl',
      ['Kecewa banget, paketnya rusak dan telat 😡', 'Pelayanannya ramah dan cepat, mantap!', 'Promo hari ini sampai jam 9']
        .map((text, i) => JSON.stringify({ platform: 'twitter', externalId: `u${i}`, text, createdAt: T0 + i }))
        .join('\n'),
    );
    const res = await runCli(['import', file, '--no-progress'], { ...env, SIAGA_ANALYSIS_WORKERS: '2' });
    expect(res.stderr).toBe('');
    expect(res.stdout).toContain('Imported: 3');
    const reader = openSqliteReader(path.join(dataDir, 'siaga.db'));
    try {
      expect(reader.count('mentions', "sentiment is not null and language = 'id' and cluster_key is not null")).toBe(3);
      expect(reader.count('mentions', "external_id = 'u0' and sentiment = 'negative'")).toBe(1);
      expect(reader.count('mentions', "external_id = 'u1' and sentiment = 'positive'")).toBe(1);
    } finally {
      reader.close();
    }
  });

  it('stops with exit code 2 and a plain message on bad arguments', async () => {
    const missing = await runCli(['import', path.join(tmp.dir, 'tidak-ada.jsonl'), '--no-progress'], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^File not found: .*tidak-ada\.jsonl\n$/);
    const file = tmp.file('x.jsonl', '{}\n');
    const badMap = await runCli(['import', file, '--map', 'teks=pesan', '--no-progress'], env);
    expect(badMap.code).toBe(2);
    expect(badMap.stderr).toMatch(/unknown field "teks"/);
    const noWorkspace = await runCli(['import', file, '--workspace', 'lain', '--no-progress'], env);
    expect(noWorkspace.code).toBe(2);
    expect(noWorkspace.stderr).toMatch(/No workspace "lain"; there are: 1 \(toko-maju\)/);
  });
});
