import { afterAll, describe, expect, it } from 'vitest';
import { type IncomingRow, type WatchQuerySource, createQueryCompiler, joinPreparedBatches, prepareRows } from '../../pipeline';
import { createLogger } from '../../logger';
import { createAnalysisPool } from './analysis-pool';
import { loadAnalysisResources } from './model-file';
import { buildWorkspaceAnalyzer, toMentionAnalysis } from './workspace-analyzer';

const SHIPPED = { categoryRules: null, sentimentAdjustment: null };
const VERSION = 'test-version';
const queries: WatchQuerySource[] = [
  { id: 1, brandId: 10, query: 'kurir OR paket' },
  { id: 2, brandId: 10, query: '"cabang" AND ramah' },
  { id: 3, brandId: 20, query: 'aplikasi NOT lang:en' },
  { id: 4, brandId: 20, query: 'this ( does not parse' },
];
const TEXTS = [
  'Paket {i} belum sampai, kurirnya gak bisa dihubungi',
  'Pelayanan cabang {i} ramah banget, makasih',
  'Aplikasi error lagi #{i}',
  'The app keeps crashing {i}',
  'Aplikasi kurir error {i}',
];

/** Valid rows, rows that fail validation, a row that is not an object, and copies inside one slice and across slices. */
function sampleRows(): IncomingRow[] {
  const rows: IncomingRow[] = [];
  for (let i = 0; i < 40; i++) {
    const data = {
      platform: i % 2 ? 'twitter' : 'Instagram',
      externalId: i % 13 === 12 ? 3 : i,
      text: TEXTS[i % TEXTS.length]!.replace('{i}', String(i)),
      createdAt: 1_790_000_000_000 + i * 60_000,
      authorHandle: i % 7 === 0 ? undefined : `@User_${i % 5}`,
      language: i % 4 === 3 ? 'en' : '',
      likes: String(i),
    };
    rows.push({ line: i + 1, data, raw: { source: i } });
  }
  rows.push({ line: 41, data: { platform: 'twitter', externalId: 'x', text: '' } });
  rows.push({ line: 42, data: ['not', 'an', 'object'] });
  rows.push({ line: 43, data: { platform: 'not a platform!', externalId: 1, text: 'hai', createdAt: 'yesterday' } });
  return rows;
}

describe('preparing a batch in analysis workers', () => {
  const pool = createAnalysisPool(2, createLogger('silent'));
  afterAll(() => pool.close());
  const analyzer = buildWorkspaceAnalyzer(loadAnalysisResources().sentimentModel, SHIPPED);
  const onMainThread = () =>
    prepareRows(sampleRows(), createQueryCompiler()(queries), (text, language) =>
      toMentionAnalysis(VERSION, analyzer.analyze(text, { language })),
    );

  it('gives what the main thread gives: the same mentions, brands, analysis, rejections and duplicates', async () => {
    const expected = onMainThread();
    expect(expected.mentions.length).toBeGreaterThan(20);
    expect(expected.rejected.map((r) => r.line)).toEqual([41, 42, 43]);
    expect(expected.duplicates).toBeGreaterThan(0);
    expect(expected.mentions.some((m) => m.brands.size === 2)).toBe(true);
    const parts = await pool.prepare('w1:0', SHIPPED, sampleRows(), { version: VERSION, queries });
    expect(parts).toHaveLength(2);
    expect(joinPreparedBatches(parts)).toEqual(expected);
  });

  it('parses and maps JSON lines in the workers as on the main thread, rejecting lines that are not objects', async () => {
    const lines = sampleRows().map(({ line, data }) => {
      const { authorHandle, ...rest } = data as Record<string, unknown>;
      return { line, text: JSON.stringify({ ...rest, user: { screen_name: authorHandle } }) };
    });
    lines.push({ line: 44, text: '{"platform": "twitter",' }, { line: 45, text: '[1, 2]' });
    const batch = { lines, mapping: { columns: { authorHandle: 'user.screen_name' }, defaults: { language: 'id' } } };
    const expected = prepareRows(batch, createQueryCompiler()(queries), (text, language) =>
      toMentionAnalysis(VERSION, analyzer.analyze(text, { language })),
    );
    expect(expected.rejected.map((r) => r.line)).toEqual([44, 45, 41, 42, 43]);
    expect(expected.rejected[0]?.reason).toMatch(/^invalid JSON/);
    const first = expected.mentions[1]!;
    expect(first.authorHandle).toBe('user_1');
    expect(first.record.language).toBe('id');
    expect(JSON.parse(first.raw)).toEqual(JSON.parse(lines[1]!.text));
    const parts = await pool.prepare('w1:0', SHIPPED, batch, { version: VERSION, queries });
    expect(joinPreparedBatches(parts)).toEqual(expected);
  });

  it('counts a copy in a later slice as a duplicate, as within one slice', () => {
    const rows = sampleRows();
    const whole = prepareRows(rows, [], null);
    const joined = joinPreparedBatches([prepareRows(rows.slice(0, 20), [], null), prepareRows(rows.slice(20), [], null)]);
    expect(joined).toEqual(whole);
  });
});
