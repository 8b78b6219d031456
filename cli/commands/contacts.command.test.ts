import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliEnv, openSqliteReader, runCli } from '../../test/support/cli';
import { testDialects } from '../../test/support/dialects';
import { makeTempDir } from '../../test/support/factories';

// The CLI runs on its default store; a PostgreSQL-only run (TEST_DIALECTS=postgres) skips it.
describe.skipIf(!testDialects().includes('sqlite'))('siaga contacts (SQLite)', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let env: NodeJS.ProcessEnv;
  let dataDir: string;

  // Each run of the CLI starts a process of its own, a few seconds on a busy machine.
  beforeEach(async () => {
    tmp = makeTempDir('siaga-cli-contacts-');
    dataDir = path.join(tmp.dir, 'data');
    env = cliEnv(dataDir);
    const created = await runCli(['user', 'create', '--email', 'owner@example.com', '--workspace', 'Toko Maju'], env);
    expect(created.code).toBe(0);
  }, 60_000);
  afterEach(() => tmp.remove());

  it('imports a CSV file reporting bad lines, skips known contacts on a second run, and exports vCard', async () => {
    const file = tmp.file(
      'kontak.csv',
      ['name,kind,email,phone', 'Sari,internal_emergency,sari@toko.example,0811111111', 'Salah,alien,,', 'Dedi,,dedi@mitra.example,'].join(
        '\n',
      ),
    );
    const dry = await runCli(['contacts', 'import', file, '--workspace', '1', '--kind', 'partner', '--dry-run'], env);
    expect(dry.stdout).toContain('Would import: 2  Already known: 0  Rejected: 1  (read: 3)');
    const reader = openSqliteReader(path.join(dataDir, 'siaga.db'));
    try {
      expect(reader.count('contacts')).toBe(0);
      const first = await runCli(['contacts', 'import', file, '--kind', 'partner'], env);
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('Imported: 2  Already known: 0  Rejected: 1');
      expect(first.stdout).toMatch(/line 3: kind: Invalid option: expected one of "internal_emergency"/);
      expect(reader.count('contacts')).toBe(2);
      expect(reader.count('contacts', "kind = 'partner' and name = 'Dedi'")).toBe(1);
      const second = await runCli(['contacts', 'import', file, '--kind', 'partner'], env);
      expect(second.stdout).toContain('Imported: 0  Already known: 2');
      expect(reader.count('audit_log', "action = 'contacts.imported'")).toBe(2);
    } finally {
      reader.close();
    }
    const exported = await runCli(['contacts', 'export', '--format', 'vcard'], env);
    expect(exported.code).toBe(0);
    expect(exported.stdout.match(/BEGIN:VCARD/g)).toHaveLength(2);
    expect(exported.stdout).toContain('TEL;VALUE=uri;TYPE=cell:tel:0811111111');
  }, 60_000);

  it('refuses an unknown format or kind before touching the store', async () => {
    const file = tmp.file('kontak.txt', 'name\nSari\n');
    const unknown = await runCli(['contacts', 'import', file], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--format: cannot tell the format of kontak.txt');
    const badKind = await runCli(['contacts', 'import', file, '--format', 'csv', '--kind', 'teman'], env);
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toContain('--kind: expected one of');
  }, 60_000);
});

describe.skipIf(!testDialects().includes('sqlite'))('siaga plan-document (SQLite)', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let env: NodeJS.ProcessEnv;

  // Each run of the CLI starts a process of its own, a few seconds on a busy machine.
  beforeEach(async () => {
    tmp = makeTempDir('siaga-cli-plan-');
    env = cliEnv(path.join(tmp.dir, 'data'));
    expect((await runCli(['user', 'create', '--email', 'owner@example.com', '--workspace', 'Toko Maju'], env)).code).toBe(0);
  }, 60_000);
  afterEach(() => tmp.remove());

  it('writes the plan as Markdown with every contact field, and refuses a PDF without a file', async () => {
    const file = tmp.file('kontak.csv', 'name,kind,phone\nSari,internal_emergency,0811111111\n');
    expect((await runCli(['contacts', 'import', file], env)).code).toBe(0);
    const md = await runCli(['plan-document', '--language', 'en'], env);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('# Crisis Plan — Toko Maju');
    expect(md.stdout).toContain('| Sari | — | — | 0811111111 | — | — |');
    const pdf = await runCli(['plan-document', '--format', 'pdf'], env);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('--output');
  }, 60_000);
});
