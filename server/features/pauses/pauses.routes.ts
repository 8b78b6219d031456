import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorBodySchema, PauseInputSchema, PauseSchema } from '../../../core/api';
import { COMMON_ERRORS, WorkspaceParams, accessWorkspace, createRouter, idParams, jsonBody, jsonContent } from '../../routing/route-kit';
import type { PauseService } from './pauses.service';

const base = '/workspaces/{workspaceId}';
const tags = ['pauses'];
const pauseResponse = { 200: jsonContent(PauseSchema, 'The pause'), 409: jsonContent(ErrorBodySchema, 'Already so'), ...COMMON_ERRORS };

export function pauseRoutes(pauses: PauseService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/pauses`,
        tags,
        summary: 'Brand posting pauses, newest first',
        request: { params: WorkspaceParams, query: z.object({ active: z.enum(['true', 'false']).optional() }) },
        responses: { 200: jsonContent(z.array(PauseSchema), 'The pauses'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'incidents.read');
        return c.json(await pauses.list(workspaceId, { active: c.req.valid('query').active === 'true' }), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/pauses`,
        tags,
        summary: "Pause a brand's scheduled posts",
        request: { params: WorkspaceParams, ...jsonBody(PauseInputSchema) },
        responses: pauseResponse,
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'incidents.work');
        return c.json(await pauses.pause(access.workspaceId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/pauses/{pauseId}/resume`,
        tags,
        summary: "Resume a brand's scheduled posts (the crisis lead's call)",
        request: { params: idParams('pauseId') },
        responses: pauseResponse,
      }),
      async (c) => {
        const { workspaceId, pauseId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'incidents.resolve');
        return c.json(await pauses.resume(workspaceId, pauseId, access.actor), 200);
      },
    );
}
