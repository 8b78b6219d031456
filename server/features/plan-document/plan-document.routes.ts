import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorBodySchema } from '../../../core/api';
import { COMMON_ERRORS, WorkspaceParams, accessWorkspace, createRouter, jsonContent, requireRole } from '../../routing/route-kit';
import type { PlanDocumentFormat, PlanDocumentService } from './plan-document.service';

const base = '/workspaces/{workspaceId}/plan-document';
const tags = ['plan'];
const Query = z.object({
  language: z.enum(['id', 'en']).default('id'),
  /** `attachment` downloads; `inline` (the default for HTML) opens in the browser. */
  disposition: z.enum(['inline', 'attachment']).optional(),
});

const FORMATS: { format: PlanDocumentFormat; suffix: string; mediaType: string; summary: string }[] = [
  { format: 'html', suffix: 'html', mediaType: 'text/html', summary: 'The whole plan as one printable HTML page (print stylesheet, A4)' },
  { format: 'markdown', suffix: 'md', mediaType: 'text/markdown', summary: 'The whole plan as Markdown' },
  {
    format: 'pdf',
    suffix: 'pdf',
    mediaType: 'application/pdf',
    summary: 'The whole plan as PDF, printed by Chromium; answers 503 with how to get Chromium when it is missing',
  },
];

/** One endpoint per format; contacts in the document follow the exporter's visibility. */
export function planDocumentRoutes(documents: PlanDocumentService) {
  const router = createRouter();
  for (const { format, suffix, mediaType, summary } of FORMATS) {
    router.openapi(
      createRoute({
        method: 'get',
        path: `${base}.${suffix}`,
        tags,
        summary,
        request: { params: WorkspaceParams, query: Query },
        responses: {
          200: { content: { [mediaType]: { schema: z.string() } }, description: 'The document' },
          ...COMMON_ERRORS,
          503: jsonContent(ErrorBodySchema, 'Chromium is not installed (PDF only)'),
        },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'plan.read');
        const { language, disposition } = c.req.valid('query');
        const file = await documents.exportPlan(access.workspaceId, format, language, access.actor, requireRole(access));
        const how = disposition ?? (format === 'html' ? 'inline' : 'attachment');
        return c.body(typeof file.body === 'string' ? file.body : new Uint8Array(file.body), 200, {
          'content-type': file.contentType,
          'content-disposition': `${how}; filename="${file.fileName}"`,
        });
      },
    );
  }
  return router;
}
