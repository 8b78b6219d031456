import { describe, expect, it } from 'vitest';
import { describeMessage } from '../messages';
import { parseTemplate } from './template-parser';

describe('parseTemplate', () => {
  it('splits text and variables and lists each variable once', () => {
    const parsed = parseTemplate('Halo {name}, {brand} mohon maaf. Hubungi {contact} atau { brand }.');
    expect(parsed.errors).toEqual([]);
    expect(parsed.variables).toEqual(['name', 'brand', 'contact']);
    expect(parsed.segments[0]).toEqual({ kind: 'text', text: 'Halo ' });
    expect(parsed.segments[1]).toEqual({ kind: 'variable', name: 'name', start: 5, end: 11 });
  });

  it('reads doubled braces as literal braces', () => {
    const parsed = parseTemplate('Kode {{promo}} berlaku');
    expect(parsed.errors).toEqual([]);
    expect(parsed.variables).toEqual([]);
    expect(parsed.segments).toEqual([{ kind: 'text', text: 'Kode {promo} berlaku' }]);
  });

  it('reports an unknown variable with its position and a suggestion for a near miss', () => {
    const [error] = parseTemplate('Salam dari {brnad}').errors;
    expect(error).toMatchObject({ code: 'unknown_variable', position: 11, end: 18 });
    expect(describeMessage(error!.message, 'en')).toBe('Unknown variable “{brnad}” at position 11; did you mean “{brand}”?');
    expect(describeMessage(error!.message, 'id')).toBe('Variabel “{brnad}” pada posisi 11 tidak dikenal; maksudnya “{brand}”?');
    const [far] = parseTemplate('{harga_promo}').errors;
    expect(describeMessage(far!.message, 'en')).toBe('Unknown variable “{harga_promo}” at position 0.');
  });

  it('reports an unclosed brace where it opens, and carries on', () => {
    const parsed = parseTemplate('Halo {name, kabar dari {brand}');
    expect(parsed.errors.map((e) => [e.code, e.position])).toEqual([['unclosed_brace', 5]]);
    expect(parsed.variables).toEqual(['brand']);
    expect(parseTemplate('Halo {name').errors.map((e) => [e.code, e.position])).toEqual([['unclosed_brace', 5]]);
  });

  it('reports a stray closing brace, empty braces and a name that is not a name', () => {
    expect(parseTemplate('Halo name}').errors.map((e) => [e.code, e.position])).toEqual([['unmatched_close_brace', 9]]);
    expect(parseTemplate('Halo {}').errors.map((e) => [e.code, e.position])).toEqual([['empty_variable', 5]]);
    expect(parseTemplate('Halo {Nama Kakak}').errors.map((e) => [e.code, e.position, e.end])).toEqual([['invalid_variable_name', 5, 17]]);
  });

  it('reports every problem of a template at once, in both languages', () => {
    const parsed = parseTemplate('} {x-y} {brnad} {');
    expect(parsed.errors.map((e) => e.code)).toEqual([
      'unmatched_close_brace',
      'invalid_variable_name',
      'unknown_variable',
      'unclosed_brace',
    ]);
    for (const error of parsed.errors) {
      for (const locale of ['id', 'en'] as const) {
        const text = describeMessage(error.message, locale);
        expect(text).not.toContain('template.');
        expect(text).not.toMatch(/\{\{/);
      }
    }
  });
});
