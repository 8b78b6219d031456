import { createRoute } from '@hono/zod-openapi';
import {
  AnalysisAccuracySchema,
  AnalysisPreviewRequestSchema,
  CategoryRulesResponseSchema,
  CategoryRulesUpdateSchema,
  ErrorBodySchema,
  MentionCorrectionRequestSchema,
  OkSchema,
  TextAnalysisSchema,
} from '../../../core/api';
import { COMMON_ERRORS, WorkspaceParams, accessWorkspace, createRouter, idParams, jsonBody, jsonContent } from '../../routing/route-kit';
import type { AnalysisService } from './analysis.service';

const base = '/workspaces/{workspaceId}';
const tags = ['analysis'];

export function analysisRoutes(analysis: AnalysisService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/mentions/{mentionId}/corrections`,
        tags,
        summary: "Relabel a mention's sentiment or crisis categories",
        description: "The correction is audited, counted in the accuracy view, and adapts the workspace's sentiment model.",
        request: { params: idParams('mentionId'), ...jsonBody(MentionCorrectionRequestSchema) },
        responses: { 200: jsonContent(OkSchema, 'Corrected'), 409: jsonContent(ErrorBodySchema, 'Not analysed yet'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, mentionId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'analysis.correct');
        await analysis.correctMention(workspaceId, mentionId, c.req.valid('json'), access.actor);
        return c.json({ ok: true as const }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/analysis/accuracy`,
        tags,
        summary: 'How often the analysis agreed with reviewers, and how the adapted model does now',
        request: { params: WorkspaceParams },
        responses: { 200: jsonContent(AnalysisAccuracySchema, 'The accuracy view'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'mentions.read');
        return c.json(await analysis.accuracy(workspaceId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/analysis/preview`,
        tags,
        summary: "Analyse a text with the workspace's analysis, without storing it",
        request: { params: WorkspaceParams, ...jsonBody(AnalysisPreviewRequestSchema) },
        responses: { 200: jsonContent(TextAnalysisSchema, 'The analysis'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'mentions.read');
        return c.json(await analysis.previewText(workspaceId, c.req.valid('json').text), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/analysis/category-rules`,
        tags,
        request: { params: WorkspaceParams },
        responses: { 200: jsonContent(CategoryRulesResponseSchema, "The workspace's crisis-category rules"), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'mentions.read');
        return c.json(await analysis.categoryRules(workspaceId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: `${base}/analysis/category-rules`,
        tags,
        summary: 'Replace the crisis-category rules (null restores the shipped ones)',
        description: 'New mentions use the rules at once; `siaga reanalyze` applies them to stored mentions.',
        request: { params: WorkspaceParams, ...jsonBody(CategoryRulesUpdateSchema) },
        responses: { 200: jsonContent(CategoryRulesResponseSchema, 'The rules now in force'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'analysis.configure');
        return c.json(await analysis.updateCategoryRules(access.workspaceId, c.req.valid('json').rules, access.actor), 200);
      },
    );
}
