import { FILTER_FIELDS, FILTER_FIELD_NAMES, isFilterField } from './filter-fields';
import { normaliseQueryText } from './text.normalise';
import { tokenise, type TokenSink } from './text.tokeniser';
import type { FilterNode, PhraseNode, TermNode, WordNode } from './watch-query.ast';
import type { Lexeme } from './watch-query.lexer';
import { failQuery } from './watch-query.messages';

const HASHTAG_BODY = /^[\p{L}\p{N}_]+$/u;
const HANDLE_BODY = /^[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*$/u;

/**
 * Query words go through the same tokeniser as mention text, so whatever splits a mention splits a
 * query the same way. A hyphenated clitic is kept joined (`indomie-nya` → `indomienya`): queries are
 * matched literally, never stripped.
 */
function queryWords(text: string): string[] {
  const words: string[] = [];
  const sink: TokenSink = {
    word: (token) => words.push(token),
    joined: (form) => words.splice(-1, 1, form),
    tag: () => undefined,
  };
  tokenise(normaliseQueryText(text), sink);
  return words;
}

/** Several words from one bare run (`coca-cola`, `mie_goreng`) mean the phrase those words make. */
function wordsTerm(words: string[]): WordNode | PhraseNode {
  const [only] = words;
  return words.length === 1 && only !== undefined ? { type: 'word', value: only, prefix: false } : { type: 'phrase', words };
}

/** `text` ends in its only `*`: a prefix of one word, since a phrase has no single word to extend. */
function prefixTerm(text: string, start: number): WordNode {
  const [only, ...rest] = queryWords(text.slice(0, -1));
  if (only === undefined || rest.length > 0) failQuery('invalid_wildcard', start, { text });
  return { type: 'word', value: only, prefix: true };
}

function tagTerm(text: string, start: number): TermNode {
  const isHashtag = text.startsWith('#');
  const prefix = text.endsWith('*');
  const value = normaliseQueryText(text.slice(1, prefix ? -1 : undefined));
  if (isHashtag) {
    if (!HASHTAG_BODY.test(value)) failQuery('invalid_hashtag', start, { text });
    return { type: 'hashtag', value, prefix };
  }
  if (!HANDLE_BODY.test(value)) failQuery('invalid_handle', start, { text });
  return { type: 'handle', value, prefix };
}

function bareTerm(text: string, start: number): TermNode {
  if (text.startsWith('#') || text.startsWith('@')) return tagTerm(text, start);
  const star = text.indexOf('*');
  if (star === text.length - 1) return prefixTerm(text, start);
  if (star !== -1) failQuery('invalid_wildcard', start, { text });
  const words = queryWords(text);
  if (words.length === 0) failQuery('empty_term', start, { text });
  return wordsTerm(words);
}

function phraseTerm(text: string, start: number): TermNode {
  const words = queryWords(text);
  if (words.length === 0) failQuery('empty_term', start, { text: `"${text}"` });
  return { type: 'phrase', words };
}

function filterTerm(field: string, rawValue: string, start: number): FilterNode {
  const name = field.toLowerCase();
  if (!isFilterField(name)) failQuery('unknown_field', start, { field, known: [...FILTER_FIELD_NAMES] });
  const spec = FILTER_FIELDS[name];
  const value = spec.normalise(rawValue);
  if (value === '') failQuery('empty_value', start, { field: name, example: spec.example });
  return { type: 'filter', field: name, value };
}

export type TermLexeme = Extract<Lexeme, { kind: 'word' | 'phrase' | 'filter' }>;

/** The term a word, phrase or filter lexeme stands for; throws `WatchQuerySyntaxError` when it is invalid. */
export function termFromLexeme(lexeme: TermLexeme): TermNode {
  switch (lexeme.kind) {
    case 'word':
      return bareTerm(lexeme.text, lexeme.start);
    case 'phrase':
      return phraseTerm(lexeme.text, lexeme.start);
    case 'filter':
      return filterTerm(lexeme.field, lexeme.value, lexeme.start);
  }
}
