import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { T0, type TestApp, createTestApp, setupWorkspace } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { countRows, makeTempDir } from '../../../test/support/factories';
import { parseColumnMap } from './index';

const jsonl = (rows: unknown[]) => `${rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n')}\n`;

describe('parseColumnMap', () => {
  it('reads field=column pairs, trimmed, including nested JSON paths', () => {
    expect(parseColumnMap(' text = pesan,createdAt=waktu , authorHandle=user.screen_name')).toEqual({
      text: 'pesan',
      createdAt: 'waktu',
      authorHandle: 'user.screen_name',
    });
    expect(parseColumnMap(undefined)).toEqual({});
  });

  it('refuses unknown fields and pairs without a column', () => {
    expect(() => parseColumnMap('teks=pesan')).toThrow(/unknown field "teks"/);
    expect(() => parseColumnMap('text')).toThrow(/"text" is not field=column/);
    expect(() => parseColumnMap('text=')).toThrow(/not field=column/);
  });
});

describe.each(testDialects())('file import (%s)', (dialect) => {
  let t: TestApp;
  let workspaceId: number;
  let files: ReturnType<typeof makeTempDir>;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    ({ workspaceId } = await setupWorkspace(t));
    files = makeTempDir();
  });
  afterEach(async () => {
    files.remove();
    await t.destroy();
  });

  const importFile = (file: string, options: Partial<Parameters<TestApp['ctx']['services']['imports']['importFile']>[0]> = {}) =>
    t.ctx.services.imports.importFile({ workspaceId, file, format: file.endsWith('.csv') ? 'csv' : 'jsonl', ...options });
  const stored = async () =>
    (
      await t.ctx.db
        .selectFrom('mentions')
        .select(['platform', 'external_id', 'text', 'author_handle', 'created_at'])
        .orderBy('external_id')
        .execute()
    ).map((r) => ({ ...r }));

  it('imports a JSON Lines file, with a nested column mapped onto a field', async () => {
    const file = files.file(
      'tweets.jsonl',
      jsonl([
        { platform: 'twitter', id: 't1', full_text: 'Indomie enak', created_at: '2026-10-31T10:00:00Z', user: { screen_name: '@Budi' } },
        { platform: 'twitter', id: 't2', full_text: 'Antre lama', created_at: T0, user: { screen_name: 'sari' }, lang: 'id' },
      ]),
    );
    const summary = await importFile(file, { columns: parseColumnMap('authorHandle=user.screen_name') });
    expect(summary).toEqual({ received: 2, imported: 2, duplicates: 0, engagementUpdated: 0, rejected: [] });
    expect(await stored()).toEqual([
      {
        platform: 'twitter',
        external_id: 't1',
        text: 'Indomie enak',
        author_handle: 'budi',
        created_at: Date.parse('2026-10-31T10:00:00Z'),
      },
      { platform: 'twitter', external_id: 't2', text: 'Antre lama', author_handle: 'sari', created_at: T0 },
    ]);
  });

  it('imports a CSV with a BOM, semicolons, quoted cells and a --map column mapping', async () => {
    const csv = [
      '\uFEFFpesan;waktu;pengguna;kode',
      '"Pelayanan lambat; kecewa";2026-10-30 09:15;@rina;ig-1',
      '"Baris ""kutip""\nbaris dua";1793520000;joko;ig-2',
      '',
    ].join('\n');
    const file = files.file('ekspor.csv', csv);
    const summary = await importFile(file, {
      columns: parseColumnMap('text=pesan,createdAt=waktu,authorHandle=pengguna,externalId=kode'),
      defaults: { platform: 'instagram' },
    });
    expect(summary).toEqual({ received: 2, imported: 2, duplicates: 0, engagementUpdated: 0, rejected: [] });
    const rows = await stored();
    expect(rows.map((r) => [r.platform, r.external_id, r.text, r.author_handle])).toEqual([
      ['instagram', 'ig-1', 'Pelayanan lambat; kecewa', 'rina'],
      ['instagram', 'ig-2', 'Baris "kutip"\nbaris dua', 'joko'],
    ]);
    expect(rows[1]?.created_at).toBe(1_793_520_000_000);
  });

  it('finds usual column names without a mapping, in any case, with commas', async () => {
    const file = files.file(
      'plain.csv',
      'Platform,Post_ID,Message,Timestamp,Username\nfacebook,f1,Mantap sekali,2026-10-31T00:00:00Z,andi\n',
    );
    expect((await importFile(file)).imported).toBe(1);
    expect((await stored())[0]).toMatchObject({ platform: 'facebook', external_id: 'f1', text: 'Mantap sekali', author_handle: 'andi' });
  });

  it('adds nothing when the same file is imported twice', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({ platform: 'tiktok', externalId: `tt${i}`, text: `video ${i}`, createdAt: T0 - i }));
    const file = files.file('ulang.jsonl', jsonl(rows));
    expect(await importFile(file, { batchSize: 3 })).toEqual({
      received: 7,
      imported: 7,
      duplicates: 0,
      engagementUpdated: 0,
      rejected: [],
    });
    expect(await importFile(file, { batchSize: 3 })).toEqual({
      received: 7,
      imported: 0,
      duplicates: 7,
      engagementUpdated: 0,
      rejected: [],
    });
    expect(await countRows(t, 'mentions', workspaceId)).toBe(7);
  });

  it('counts a row repeated in the file as a duplicate, also across batches', async () => {
    const row = { platform: 'tiktok', externalId: 'sama', text: 'sama', createdAt: T0 };
    const file = files.file('dupe.jsonl', jsonl([row, { ...row, externalId: 'lain' }, row, row]));
    expect(await importFile(file, { batchSize: 2 })).toEqual({
      received: 4,
      imported: 2,
      duplicates: 2,
      engagementUpdated: 0,
      rejected: [],
    });
  });

  it('reports each bad CSV row with its line and field, and imports the good ones', async () => {
    const csv = [
      'platform,id,text,date',
      'twitter,c1,Bagus,2026-10-31T01:00:00Z',
      'twitter,c2,Tanggal rusak,kemarin',
      'twitter,c3,,2026-10-31T02:00:00Z',
      '',
      'twitter,c5,Baik juga,2026-10-31T03:00:00Z',
      ',c6,Tanpa platform,2026-10-31T03:00:00Z',
    ].join('\n');
    const summary = await importFile(files.file('campur.csv', csv));
    expect(summary.received).toBe(5);
    expect(summary.imported).toBe(2);
    expect(summary.rejected.map((r) => [r.line, r.field])).toEqual([
      [3, 'createdAt'],
      [4, 'text'],
      [7, 'platform'],
    ]);
    expect(summary.rejected[0]?.reason).toMatch(/kemarin/);
    expect((await stored()).map((r) => r.external_id)).toEqual(['c1', 'c5']);
  });

  it('reports broken JSON lines and non-object lines with their line numbers, and goes on', async () => {
    const file = files.file(
      'rusak.jsonl',
      jsonl([
        { platform: 'x', externalId: 'j1', text: 'satu', createdAt: T0 },
        '{"platform": "x", "externalId": "j2", "text": ',
        '',
        '[1, 2, 3]',
        { platform: 'x', externalId: 'j5', text: 'lima', createdAt: 'bukan tanggal' },
        { platform: 'x', externalId: 'j6', text: 'enam', createdAt: T0 },
      ]),
    );
    const summary = await importFile(file);
    expect(summary.imported).toBe(2);
    expect(summary.received).toBe(5);
    expect(summary.rejected.map((r) => [r.line, r.field])).toEqual([
      [2, null],
      [4, null],
      [5, 'createdAt'],
    ]);
    expect(summary.rejected[0]?.reason).toMatch(/^invalid JSON/);
    expect(summary.rejected[1]?.reason).toBe('expected a JSON object');
    expect((await stored()).map((r) => r.external_id)).toEqual(['j1', 'j6']);
  });

  it('reports progress after each batch and records the import in the audit log', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ platform: 'x', externalId: `p${i}`, text: 'teks', createdAt: T0 }));
    const file = files.file('progress.jsonl', jsonl(rows));
    const imported: number[] = [];
    await importFile(file, { batchSize: 2, onProgress: ({ summary }) => imported.push(summary.imported) });
    // One report per batch; two batches are in flight at once, so a small last batch may finish first.
    expect(imported).toHaveLength(3);
    expect([...imported].sort((a, b) => a - b)).toEqual(imported);
    expect(imported.at(-1)).toBe(5);
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'mentions.imported').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]?.details ?? '{}')).toEqual({
      file: 'progress.jsonl',
      received: 5,
      imported: 5,
      duplicates: 0,
      engagementUpdated: 0,
      rejected: 0,
    });
  });
});
