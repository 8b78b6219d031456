import { createRoute } from '@hono/zod-openapi';
import { RiskInputSchema, RiskListQuerySchema, RiskPatchSchema, RiskRegisterSchema, RiskReviewSchema, RiskSchema } from '../../../core/api';
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
import type { RiskService } from './risks.service';

const base = '/workspaces/{workspaceId}/risks';
const tags = ['plan'];
const riskResponse = { 200: jsonContent(RiskSchema, 'The risk'), ...COMMON_ERRORS };

/** The risk register: everyone reads it, the crisis lead keeps it. */
export function riskRoutes(risks: RiskService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: base,
        tags,
        summary: 'The risk register with its likelihood × impact heat map',
        description: 'Filters narrow `items`; `heatMap` and `overdueCount` always cover the whole register.',
        request: { params: WorkspaceParams, query: RiskListQuerySchema },
        responses: { 200: jsonContent(RiskRegisterSchema, 'Risks, highest score first'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'plan.read');
        return c.json(await risks.listRisks(access.workspaceId, c.req.valid('query')), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: base,
        tags,
        request: { params: WorkspaceParams, ...jsonBody(RiskInputSchema) },
        responses: riskResponse,
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'plan.write');
        return c.json(await risks.createRisk(access.workspaceId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: `${base}/{riskId}`, tags, request: { params: idParams('riskId') }, responses: riskResponse }),
      async (c) => {
        const { workspaceId, riskId } = c.req.valid('param');
        accessWorkspace(c, workspaceId, 'plan.read');
        return c.json(await risks.getRisk(workspaceId, riskId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: `${base}/{riskId}`,
        tags,
        request: { params: idParams('riskId'), ...jsonBody(RiskPatchSchema) },
        responses: riskResponse,
      }),
      async (c) => {
        const { workspaceId, riskId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'plan.write');
        return c.json(await risks.updateRisk(workspaceId, riskId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/{riskId}/review`,
        tags,
        summary: 'Marks the risk reviewed now and sets its next review date',
        request: { params: idParams('riskId'), ...jsonBody(RiskReviewSchema) },
        responses: riskResponse,
      }),
      async (c) => {
        const { workspaceId, riskId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'plan.write');
        return c.json(await risks.reviewRisk(workspaceId, riskId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({ method: 'delete', path: `${base}/{riskId}`, tags, request: { params: idParams('riskId') }, responses: OK_RESPONSE }),
      async (c) => {
        const { workspaceId, riskId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'plan.write');
        await risks.deleteRisk(workspaceId, riskId, access.actor);
        return c.json({ ok: true as const }, 200);
      },
    );
}
