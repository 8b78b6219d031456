import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  ErrorBodySchema,
  OkSchema,
  OwnedAccountInputSchema,
  OwnedAccountPatchSchema,
  OwnedAccountSchema,
  PublisherSchema,
  SandboxFailuresSchema,
  SandboxPostSchema,
} from '../../../core/api';
import { COMMON_ERRORS, WorkspaceParams, accessWorkspace, createRouter, idParams, jsonBody, jsonContent } from '../../routing/route-kit';
import type { AccountService } from './accounts.service';

const base = '/workspaces/{workspaceId}';
const tags = ['accounts'];
const accountResponse = {
  200: jsonContent(OwnedAccountSchema, 'The account'),
  409: jsonContent(ErrorBodySchema, 'Already there'),
  ...COMMON_ERRORS,
};

const publishersResponse = { 200: jsonContent(z.array(PublisherSchema), 'The publishers, by name'), ...COMMON_ERRORS };

export function accountRoutes(accounts: AccountService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/accounts`,
        tags,
        summary: "The brands' owned accounts",
        request: { params: WorkspaceParams, query: z.object({ brandId: z.coerce.number().int().positive().optional() }) },
        responses: { 200: jsonContent(z.array(OwnedAccountSchema), 'The accounts'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'brands.read');
        return c.json(await accounts.list(workspaceId, c.req.valid('query').brandId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/accounts`,
        tags,
        summary: 'Add an owned account',
        request: { params: WorkspaceParams, ...jsonBody(OwnedAccountInputSchema) },
        responses: accountResponse,
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'accounts.manage');
        return c.json(await accounts.create(access.workspaceId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: `${base}/accounts/{accountId}`,
        tags,
        summary: "Change an owned account's name or avatar",
        request: { params: idParams('accountId'), ...jsonBody(OwnedAccountPatchSchema) },
        responses: accountResponse,
      }),
      async (c) => {
        const { workspaceId, accountId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'accounts.manage');
        return c.json(await accounts.update(workspaceId, accountId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/accounts/{accountId}/sandbox-posts`,
        tags,
        summary: 'What a sandbox account recorded: posts, replies, hides, deletes and blocks',
        request: { params: idParams('accountId') },
        responses: { 200: jsonContent(z.array(SandboxPostSchema), 'Newest first'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, accountId } = c.req.valid('param');
        accessWorkspace(c, workspaceId, 'outbox.read');
        return c.json(await accounts.sandboxPosts(workspaceId, accountId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: `${base}/accounts/{accountId}/sandbox-failures`,
        tags,
        summary: 'Make a sandbox account fail its next calls (tests and drills)',
        request: { params: idParams('accountId'), ...jsonBody(SandboxFailuresSchema) },
        responses: { 200: jsonContent(OkSchema, 'Set'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, accountId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'accounts.manage');
        await accounts.setSandboxFailures(workspaceId, accountId, c.req.valid('json'), access.actor);
        return c.json({ ok: true as const }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/accounts/{accountId}/publishers`,
        tags,
        summary: 'Who may post as this account',
        request: { params: idParams('accountId') },
        responses: publishersResponse,
      }),
      async (c) => {
        const { workspaceId, accountId } = c.req.valid('param');
        accessWorkspace(c, workspaceId, 'outbox.read');
        return c.json(await accounts.publishers(workspaceId, accountId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: `${base}/accounts/{accountId}/publishers/{userId}`,
        tags,
        summary: 'Let a member post as this account',
        request: { params: idParams('accountId', 'userId') },
        responses: publishersResponse,
      }),
      async (c) => {
        const { workspaceId, accountId, userId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'accounts.manage');
        return c.json(await accounts.grantPublisher(workspaceId, accountId, userId, access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: `${base}/accounts/{accountId}/publishers/{userId}`,
        tags,
        summary: "Take away a member's right to post as this account",
        request: { params: idParams('accountId', 'userId') },
        responses: publishersResponse,
      }),
      async (c) => {
        const { workspaceId, accountId, userId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'accounts.manage');
        return c.json(await accounts.revokePublisher(workspaceId, accountId, userId, access.actor), 200);
      },
    );
}
