import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorBodySchema, OutboxFilterSchema, OutboxItemSchema, ScheduledPostInputSchema } from '../../../core/api';
import { COMMON_ERRORS, WorkspaceParams, accessWorkspace, createRouter, idParams, jsonBody, jsonContent } from '../../routing/route-kit';
import type { OutboxService } from './outbox.service';

const base = '/workspaces/{workspaceId}';
const tags = ['outbox'];
const itemResponse = {
  200: jsonContent(OutboxItemSchema, 'The item'),
  409: jsonContent(ErrorBodySchema, 'Not in a state for that'),
  ...COMMON_ERRORS,
};

export function outboxRoutes(outbox: OutboxService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/outbox`,
        tags,
        summary: 'Outgoing replies, statements, scheduled posts and moderation actions, latest scheduled first',
        request: { params: WorkspaceParams, query: OutboxFilterSchema },
        responses: { 200: jsonContent(z.array(OutboxItemSchema), 'The items'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'outbox.read');
        return c.json(await outbox.list(workspaceId, c.req.valid('query')), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/outbox/{itemId}`,
        tags,
        summary: 'One outbox item with its receipt or error',
        request: { params: idParams('itemId') },
        responses: { 200: jsonContent(OutboxItemSchema, 'The item'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, itemId } = c.req.valid('param');
        accessWorkspace(c, workspaceId, 'outbox.read');
        return c.json(await outbox.get(workspaceId, itemId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/outbox/scheduled-posts`,
        tags,
        summary: 'Schedule a post on an owned account (held while the brand is paused)',
        request: { params: WorkspaceParams, ...jsonBody(ScheduledPostInputSchema) },
        responses: itemResponse,
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'outbox.manage');
        return c.json(await outbox.schedulePost(access.workspaceId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/outbox/{itemId}/cancel`,
        tags,
        summary: 'Cancel a queued or held item',
        request: { params: idParams('itemId') },
        responses: itemResponse,
      }),
      async (c) => {
        const { workspaceId, itemId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'outbox.manage');
        return c.json(await outbox.cancel(workspaceId, itemId, access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/outbox/{itemId}/retry`,
        tags,
        summary: 'Try a failed item again (same idempotency key: never posted twice)',
        request: { params: idParams('itemId') },
        responses: itemResponse,
      }),
      async (c) => {
        const { workspaceId, itemId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'outbox.manage');
        return c.json(await outbox.retry(workspaceId, itemId, access.actor), 200);
      },
    );
}
