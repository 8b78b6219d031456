import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  ChannelInputSchema,
  ChannelPatchSchema,
  ChannelTestRequestSchema,
  DeliveryListQuerySchema,
  DeliverySchema,
  NotificationChannelSchema,
  pageOf,
} from '../../../core/api';
import {
  COMMON_ERRORS,
  OK_RESPONSE,
  WorkspaceParams,
  accessWorkspace,
  createRouter,
  idParams,
  jsonBody,
  jsonContent,
  requireRole,
} from '../../routing/route-kit';
import type { ChannelService } from './channels.service';
import type { NotificationService } from './notifications.service';

const base = '/workspaces/{workspaceId}/notification-channels';
const tags = ['notifications'];
const channelResponse = { 200: jsonContent(NotificationChannelSchema, 'The channel, with its secrets masked'), ...COMMON_ERRORS };

export function notificationRoutes(channels: ChannelService, notifications: NotificationService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: base,
        tags,
        request: { params: WorkspaceParams },
        responses: {
          200: jsonContent(z.array(NotificationChannelSchema), 'Channels by name; secrets are never returned'),
          ...COMMON_ERRORS,
        },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'notifications.read');
        return c.json(await channels.listChannels(access.workspaceId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: base,
        tags,
        description: 'Adds a channel. Its secrets (tokens, passwords, webhook URLs and signing secrets) are write-only.',
        request: { params: WorkspaceParams, ...jsonBody(ChannelInputSchema) },
        responses: channelResponse,
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'notifications.manage');
        requireRole(access);
        return c.json(await channels.createChannel(access.workspaceId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/deliveries`,
        tags,
        request: { params: WorkspaceParams, query: DeliveryListQuerySchema },
        responses: { 200: jsonContent(pageOf(DeliverySchema), 'The delivery log, newest first'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'notifications.read');
        return c.json(await notifications.listDeliveries(access.workspaceId, c.req.valid('query')), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/{channelId}`,
        tags,
        request: { params: idParams('channelId') },
        responses: channelResponse,
      }),
      async (c) => {
        const { workspaceId, channelId } = c.req.valid('param');
        accessWorkspace(c, workspaceId, 'notifications.read');
        return c.json(await channels.getChannel(workspaceId, channelId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: `${base}/{channelId}`,
        tags,
        description: 'Changes a channel. `kind` must match; secrets not given are kept.',
        request: { params: idParams('channelId'), ...jsonBody(ChannelPatchSchema) },
        responses: channelResponse,
      }),
      async (c) => {
        const { workspaceId, channelId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'notifications.manage');
        requireRole(access);
        return c.json(await channels.updateChannel(workspaceId, channelId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: `${base}/{channelId}`,
        tags,
        request: { params: idParams('channelId') },
        responses: OK_RESPONSE,
      }),
      async (c) => {
        const { workspaceId, channelId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'notifications.manage');
        requireRole(access);
        await channels.deleteChannel(workspaceId, channelId, access.actor);
        return c.json({ ok: true as const }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/{channelId}/test`,
        tags,
        description: 'Sends a test message now (one attempt) and answers with the delivery as it ended.',
        request: { params: idParams('channelId'), ...jsonBody(ChannelTestRequestSchema) },
        responses: { 200: jsonContent(DeliverySchema, 'The test delivery: sent, or failed with the provider’s error'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, channelId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'notifications.manage');
        requireRole(access);
        const { language } = c.req.valid('json');
        return c.json(await notifications.sendTestMessage(workspaceId, channelId, language, access.actor), 200);
      },
    );
}
