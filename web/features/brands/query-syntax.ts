import type { Locale } from '../../../core/api';
import { describeQueryError, parseWatchQuery } from '../../../core/query';

export interface SyntaxProblem {
  message: string;
  /** 0-based character offset into the query. */
  position: number;
  code: string;
}

/** The first syntax problem of a watch query, in the UI language, checked in the browser as the user types. */
export function findSyntaxProblem(source: string, locale: Locale): SyntaxProblem | null {
  if (!source.trim()) return null;
  const result = parseWatchQuery(source);
  if (result.ok) return null;
  return {
    message: describeQueryError(result.error, locale),
    position: result.error.position,
    code: result.error.code,
  };
}

/** The line of the query around `position` and a caret under it, for a monospace hint. */
export function pointAt(source: string, position: number): { line: string; caret: string } {
  const at = Math.max(0, Math.min(position, source.length));
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  const lineEndIndex = source.indexOf('\n', at);
  const line = source.slice(lineStart, lineEndIndex === -1 ? undefined : lineEndIndex);
  return { line, caret: `${' '.repeat(at - lineStart)}^` };
}
