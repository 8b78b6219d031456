import { failQuery } from './watch-query.messages';

interface Span {
  /** Offset of the lexeme's first character in the source. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

export type Lexeme =
  | (Span & { kind: 'lparen' | 'rparen' | 'and' | 'or' | 'not' | 'minus' | 'end' })
  /** `text` is the raw source between the quotes. */
  | (Span & { kind: 'phrase'; text: string })
  /** A bare run of characters: word, `#hashtag`, `@handle` or `prefix*`, told apart by the parser. */
  | (Span & { kind: 'word'; text: string })
  /** `field:value`; the raw field and the raw value, unquoted. */
  | (Span & { kind: 'filter'; field: string; value: string });

const KEYWORDS: Readonly<Record<string, 'and' | 'or' | 'not'>> = { AND: 'and', OR: 'or', NOT: 'not' };
// A field name must start with a letter so times (`10:30`) stay words.
const FILTER = /^([A-Za-z][A-Za-z0-9_]*):/;
const WHITESPACE = /\s/;

function isWhitespace(c: string | undefined): boolean {
  return c !== undefined && WHITESPACE.test(c);
}

/** Bare runs end at whitespace, parentheses and quotes; everything else (`-`, `:`, `*`) is part of them. */
function isDelimiter(c: string | undefined): boolean {
  return c === undefined || c === '(' || c === ')' || c === '"' || isWhitespace(c);
}

/** Offset of the closing quote of the phrase opening at `open`. */
function closingQuote(source: string, open: number): number {
  const close = source.indexOf('"', open + 1);
  if (close === -1) failQuery('unclosed_phrase', open, {});
  return close;
}

/** A `-` is the NOT shorthand only where a term starts and something to negate follows it directly. */
function isMinus(source: string, i: number): boolean {
  const next = source[i + 1];
  return next !== undefined && next !== ')' && !isWhitespace(next);
}

function bareLexeme(source: string, start: number, end: number): Lexeme {
  const text = source.slice(start, end);
  const keyword = KEYWORDS[text];
  if (keyword) return { kind: keyword, start, end };
  const filter = FILTER.exec(text);
  if (!filter) return { kind: 'word', text, start, end };
  const field = filter[1] ?? '';
  const value = text.slice(filter[0].length);
  if (value !== '' || source[end] !== '"') return { kind: 'filter', field, value, start, end };
  // `author:"Budi Santoso"`: the quoted value belongs to the filter.
  const close = closingQuote(source, end);
  return { kind: 'filter', field, value: source.slice(end + 1, close), start, end: close + 1 };
}

function nextLexeme(source: string, start: number): Lexeme {
  const c = source[start];
  if (c === '(') return { kind: 'lparen', start, end: start + 1 };
  if (c === ')') return { kind: 'rparen', start, end: start + 1 };
  if (c === '"') {
    const close = closingQuote(source, start);
    return { kind: 'phrase', text: source.slice(start + 1, close), start, end: close + 1 };
  }
  if (c === '-' && isMinus(source, start)) return { kind: 'minus', start, end: start + 1 };
  let end = start + 1;
  while (!isDelimiter(source[end])) end += 1;
  return bareLexeme(source, start, end);
}

/** Splits a query into lexemes ending with an `end` lexeme; throws `WatchQuerySyntaxError`. */
export function lex(source: string): Lexeme[] {
  const lexemes: Lexeme[] = [];
  let i = 0;
  while (i < source.length) {
    if (isWhitespace(source[i])) {
      i += 1;
      continue;
    }
    const lexeme = nextLexeme(source, i);
    lexemes.push(lexeme);
    i = lexeme.end;
  }
  lexemes.push({ kind: 'end', start: source.length, end: source.length });
  return lexemes;
}
