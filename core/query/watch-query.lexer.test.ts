import { describe, expect, it } from 'vitest';
import { WatchQuerySyntaxError } from './watch-query.errors';
import { lex, type Lexeme } from './watch-query.lexer';

/** Lexemes without their spans, and without the closing `end`, for compact expectations. */
function kinds(source: string): unknown[] {
  return lex(source)
    .filter((lexeme) => lexeme.kind !== 'end')
    .map(({ start: _start, end: _end, ...rest }: Lexeme) => rest);
}

describe('lex', () => {
  it('reads bare words, phrases and parentheses with their spans', () => {
    expect(lex('(indomie "mie goreng")')).toEqual([
      { kind: 'lparen', start: 0, end: 1 },
      { kind: 'word', text: 'indomie', start: 1, end: 8 },
      { kind: 'phrase', text: 'mie goreng', start: 9, end: 21 },
      { kind: 'rparen', start: 21, end: 22 },
      { kind: 'end', start: 22, end: 22 },
    ]);
  });

  it('recognises only upper-case AND, OR and NOT as operators', () => {
    expect(kinds('a AND b OR NOT c and or not And')).toEqual([
      { kind: 'word', text: 'a' },
      { kind: 'and' },
      { kind: 'word', text: 'b' },
      { kind: 'or' },
      { kind: 'not' },
      { kind: 'word', text: 'c' },
      { kind: 'word', text: 'and' },
      { kind: 'word', text: 'or' },
      { kind: 'word', text: 'not' },
      { kind: 'word', text: 'And' },
    ]);
  });

  it('reads a leading - as NOT before words, phrases, groups and filters', () => {
    expect(kinds('-a -"b c" -(d) -lang:en')).toEqual([
      { kind: 'minus' },
      { kind: 'word', text: 'a' },
      { kind: 'minus' },
      { kind: 'phrase', text: 'b c' },
      { kind: 'minus' },
      { kind: 'lparen' },
      { kind: 'word', text: 'd' },
      { kind: 'rparen' },
      { kind: 'minus' },
      { kind: 'filter', field: 'lang', value: 'en' },
    ]);
  });

  it('keeps - inside a word and a lone - as a word', () => {
    expect(kinds('coca-cola - x-')).toEqual([
      { kind: 'word', text: 'coca-cola' },
      { kind: 'word', text: '-' },
      { kind: 'word', text: 'x-' },
    ]);
  });

  it('reads field:value filters, with quoted values', () => {
    expect(lex('lang:id author:"Budi Santoso"')).toEqual([
      { kind: 'filter', field: 'lang', value: 'id', start: 0, end: 7 },
      { kind: 'filter', field: 'author', value: 'Budi Santoso', start: 8, end: 29 },
      { kind: 'end', start: 29, end: 29 },
    ]);
  });

  it('reads an empty filter value as empty, for the parser to reject', () => {
    expect(kinds('lang: x')).toEqual([
      { kind: 'filter', field: 'lang', value: '' },
      { kind: 'word', text: 'x' },
    ]);
  });

  it('leaves words whose colon does not follow a field name as words', () => {
    expect(kinds('10:30 :)')).toEqual([{ kind: 'word', text: '10:30' }, { kind: 'word', text: ':' }, { kind: 'rparen' }]);
  });

  it('ends bare words at quotes and parentheses', () => {
    expect(kinds('a"b"c(d)')).toEqual([
      { kind: 'word', text: 'a' },
      { kind: 'phrase', text: 'b' },
      { kind: 'word', text: 'c' },
      { kind: 'lparen' },
      { kind: 'word', text: 'd' },
      { kind: 'rparen' },
    ]);
  });

  it('treats any whitespace as a separator', () => {
    expect(kinds('a\tb\nc')).toHaveLength(3);
  });

  it('throws unclosed_phrase at the opening quote', () => {
    for (const [source, position] of [
      ['indomie "mie', 8],
      ['author:"budi', 7],
    ] as const) {
      try {
        lex(source);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(WatchQuerySyntaxError);
        expect((error as WatchQuerySyntaxError).error).toMatchObject({ code: 'unclosed_phrase', position });
      }
    }
  });
});
