import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  PolicyAcknowledgeInputSchema,
  PolicyAcknowledgementsSchema,
  PolicyInputSchema,
  PolicyStateSchema,
  PolicyVersionSchema,
  PolicyVersionSummarySchema,
} from '../../../core/api';
import { AppError } from '../../errors';
import { COMMON_ERRORS, WorkspaceParams, accessWorkspace, createRouter, idParams, jsonBody, jsonContent } from '../../routing/route-kit';
import type { PolicyService } from './policy.service';

const base = '/workspaces/{workspaceId}/policy';
const tags = ['plan'];
const stateResponse = {
  200: jsonContent(PolicyStateSchema, 'The current policy and whether the caller acknowledged it'),
  ...COMMON_ERRORS,
};

/** The social media policy: every member reads and acknowledges it; crisis leads publish versions and see who has not. */
export function policyRoutes(policy: PolicyService) {
  return createRouter()
    .openapi(
      createRoute({ method: 'get', path: base, tags, request: { params: WorkspaceParams }, responses: stateResponse }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'plan.read');
        return c.json(await policy.getPolicy(access.workspaceId, access.actor.userId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/versions`,
        tags,
        description:
          'Publishes a new version of the policy (Markdown). Every member must acknowledge it; the publisher counts as having read it.',
        request: { params: WorkspaceParams, ...jsonBody(PolicyInputSchema) },
        responses: stateResponse,
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'policy.publish');
        return c.json(await policy.publishPolicy(access.workspaceId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/versions`,
        tags,
        request: { params: WorkspaceParams },
        responses: {
          200: jsonContent(z.array(PolicyVersionSummarySchema), 'Versions newest first, with how many acknowledged each'),
          ...COMMON_ERRORS,
        },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'plan.read');
        return c.json(await policy.listVersions(access.workspaceId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/versions/{version}`,
        tags,
        request: { params: idParams('version') },
        responses: { 200: jsonContent(PolicyVersionSchema, 'One version as it was published'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, version } = c.req.valid('param');
        accessWorkspace(c, workspaceId, 'plan.read');
        return c.json(await policy.getVersion(workspaceId, version), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/acknowledge`,
        tags,
        description: 'The signed-in member confirms they read `version`, which must be the current one.',
        request: { params: WorkspaceParams, ...jsonBody(PolicyAcknowledgeInputSchema) },
        responses: stateResponse,
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'plan.read');
        const { userId } = access.actor;
        if (userId === null) throw new AppError('forbidden', 'A person acknowledges the policy, not an API token');
        return c.json(await policy.acknowledgePolicy(access.workspaceId, c.req.valid('json').version, { ...access.actor, userId }), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/acknowledgements`,
        tags,
        request: { params: WorkspaceParams },
        responses: {
          200: jsonContent(PolicyAcknowledgementsSchema, 'Members who acknowledged the current version and those who have not'),
          ...COMMON_ERRORS,
        },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'policy.publish');
        return c.json(await policy.listAcknowledgements(access.workspaceId), 200);
      },
    );
}
