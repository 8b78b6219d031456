import { describe, expect, it } from 'vitest';
import type { AnalyzedText, TextAnalyzer } from '../../../core/analysis';
import { loadAnalysisResources } from './model-file';
import { buildWorkspaceAnalyzer, withRepeatCache } from './workspace-analyzer';

const SHIPPED = { categoryRules: null, sentimentAdjustment: null };

/** An analyzer that counts its calls. */
function counting(inner: TextAnalyzer) {
  const calls: string[] = [];
  const analyzer: TextAnalyzer = {
    analyze(text, hints) {
      calls.push(`${hints?.language ?? ''}:${text}`);
      return inner.analyze(text, hints);
    },
  };
  return { analyzer, calls };
}

describe('withRepeatCache', () => {
  const real = buildWorkspaceAnalyzer(loadAnalysisResources().sentimentModel, SHIPPED);
  const texts = [
    'Data pribadi saya bocor setelah belanja di aplikasi ini, penipuan!',
    'Kurirnya ramah, paket sampai cepat',
    'The app keeps crashing after the update',
    'Data pribadi saya bocor setelah belanja di aplikasi ini, penipuan!',
    'Kurirnya ramah, paket sampai cepat',
  ];

  it('gives the same analyses as the analyzer itself, analysing a repeated text once per language hint', () => {
    const { analyzer, calls } = counting(real);
    const cached = withRepeatCache(analyzer);
    const got: AnalyzedText[] = [];
    for (const text of texts) got.push(cached.analyze(text, { language: null }));
    got.push(cached.analyze(texts[2]!, { language: 'en' }));
    got.push(cached.analyze(texts[2]!, { language: 'en' }));
    expect(got).toEqual([
      ...texts.map((text) => real.analyze(text, { language: null })),
      ...[1, 2].map(() => real.analyze(texts[2]!, { language: 'en' })),
    ]);
    expect(calls).toEqual([`:${texts[0]}`, `:${texts[1]}`, `:${texts[2]}`, `en:${texts[2]}`]);
  });

  it('keeps at most `limit` texts, dropping the oldest first', () => {
    const { analyzer, calls } = counting(real);
    const cached = withRepeatCache(analyzer, 2);
    for (const text of ['satu', 'dua', 'tiga', 'tiga', 'dua', 'satu']) cached.analyze(text);
    expect(calls).toEqual([':satu', ':dua', ':tiga', ':satu']);
  });
});
