import { describe, expect, it } from 'vitest';
import type { ToneFinding } from '../../../core/messaging';
import { reviewDraft, splitHighlights } from './template-draft';

const target = { kind: 'holding_statement', channel: 'update_page', language: 'id' } as const;

describe('template draft review', () => {
  it('blocks a blaming draft, marks the blaming words, and lets the calm rewrite through', () => {
    const draft = 'Anda yang salah baca! Info {issue} ada di {update_url}.';
    const review = reviewDraft(draft, target);
    expect(review.blocked).toBe(true);
    const marked = splitHighlights(draft, review.findings).filter((s) => s.severity === 'block');
    expect(marked.map((s) => s.text).join(' ')).toContain('salah baca');

    const calm = reviewDraft('Kami mohon maaf atas {issue}. Kami akan mengabari lagi {next_update} di {update_url}.', target);
    expect(calm.blocked).toBe(false);
    expect(calm.preview).toContain('gangguan pembayaran');
    expect(calm.preview).not.toContain('{');
  });

  it('reports parse errors and blocks an empty body', () => {
    expect(reviewDraft('Halo {brnad}', target).errors[0]?.code).toBe('unknown_variable');
    expect(reviewDraft('   ', target).blocked).toBe(true);
  });

  it('keeps the worst severity where spans overlap and joins neighbouring stretches', () => {
    const finding = (severity: 'block' | 'warn', start: number, end: number): ToneFinding => ({
      rule: 'confrontation',
      severity,
      spans: [{ start, end }],
      explanation: { key: '', params: {} },
      fix: { key: '', params: {} },
    });
    const segments = splitHighlights('abcdefghij', [finding('warn', 2, 6), finding('block', 4, 8)]);
    expect(segments).toEqual([
      { text: 'ab', severity: null },
      { text: 'cd', severity: 'warn' },
      { text: 'efgh', severity: 'block' },
      { text: 'ij', severity: null },
    ]);
  });
});
