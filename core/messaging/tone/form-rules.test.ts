import { describe, expect, it } from 'vitest';
import { checkTone } from './check-tone';
import type { ToneRuleId } from './tone.types';

function flagged(rule: ToneRuleId, text: string, unfilledVariables?: string[]): string[] | undefined {
  const finding = checkTone(text, unfilledVariables ? { unfilledVariables } : {}).find((f) => f.rule === rule);
  return finding?.spans.map((s) => text.slice(s.start, s.end));
}

describe('all caps', () => {
  it('flags shouting in Indonesian and English', () => {
    expect(flagged('all_caps', 'MOHON BACA PENGUMUMAN kami')).toEqual(['MOHON BACA PENGUMUMAN']);
    expect(flagged('all_caps', 'JANGAN BELI, RUSAK semua')).toEqual(['JANGAN BELI, RUSAK']);
    expect(flagged('all_caps', 'This is IMPORTANT')).toEqual(['IMPORTANT']);
    expect(flagged('all_caps', 'PLEASE READ the update')).toEqual(['PLEASE READ']);
  });

  it('leaves acronyms, names and a single short word in capitals alone', () => {
    expect(flagged('all_caps', 'Silakan DM atau WA CS kami, sudah diuji BPOM')).toBeUndefined();
    expect(flagged('all_caps', 'See our FAQ or send a DM')).toBeUndefined();
    expect(flagged('all_caps', 'Promo KOPI hari ini')).toBeUndefined();
  });

  it('is a warning, not a block', () => {
    expect(checkTone('TOLONG DIBACA').find((f) => f.rule === 'all_caps')?.severity).toBe('warn');
  });
});

describe('shouting punctuation', () => {
  it('flags repeated and mixed marks', () => {
    expect(flagged('shouting_punctuation', 'Sudah dikirim!!!')).toEqual(['!!!']);
    expect(flagged('shouting_punctuation', 'Kok bisa?!?!')).toEqual(['?!?!']);
    expect(flagged('shouting_punctuation', 'Really?? Come on!!')).toEqual(['??', '!!']);
  });

  it('leaves a single mark alone', () => {
    expect(flagged('shouting_punctuation', 'Terima kasih! Ada lagi yang bisa kami bantu?')).toBeUndefined();
    expect(flagged('shouting_punctuation', 'Thank you! Anything else?')).toBeUndefined();
  });
});

describe('unfilled variables', () => {
  it('blocks placeholders left in the text, each highlighted', () => {
    const text = 'Halo {name}, kabar berikutnya dari { brand } pukul {next_update}.';
    const finding = checkTone(text).find((f) => f.rule === 'unfilled_variable');
    expect(finding?.severity).toBe('block');
    expect(finding?.spans.map((s) => text.slice(s.start, s.end))).toEqual(['{name}', '{ brand }', '{next_update}']);
    expect(finding?.explanation.params).toEqual({ variables: '{name}, {brand}, {next_update}', count: 3 });
  });

  it('reports unfilled variables named by the context even without a placeholder', () => {
    const finding = checkTone('Hi there, we are on it.', { unfilledVariables: ['contact'] }).find((f) => f.rule === 'unfilled_variable');
    expect(finding?.spans).toEqual([]);
    expect(finding?.explanation.params.variables).toBe('{contact}');
  });

  it('leaves ordinary braces alone', () => {
    expect(flagged('unfilled_variable', 'Kode promo {123} tidak berlaku')).toBeUndefined();
  });
});
