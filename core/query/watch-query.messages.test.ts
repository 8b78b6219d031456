import { describe, expect, it } from 'vitest';
import type { QueryErrorCode, QuerySyntaxError } from './watch-query.errors';
import { describeQueryError } from './watch-query.messages';
import { parseWatchQuery } from './watch-query.parser';

function errorOf(source: string): QuerySyntaxError {
  const result = parseWatchQuery(source);
  if (result.ok) throw new Error(`expected "${source}" to fail`);
  return result.error;
}

/** One failing query per code, with the position the error must point at. */
const CASES: { code: QueryErrorCode; source: string; position: number; params: object }[] = [
  { code: 'empty_query', source: '   ', position: 0, params: {} },
  { code: 'unexpected_end', source: 'indomie AND', position: 11, params: { after: 'AND' } },
  { code: 'unexpected_token', source: 'indomie OR OR enak', position: 11, params: { token: 'OR' } },
  { code: 'unmatched_paren', source: 'indomie enak)', position: 12, params: {} },
  { code: 'unclosed_phrase', source: 'indomie "mie goreng', position: 8, params: {} },
  { code: 'unclosed_paren', source: 'a (b OR c', position: 2, params: {} },
  {
    code: 'unknown_field',
    source: 'indomie lnag:id',
    position: 8,
    params: { field: 'lnag', known: ['lang', 'platform', 'author'] },
  },
  { code: 'empty_value', source: 'indomie lang:', position: 8, params: { field: 'lang', example: 'lang:id' } },
  { code: 'invalid_hashtag', source: 'a #indo-mie', position: 2, params: { text: '#indo-mie' } },
  { code: 'invalid_handle', source: 'a @budi!', position: 2, params: { text: '@budi!' } },
  { code: 'invalid_wildcard', source: 'a in*do', position: 2, params: { text: 'in*do' } },
  { code: 'empty_term', source: 'indomie !!!', position: 8, params: { text: '!!!' } },
];

describe('syntax errors', () => {
  it.each(CASES)('reports $code at its position for "$source"', ({ code, source, position, params }) => {
    expect(errorOf(source)).toMatchObject({ code, position, params });
  });

  it('covers every error code', () => {
    const codes = new Set(CASES.map((c) => c.code));
    expect(codes.size).toBe(CASES.length);
    expect(codes.size).toBe(12);
  });

  it('writes readable English messages that name the position', () => {
    expect(errorOf('indomie AND').message).toBe('Expected a word, phrase or "(" after AND at position 11');
    expect(errorOf('(').message).toBe('Expected a word, phrase or "(" after "(" at position 1');
    expect(errorOf('lnag:id').message).toBe('Unknown filter "lnag:" at position 0: use one of lang:, platform:, author:');
    for (const { source, position } of CASES.slice(1)) {
      expect(errorOf(source).message).toContain(`position ${position}`);
    }
  });

  it('lists what was expected', () => {
    expect(errorOf('a AND').expected).toEqual(['word', 'phrase', '#hashtag', '@handle', 'field:value', '(', 'NOT']);
    expect(errorOf('(a').expected).toEqual([')']);
    expect(errorOf('"a').expected).toEqual(['"']);
    expect(errorOf('x:1').expected).toEqual(['lang', 'platform', 'author']);
  });

  it('reports dangling operators of every kind', () => {
    expect(errorOf('a OR')).toMatchObject({ code: 'unexpected_end', position: 4, params: { after: 'OR' } });
    expect(errorOf('a NOT')).toMatchObject({ code: 'unexpected_end', position: 5, params: { after: 'NOT' } });
    expect(errorOf('NOT')).toMatchObject({ code: 'unexpected_end', position: 3, params: { after: 'NOT' } });
    expect(errorOf('a AND  ')).toMatchObject({ code: 'unexpected_end', position: 7, params: { after: 'AND' } });
  });

  it('reports operators and ")" where a term should start', () => {
    expect(errorOf('OR a')).toMatchObject({ code: 'unexpected_token', position: 0, params: { token: 'OR' } });
    expect(errorOf('AND')).toMatchObject({ code: 'unexpected_token', position: 0, params: { token: 'AND' } });
    expect(errorOf('a ()')).toMatchObject({ code: 'unexpected_token', position: 3, params: { token: ')' } });
    expect(errorOf('a AND OR b')).toMatchObject({ code: 'unexpected_token', position: 6 });
    expect(errorOf('-AND')).toMatchObject({ code: 'unexpected_token', position: 1 });
  });

  it('reports the first of several problems', () => {
    expect(errorOf('a) (b')).toMatchObject({ code: 'unmatched_paren', position: 1 });
    expect(errorOf('((a)')).toMatchObject({ code: 'unclosed_paren', position: 0 });
  });

  it('rejects empty phrases and empty quoted filter values', () => {
    expect(errorOf('""')).toMatchObject({ code: 'empty_term', position: 0, params: { text: '""' } });
    expect(errorOf('a "!?"')).toMatchObject({ code: 'empty_term', position: 2 });
    expect(errorOf('author:""')).toMatchObject({ code: 'empty_value', position: 0 });
    expect(errorOf('author:@')).toMatchObject({ code: 'empty_value', params: { field: 'author' } });
  });

  it('reports a lone - as a term with nothing to search for', () => {
    expect(errorOf('indomie - enak')).toMatchObject({ code: 'empty_term', position: 8, params: { text: '-' } });
  });

  it('rejects a * that is not at the end of a single word', () => {
    expect(errorOf('*')).toMatchObject({ code: 'invalid_wildcard', position: 0 });
    expect(errorOf('mie-gor*')).toMatchObject({ code: 'invalid_wildcard', position: 0 });
    expect(errorOf('indo**')).toMatchObject({ code: 'invalid_wildcard', position: 0 });
  });

  it('rejects bare # and @', () => {
    expect(errorOf('#')).toMatchObject({ code: 'invalid_hashtag', position: 0 });
    expect(errorOf('@*')).toMatchObject({ code: 'invalid_handle', position: 0 });
  });

  it('names unknown fields as written, case and all', () => {
    expect(errorOf('https://indomie.com')).toMatchObject({ code: 'unknown_field', params: { field: 'https' } });
  });

  it('counts positions in UTF-16 units, as JavaScript strings do', () => {
    // The emoji is two units, so AND ends at 13 although only 12 characters are visible.
    expect(errorOf('"😡 enak" AND')).toMatchObject({ code: 'unexpected_end', position: 13 });
  });
});

describe('describeQueryError', () => {
  it('gives the English message by default', () => {
    const error = errorOf('a (b');
    expect(describeQueryError(error)).toBe(error.message);
  });

  it('gives Indonesian messages for every code', () => {
    const messages = CASES.map(({ source }) => describeQueryError(errorOf(source), 'id'));
    expect(messages).toEqual([
      'Kueri kosong: tulis kata, "frasa", #tagar atau @akun',
      'Diharapkan kata, frasa atau "(" setelah AND pada posisi 11',
      'OR tidak terduga pada posisi 11: diharapkan kata, frasa atau "("',
      '")" pada posisi 12 tidak punya pasangan "("',
      'Frasa yang dimulai pada posisi 8 tidak punya tanda kutip penutup (")',
      '"(" pada posisi 2 belum ditutup: tambahkan ")"',
      'Filter "lnag:" pada posisi 8 tidak dikenal: gunakan salah satu dari lang:, platform:, author:',
      'Filter lang: pada posisi 8 perlu nilai, misalnya lang:id',
      'Tagar #indo-mie pada posisi 2 hanya boleh berisi huruf, angka dan _',
      'Akun @budi! pada posisi 2 hanya boleh berisi huruf, angka, _ dan titik',
      'in*do pada posisi 2: * hanya boleh di akhir satu kata, misalnya indo*',
      '!!! pada posisi 8 tidak berisi huruf atau angka untuk dicari',
    ]);
  });
});
