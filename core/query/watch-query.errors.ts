import type { WatchQuery } from './watch-query.ast';

/** The values each error message is built from, by code, so the UI can translate messages itself. */
export interface QueryErrorParams {
  empty_query: Record<string, never>;
  /** `after`: the operator or `(` left dangling at the end of the query. */
  unexpected_end: { after: string };
  /** `token`: an operator or `)` found where a term should start. */
  unexpected_token: { token: string };
  unmatched_paren: Record<string, never>;
  unclosed_phrase: Record<string, never>;
  unclosed_paren: Record<string, never>;
  unknown_field: { field: string; known: string[] };
  empty_value: { field: string; example: string };
  invalid_hashtag: { text: string };
  invalid_handle: { text: string };
  invalid_wildcard: { text: string };
  empty_term: { text: string };
}

export type QueryErrorCode = keyof QueryErrorParams;

/** A syntax error; `position` is the 0-based offset (in UTF-16 units, as JS strings count) it points at. */
export type QuerySyntaxError = {
  [C in QueryErrorCode]: {
    code: C;
    params: QueryErrorParams[C];
    /** Readable English; `describeQueryError(error, 'id')` gives the Indonesian one. */
    message: string;
    position: number;
    /** What would have been valid at `position`. */
    expected: string[];
  };
}[QueryErrorCode];

export type ParseResult = { ok: true; query: WatchQuery } | { ok: false; error: QuerySyntaxError };

/** Thrown by `matchWatchQuery`, and internally by the parser to unwind to `parseWatchQuery`. */
export class WatchQuerySyntaxError extends Error {
  readonly error: QuerySyntaxError;

  constructor(error: QuerySyntaxError) {
    super(error.message);
    this.name = 'WatchQuerySyntaxError';
    this.error = error;
  }
}
