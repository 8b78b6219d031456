import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORY_RULES } from '../../../core/analysis';
import { createLogger } from '../../logger';
import { createAnalysisPool } from './analysis-pool';
import { loadAnalysisResources } from './model-file';
import { analyzeItems, buildWorkspaceAnalyzer } from './workspace-analyzer';

const SHIPPED = { categoryRules: null, sentimentAdjustment: null };
const items = Array.from({ length: 60 }, (_, i) => ({
  text: [
    `Paket ${i} belum sampai, kurirnya gak bisa dihubungi`,
    `Pelayanan cabang ${i} ramah banget, makasih`,
    `Aplikasi error lagi #${i}`,
  ][i % 3] as string,
  language: i % 5 === 0 ? 'id' : null,
}));

describe('analysis worker pool', () => {
  const pool = createAnalysisPool(2, createLogger('silent'));
  afterAll(() => pool.close());

  it('gives the same analysis as the main thread, in the same order', async () => {
    const expected = analyzeItems(buildWorkspaceAnalyzer(loadAnalysisResources().sentimentModel, SHIPPED), items);
    expect(await pool.analyze('w1:0', SHIPPED, items)).toEqual(expected);
  });

  it("uses each workspace's own rules", async () => {
    const rules = {
      ...DEFAULT_CATEGORY_RULES,
      categories: DEFAULT_CATEGORY_RULES.categories.map((r) => (r.category === 'hoax' ? { ...r, terms: [...r.terms, 'kurir'] } : r)),
    };
    const [custom] = await pool.analyze('w2:1', { categoryRules: JSON.stringify(rules), sentimentAdjustment: null }, items.slice(0, 1));
    const [shipped] = await pool.analyze('w1:0', SHIPPED, items.slice(0, 1));
    expect(custom?.categories).toContain('hoax');
    expect(shipped?.categories).not.toContain('hoax');
  });

  it('fails a batch whose settings cannot be read, and goes on with the next', async () => {
    await expect(pool.analyze('w3:1', { categoryRules: '{"version": 2}', sentimentAdjustment: null }, items.slice(0, 3))).rejects.toThrow(
      /text analysis failed: .*version/,
    );
    expect(await pool.analyze('w1:0', SHIPPED, items.slice(0, 2))).toHaveLength(2);
  });
});
