import type { Kysely } from 'kysely';
import { type PreparedMention, compileWatchQuery, parseWatchQuery, prepareMention } from '../../core/query';
import type { Database } from '../db/schema';
import type { PipelineMention } from './pipeline.types';

type Matcher = (m: PreparedMention) => boolean;

/** An enabled watch query as stored; plain data, so it can be sent to an analysis worker. */
export interface WatchQuerySource {
  id: number;
  brandId: number;
  query: string;
}

export interface CompiledQuery {
  id: number;
  brandId: number;
  matches: Matcher;
}

/** The workspace's enabled watch queries, read for every batch so edits apply at once in every process. */
export async function loadWatchQueries(db: Kysely<Database>, workspaceId: number): Promise<WatchQuerySource[]> {
  const rows = await db
    .selectFrom('watch_queries')
    .select(['id', 'brand_id', 'query'])
    .where('workspace_id', '=', workspaceId)
    .where('enabled', '=', 1)
    .execute();
  return rows.map((row) => ({ id: row.id, brandId: row.brand_id, query: row.query }));
}

/** Compiles watch queries, caching each by its text; a query that does not parse matches nothing. */
export function createQueryCompiler() {
  const compiled = new Map<string, Matcher | null>();

  function compile(source: string): Matcher | null {
    const cached = compiled.get(source);
    if (cached !== undefined) return cached;
    const parsed = parseWatchQuery(source);
    const matcher: Matcher | null = parsed.ok ? compileWatchQuery(parsed.query) : null;
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(source, matcher);
    return matcher;
  }

  return (sources: readonly WatchQuerySource[]): CompiledQuery[] => {
    const queries: CompiledQuery[] = [];
    for (const source of sources) {
      const matches = compile(source.query);
      if (matches) queries.push({ id: source.id, brandId: source.brandId, matches });
    }
    return queries;
  };
}

/** Fills the mention's brands: brand id → the ids of its queries that matched. */
export function matchMention(mention: PipelineMention, queries: readonly CompiledQuery[]): void {
  if (queries.length === 0) return;
  const prepared = prepareMention({
    text: mention.record.text,
    language: mention.record.language ?? null,
    platform: mention.record.platform,
    authorHandle: mention.authorHandle,
  });
  for (const query of queries) {
    if (!query.matches(prepared)) continue;
    const ids = mention.brands.get(query.brandId);
    if (ids) ids.push(query.id);
    else mention.brands.set(query.brandId, [query.id]);
  }
}
