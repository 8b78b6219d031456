import { type Expression, type SqlBool, sql } from 'kysely';
import type { DialectName } from './dialect';

/** Words and "quoted phrases" of a search box, without operators that could break FTS syntax. */
export function splitSearchTerms(input: string): { phrases: string[]; words: string[] } {
  const phrases: string[] = [];
  const rest = input.replace(/"([^"]*)"/g, (_, phrase: string) => {
    const words = phrase.match(/[\p{L}\p{N}]+/gu);
    if (words) phrases.push(words.join(' '));
    return ' ';
  });
  const words = rest.match(/[\p{L}\p{N}]+/gu) ?? [];
  return { phrases, words };
}

/**
 * FTS5 query where every word is a prefix, so Indonesian suffixes (`-nya`, `-lah`, `-kah`) still
 * match: `kecewa` finds `kecewanya`. Words are quoted, so user input is never FTS syntax.
 */
export function toFts5Query(input: string): string | null {
  const { phrases, words } = splitSearchTerms(input);
  const parts = [...phrases.map((p) => `"${p}"`), ...words.map((w) => (w.length >= 3 ? `"${w}"*` : `"${w}"`))];
  return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * A condition on `mentions` (aliased `m`) that holds when the mention's text matches the search:
 * FTS5 on SQLite; on PostgreSQL the stored tsvector against both the Indonesian and English stemmers.
 */
export function mentionTextMatches(dialect: DialectName, input: string): Expression<SqlBool> | null {
  if (dialect === 'postgres') {
    if (!/[\p{L}\p{N}]/u.test(input)) return null;
    return sql<SqlBool>`m.search_vector @@ (websearch_to_tsquery('indonesian', ${input}) || websearch_to_tsquery('english', ${input}))`;
  }
  const fts = toFts5Query(input);
  if (!fts) return null;
  return sql<SqlBool>`m.id in (select rowid from mentions_fts where mentions_fts match ${fts})`;
}

/**
 * SQLite: `id` (a mention id) is among the FTS5 hits, as a filter only. The unary `+` stops the
 * planner from starting at the hits, so it walks an index newest first and stops after a page.
 */
export function fts5Filter(id: Expression<number>, fts: string): Expression<SqlBool> {
  return sql<SqlBool>`+${id} in (select rowid from mentions_fts where mentions_fts match ${fts})`;
}

/** SQLite: the ids of up to `limit` mentions (of any workspace) whose text matches an FTS5 query. */
export function fts5MatchingIds(fts: string, limit: number) {
  return sql<{ id: number }>`select rowid as id from mentions_fts where mentions_fts match ${fts} limit ${limit}`;
}

/** SQLite: `m.id` is one of `ids`, bound as one JSON parameter however many there are. */
export function mentionIdIn(ids: readonly number[]): Expression<SqlBool> {
  return sql<SqlBool>`m.id in (select value from json_each(${JSON.stringify(ids)}))`;
}
