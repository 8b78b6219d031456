import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  BrandInputSchema,
  BrandPatchSchema,
  BrandSchema,
  WatchQueryInputSchema,
  WatchQueryPatchSchema,
  WatchQuerySchema,
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
} from '../../routing/route-kit';
import type { BrandService } from './brands.service';

const base = '/workspaces/{workspaceId}';
const brandResponse = { 200: jsonContent(BrandSchema, 'The brand'), ...COMMON_ERRORS };
const queryResponse = { 200: jsonContent(WatchQuerySchema, 'The watch query'), ...COMMON_ERRORS };
const tags = ['brands'];

export function brandRoutes(brands: BrandService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/brands`,
        tags,
        request: { params: WorkspaceParams },
        responses: { 200: jsonContent(z.array(BrandSchema), 'Own brands first, then competitors'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'brands.read');
        return c.json(await brands.listBrands(workspaceId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/brands`,
        tags,
        request: { params: WorkspaceParams, ...jsonBody(BrandInputSchema) },
        responses: brandResponse,
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'brands.write');
        return c.json(await brands.createBrand(access.workspaceId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/brands/{brandId}`,
        tags,
        request: { params: idParams('brandId') },
        responses: brandResponse,
      }),
      async (c) => {
        const { workspaceId, brandId } = c.req.valid('param');
        accessWorkspace(c, workspaceId, 'brands.read');
        return c.json(await brands.getBrand(workspaceId, brandId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: `${base}/brands/{brandId}`,
        tags,
        request: { params: idParams('brandId'), ...jsonBody(BrandPatchSchema) },
        responses: brandResponse,
      }),
      async (c) => {
        const { workspaceId, brandId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'brands.write');
        return c.json(await brands.updateBrand(workspaceId, brandId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: `${base}/brands/{brandId}`,
        tags,
        request: { params: idParams('brandId') },
        responses: OK_RESPONSE,
      }),
      async (c) => {
        const { workspaceId, brandId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'brands.write');
        await brands.deleteBrand(workspaceId, brandId, access.actor);
        return c.json({ ok: true as const }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/brands/{brandId}/queries`,
        tags,
        request: { params: idParams('brandId') },
        responses: { 200: jsonContent(z.array(WatchQuerySchema), 'The brand’s watch queries'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, brandId } = c.req.valid('param');
        accessWorkspace(c, workspaceId, 'brands.read');
        return c.json(await brands.listQueries(workspaceId, brandId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/brands/{brandId}/queries`,
        tags,
        request: { params: idParams('brandId'), ...jsonBody(WatchQueryInputSchema) },
        responses: queryResponse,
      }),
      async (c) => {
        const { workspaceId, brandId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'queries.write');
        return c.json(await brands.createQuery(workspaceId, brandId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: `${base}/queries/{queryId}`,
        tags,
        request: { params: idParams('queryId'), ...jsonBody(WatchQueryPatchSchema) },
        responses: queryResponse,
      }),
      async (c) => {
        const { workspaceId, queryId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'queries.write');
        return c.json(await brands.updateQuery(workspaceId, queryId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: `${base}/queries/{queryId}`,
        tags,
        request: { params: idParams('queryId') },
        responses: OK_RESPONSE,
      }),
      async (c) => {
        const { workspaceId, queryId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'queries.write');
        await brands.deleteQuery(workspaceId, queryId, access.actor);
        return c.json({ ok: true as const }, 200);
      },
    );
}
