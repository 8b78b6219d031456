import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  BlockProposalSchema,
  BulkResultSchema,
  ClusterHideInputSchema,
  ClusterQuerySchema,
  ErrorBodySchema,
  MentionModerationSchema,
  ModerateInputSchema,
  ModerationActionSchema,
  ModerationActionsQuerySchema,
  ModerationClusterSchema,
  ModerationSettingsInputSchema,
  ModerationSettingsSchema,
} from '../../../core/api';
import { COMMON_ERRORS, WorkspaceParams, accessWorkspace, createRouter, idParams, jsonBody, jsonContent } from '../../routing/route-kit';
import type { ModerationService } from './moderation.service';

const base = '/workspaces/{workspaceId}/moderation';
const tags = ['moderation'];
const actionResponse = {
  200: jsonContent(ModerationActionSchema, 'The action, queued in the outbox'),
  409: jsonContent(ErrorBodySchema, 'Already done, or cannot be undone'),
  ...COMMON_ERRORS,
};
const bulkResponse = {
  200: jsonContent(BulkResultSchema, 'The actions, one outbox item each'),
  409: jsonContent(ErrorBodySchema, 'Nothing left to do'),
  ...COMMON_ERRORS,
};
const UndoBodySchema = z.object({ reason: z.string().trim().max(500).optional() });

export function moderationRoutes(moderation: ModerationService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/settings`,
        tags,
        summary: "The workspace's moderation policy",
        request: { params: WorkspaceParams },
        responses: { 200: jsonContent(ModerationSettingsSchema, 'The policy'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'inbox.read');
        return c.json(await moderation.settings(workspaceId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: `${base}/settings`,
        tags,
        summary: 'Set the moderation policy (block after N offences in T, whether rudeness counts, cluster size for bulk hiding)',
        request: { params: WorkspaceParams, ...jsonBody(ModerationSettingsInputSchema) },
        responses: { 200: jsonContent(ModerationSettingsSchema, 'The policy'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'moderation.block');
        return c.json(await moderation.updateSettings(access.workspaceId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/mentions/{mentionId}`,
        tags,
        summary: "What the policy proposes for a mention, the author's recent offences and the actions taken on it",
        request: { params: idParams('mentionId') },
        responses: { 200: jsonContent(MentionModerationSchema, 'The proposal'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, mentionId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'inbox.read');
        return c.json(await moderation.forMention(workspaceId, mentionId, access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/actions`,
        tags,
        summary: 'Moderation actions, newest first',
        request: { params: WorkspaceParams, query: ModerationActionsQuerySchema },
        responses: { 200: jsonContent(z.array(ModerationActionSchema), 'The actions'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'inbox.read');
        return c.json(await moderation.list(workspaceId, c.req.valid('query')), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/actions`,
        tags,
        summary: 'Hide, delete or block from a comment, through the outbox on the owned account it lives on',
        request: { params: WorkspaceParams, ...jsonBody(ModerateInputSchema) },
        responses: actionResponse,
      }),
      async (c) => {
        const input = c.req.valid('json');
        // Hiding is a responder's call; deleting and blocking are the crisis lead's.
        const access = accessWorkspace(
          c,
          c.req.valid('param').workspaceId,
          input.action === 'hide' ? 'moderation.act' : 'moderation.block',
        );
        return c.json(await moderation.act(access.workspaceId, input, access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/actions/{actionId}/undo`,
        tags,
        summary: 'Undo a hide (unhide) or a block (unblock); a delete cannot be undone',
        request: { params: idParams('actionId'), ...jsonBody(UndoBodySchema) },
        responses: actionResponse,
      }),
      async (c) => {
        const { workspaceId, actionId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'moderation.act');
        const original = await moderation.get(workspaceId, actionId);
        if (original.action !== 'hide') accessWorkspace(c, workspaceId, 'moderation.block');
        return c.json(await moderation.undo(workspaceId, actionId, access.actor, c.req.valid('json').reason ?? null), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/block-proposals`,
        tags,
        summary: 'Authors the policy proposes to block (N offences within the window), not blocked yet',
        request: { params: WorkspaceParams },
        responses: { 200: jsonContent(z.array(BlockProposalSchema), 'The proposals'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'inbox.read');
        return c.json(await moderation.blockProposals(workspaceId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/clusters`,
        tags,
        summary: 'Near-duplicate comments per brand, and whether the policy lets each cluster be hidden in bulk',
        request: { params: WorkspaceParams, query: ClusterQuerySchema },
        responses: { 200: jsonContent(z.array(ModerationClusterSchema), 'The clusters'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'inbox.read');
        return c.json(await moderation.clusters(workspaceId, c.req.valid('query')), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/clusters/hide`,
        tags,
        summary: 'Hide every comment of a coordinated cluster (one outbox item each, one audit entry)',
        request: { params: WorkspaceParams, ...jsonBody(ClusterHideInputSchema) },
        responses: bulkResponse,
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'moderation.act');
        return c.json(await moderation.hideCluster(access.workspaceId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/bulk/{bulkKey}/undo`,
        tags,
        summary: 'Unhide what a bulk hide hid',
        request: { params: WorkspaceParams.extend({ bulkKey: z.string().min(1).max(200) }) },
        responses: bulkResponse,
      }),
      async (c) => {
        const { workspaceId, bulkKey } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'moderation.act');
        return c.json(await moderation.undoBulk(workspaceId, bulkKey, access.actor), 200);
      },
    );
}
