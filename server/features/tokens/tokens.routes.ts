import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ApiTokenSchema, CreateApiTokenSchema, CreatedApiTokenSchema } from '../../../core/api';
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
import type { TokenService } from './tokens.service';

const base = '/workspaces/{workspaceId}/tokens';
const tags = ['tokens'];

export function tokenRoutes(tokens: TokenService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: base,
        tags,
        request: { params: WorkspaceParams },
        responses: { 200: jsonContent(z.array(ApiTokenSchema), 'API tokens, newest first'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'tokens.manage');
        requireRole(access);
        return c.json(await tokens.listTokens(access.workspaceId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: base,
        tags,
        request: { params: WorkspaceParams, ...jsonBody(CreateApiTokenSchema) },
        responses: { 200: jsonContent(CreatedApiTokenSchema, 'The token and its secret, shown only now'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'tokens.manage');
        requireRole(access);
        const { name, scopes } = c.req.valid('json');
        return c.json(await tokens.createToken(access.workspaceId, name, scopes, access.actor), 200);
      },
    )
    .openapi(
      createRoute({ method: 'delete', path: `${base}/{tokenId}`, tags, request: { params: idParams('tokenId') }, responses: OK_RESPONSE }),
      async (c) => {
        const { workspaceId, tokenId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'tokens.manage');
        requireRole(access);
        await tokens.revokeToken(workspaceId, tokenId, access.actor);
        return c.json({ ok: true as const }, 200);
      },
    );
}
