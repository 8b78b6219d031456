import type { z } from 'zod';
import type { IngestSummary, Mention, MentionListQuerySchema } from '../../../core/api';
import { compileWatchQuery, parseWatchQuery, prepareMention } from '../../../core/query';
import type { ServiceDeps } from '../../deps';
import type { IngestPipeline } from '../../pipeline';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';
import { createMentionRepository } from './mentions.repository';

/** How many recent mentions a query preview scans, and how many matches it returns. */
const PREVIEW_SCAN = 2000;
const PREVIEW_MATCHES = 20;

export interface QueryPreview {
  valid: boolean;
  error: { message: string; position: number; code: string } | null;
  matches: Mention[];
  scanned: number;
}

export function createMentionService(deps: ServiceDeps, pipeline: IngestPipeline) {
  const repository = createMentionRepository(deps.db, deps.dialect);

  return {
    listMentions: (workspaceId: number, filter: z.output<typeof MentionListQuerySchema>) => repository.listMentions(workspaceId, filter),
    getMention: (workspaceId: number, mentionId: number) => repository.getMention(workspaceId, mentionId),
    facets: (workspaceId: number) => repository.facets(workspaceId),

    /** Runs a watch query over recent stored mentions while its author types it. */
    async previewWatchQuery(workspaceId: number, source: string): Promise<QueryPreview> {
      const parsed = parseWatchQuery(source);
      if (!parsed.ok) {
        const { message, position, code } = parsed.error;
        return { valid: false, error: { message, position, code }, matches: [], scanned: 0 };
      }
      const matches = compileWatchQuery(parsed.query);
      const recent = await repository.recentMentions(workspaceId, PREVIEW_SCAN);
      const hits = recent
        .filter((m) => matches(prepareMention({ text: m.text, language: m.language, platform: m.platform, authorHandle: m.author_handle })))
        .slice(0, PREVIEW_MATCHES);
      return { valid: true, error: null, matches: await repository.withBrands(hits), scanned: recent.length };
    },

    /** The HTTP batch endpoint: the same ingest path as file imports, with line = position in the batch. */
    async ingestBatch(workspaceId: number, rows: unknown[], actor: Actor): Promise<IngestSummary> {
      const result = await pipeline.ingestBatch(
        workspaceId,
        rows.map((data, i) => ({ line: i + 1, data })),
      );
      await recordAudit(deps.db, actor, deps.clock.now(), {
        workspaceId,
        action: 'mentions.ingested',
        details: {
          via: 'api',
          received: result.received,
          imported: result.imported,
          duplicates: result.duplicates,
          engagementUpdated: result.engagementUpdated,
          rejected: result.rejected.length,
        },
      });
      return result;
    },
  };
}

export type MentionService = ReturnType<typeof createMentionService>;
