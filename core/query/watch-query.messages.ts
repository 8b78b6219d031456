import { WatchQuerySyntaxError, type QueryErrorCode, type QueryErrorParams, type QuerySyntaxError } from './watch-query.errors';

export type QueryErrorLocale = 'en' | 'id';

type MessageTable = { [C in QueryErrorCode]: (params: QueryErrorParams[C], position: number) => string };

/** Keywords read best bare (`after AND`), punctuation quoted (`after "("`). */
function show(token: string): string {
  return /^[A-Z]+$/.test(token) ? token : `"${token}"`;
}

function fieldList(known: string[]): string {
  return known.map((field) => `${field}:`).join(', ');
}

const EN: MessageTable = {
  empty_query: () => 'The query is empty: type a word, "phrase", #hashtag or @handle',
  unexpected_end: ({ after }, at) => `Expected a word, phrase or "(" after ${show(after)} at position ${at}`,
  unexpected_token: ({ token }, at) => `Unexpected ${show(token)} at position ${at}: expected a word, phrase or "("`,
  unmatched_paren: (_, at) => `")" at position ${at} has no matching "("`,
  unclosed_phrase: (_, at) => `The phrase starting at position ${at} has no closing quote (")`,
  unclosed_paren: (_, at) => `"(" at position ${at} is never closed: add ")"`,
  unknown_field: ({ field, known }, at) => `Unknown filter "${field}:" at position ${at}: use one of ${fieldList(known)}`,
  empty_value: ({ field, example }, at) => `The filter ${field}: at position ${at} needs a value, e.g. ${example}`,
  invalid_hashtag: ({ text }, at) => `Hashtag ${text} at position ${at} may only contain letters, digits and _`,
  invalid_handle: ({ text }, at) => `Handle ${text} at position ${at} may only contain letters, digits, _ and dots`,
  invalid_wildcard: ({ text }, at) => `${text} at position ${at}: * is only allowed at the end of a single word, e.g. indo*`,
  empty_term: ({ text }, at) => `${text} at position ${at} has no letters or digits to search for`,
};

const ID: MessageTable = {
  empty_query: () => 'Kueri kosong: tulis kata, "frasa", #tagar atau @akun',
  unexpected_end: ({ after }, at) => `Diharapkan kata, frasa atau "(" setelah ${show(after)} pada posisi ${at}`,
  unexpected_token: ({ token }, at) => `${show(token)} tidak terduga pada posisi ${at}: diharapkan kata, frasa atau "("`,
  unmatched_paren: (_, at) => `")" pada posisi ${at} tidak punya pasangan "("`,
  unclosed_phrase: (_, at) => `Frasa yang dimulai pada posisi ${at} tidak punya tanda kutip penutup (")`,
  unclosed_paren: (_, at) => `"(" pada posisi ${at} belum ditutup: tambahkan ")"`,
  unknown_field: ({ field, known }, at) =>
    `Filter "${field}:" pada posisi ${at} tidak dikenal: gunakan salah satu dari ${fieldList(known)}`,
  empty_value: ({ field, example }, at) => `Filter ${field}: pada posisi ${at} perlu nilai, misalnya ${example}`,
  invalid_hashtag: ({ text }, at) => `Tagar ${text} pada posisi ${at} hanya boleh berisi huruf, angka dan _`,
  invalid_handle: ({ text }, at) => `Akun ${text} pada posisi ${at} hanya boleh berisi huruf, angka, _ dan titik`,
  invalid_wildcard: ({ text }, at) => `${text} pada posisi ${at}: * hanya boleh di akhir satu kata, misalnya indo*`,
  empty_term: ({ text }, at) => `${text} pada posisi ${at} tidak berisi huruf atau angka untuk dicari`,
};

const TERM_START = ['word', 'phrase', '#hashtag', '@handle', 'field:value', '(', 'NOT'];

const EXPECTED: { [C in QueryErrorCode]: (params: QueryErrorParams[C]) => string[] } = {
  empty_query: () => TERM_START,
  unexpected_end: () => TERM_START,
  unexpected_token: () => TERM_START,
  unmatched_paren: () => ['AND', 'OR', 'end of query'],
  unclosed_phrase: () => ['"'],
  unclosed_paren: () => [')'],
  unknown_field: ({ known }) => known,
  empty_value: () => ['value'],
  invalid_hashtag: () => ['letter', 'digit', '_'],
  invalid_handle: () => ['letter', 'digit', '_', '.'],
  invalid_wildcard: () => ['word*'],
  empty_term: () => ['letter', 'digit'],
};

/** The message for `error` in `locale`; the UI can use this or translate `code` + `params` itself. */
export function describeQueryError(error: QuerySyntaxError, locale: QueryErrorLocale = 'en'): string {
  const template = (locale === 'id' ? ID : EN)[error.code] as (params: QuerySyntaxError['params'], at: number) => string;
  return template(error.params, error.position);
}

/** Builds a complete error from its code; message and expected list follow from the tables above. */
export function queryError<C extends QueryErrorCode>(code: C, position: number, params: QueryErrorParams[C]): QuerySyntaxError {
  const expected = (EXPECTED[code] as (params: QueryErrorParams[C]) => string[])(params);
  // The mapped union cannot be narrowed from a generic code, hence the cast.
  const error = { code, params, position, expected: [...expected], message: '' } as QuerySyntaxError;
  error.message = describeQueryError(error, 'en');
  return error;
}

/** Throws the error for `code`; the parser unwinds with it to `parseWatchQuery`. */
export function failQuery<C extends QueryErrorCode>(code: C, position: number, params: QueryErrorParams[C]): never {
  throw new WatchQuerySyntaxError(queryError(code, position, params));
}
