import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  IngestSummarySchema,
  MentionBatchRequestSchema,
  MentionDetailSchema,
  MentionFacetsSchema,
  MentionListQuerySchema,
  MentionSchema,
  QueryPreviewRequestSchema,
  pageOf,
} from '../../../core/api';
import { COMMON_ERRORS, WorkspaceParams, accessWorkspace, createRouter, idParams, jsonBody, jsonContent } from '../../routing/route-kit';
import type { MentionService } from './mentions.service';

const base = '/workspaces/{workspaceId}';
const tags = ['mentions'];

const QueryPreviewSchema = z.object({
  valid: z.boolean(),
  error: z.object({ message: z.string(), position: z.number(), code: z.string() }).nullable(),
  matches: z.array(MentionSchema),
  scanned: z.number(),
});

export function mentionRoutes(mentions: MentionService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/mentions`,
        tags,
        summary: 'Mentions newest first, with full-text search and filters',
        request: { params: WorkspaceParams, query: MentionListQuerySchema },
        responses: { 200: jsonContent(pageOf(MentionSchema), 'A page of mentions'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'mentions.read');
        return c.json(await mentions.listMentions(workspaceId, c.req.valid('query')), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/mentions/facets`,
        tags,
        request: { params: WorkspaceParams },
        responses: { 200: jsonContent(MentionFacetsSchema, 'Values for the filters'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'mentions.read');
        return c.json(await mentions.facets(workspaceId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/mentions/{mentionId}`,
        tags,
        request: { params: idParams('mentionId') },
        responses: { 200: jsonContent(MentionDetailSchema, 'One mention with its raw payload'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, mentionId } = c.req.valid('param');
        accessWorkspace(c, workspaceId, 'mentions.read');
        return c.json(await mentions.getMention(workspaceId, mentionId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/mentions/batch`,
        tags,
        summary: 'Ingest a batch of mentions (API token with mentions:write, or a signed-in member)',
        description:
          'Idempotent on (platform, externalId). Bad rows are reported with their 1-based position in the batch and do not stop the others.',
        request: { params: WorkspaceParams, ...jsonBody(MentionBatchRequestSchema) },
        responses: {
          200: jsonContent(IngestSummarySchema, 'What was imported, skipped as duplicate, and rejected'),
          ...COMMON_ERRORS,
          413: jsonContent(z.unknown(), 'Body too large'),
        },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'mentions.import');
        return c.json(await mentions.ingestBatch(access.workspaceId, c.req.valid('json').mentions, access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/queries/preview`,
        tags: ['brands'],
        request: { params: WorkspaceParams, ...jsonBody(QueryPreviewRequestSchema) },
        responses: { 200: jsonContent(QueryPreviewSchema, 'Recent mentions the query matches'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'mentions.read');
        return c.json(await mentions.previewWatchQuery(workspaceId, c.req.valid('json').query), 200);
      },
    );
}
