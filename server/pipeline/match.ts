import type { Kysely } from 'kysely';
import { type PreparedMention, compileWatchQuery, parseWatchQuery, prepareMention } from '../../core/query';
import type { Database } from '../db/schema';
import type { PipelineMention } from './pipeline.types';

type Matcher = (m: PreparedMention) => boolean;

interface CompiledQuery {
  id: number;
  brandId: number;
  matches: Matcher;
}

/**
 * Matches mentions to brands through their enabled watch queries. Queries are read for every
 * batch (a handful of rows), so edits apply at once in every process; compiling is cached by text.
 */
export function createBrandMatcher(db: Kysely<Database>) {
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

  async function loadQueries(workspaceId: number): Promise<CompiledQuery[]> {
    const rows = await db
      .selectFrom('watch_queries')
      .select(['id', 'brand_id', 'query'])
      .where('workspace_id', '=', workspaceId)
      .where('enabled', '=', 1)
      .execute();
    const queries: CompiledQuery[] = [];
    for (const row of rows) {
      const matches = compile(row.query);
      if (matches) queries.push({ id: row.id, brandId: row.brand_id, matches });
    }
    return queries;
  }

  return {
    async matchBrands(workspaceId: number, mentions: PipelineMention[]): Promise<void> {
      const queries = await loadQueries(workspaceId);
      if (queries.length === 0) return;
      for (const mention of mentions) {
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
    },
  };
}
