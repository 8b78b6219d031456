import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  CrisisTeamInputSchema,
  CrisisTeamSchema,
  PlaybookDetailSchema,
  PlaybookHistoryEntrySchema,
  PlaybookInputSchema,
  PlaybookListQuerySchema,
  PlaybookSummarySchema,
  PlaybookVersionInputSchema,
  PlaybookVersionSchema,
  StarterInstallInputSchema,
  StarterInstallResultSchema,
  TeamOverviewSchema,
  TeamScopeSchema,
} from '../../../core/api';
import { COMMON_ERRORS, WorkspaceParams, accessWorkspace, createRouter, idParams, jsonBody, jsonContent } from '../../routing/route-kit';
import type { PlanService } from './plan.service';
import { policyRoutes } from './policy.routes';

const base = '/workspaces/{workspaceId}/playbooks';
const teamBase = '/workspaces/{workspaceId}/crisis-team';
const tags = ['plan'];
const playbookResponse = { 200: jsonContent(PlaybookDetailSchema, 'The playbook at its current version'), ...COMMON_ERRORS };
const PlaybookParams = idParams('playbookId');
const ScopeParams = WorkspaceParams.extend({ scope: TeamScopeSchema });

/** Playbooks (versioned) and the crisis team; reading is for every member, writing for crisis leads. */
export function planRoutes(plan: PlanService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: base,
        tags,
        request: { params: WorkspaceParams, query: PlaybookListQuerySchema },
        responses: { 200: jsonContent(z.array(PlaybookSummarySchema), 'Playbooks by crisis type'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'plan.read');
        return c.json(await plan.playbooks.listPlaybooks(access.workspaceId, c.req.valid('query')), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: base,
        tags,
        description: 'Creates a playbook with its first version. A crisis type has one active playbook: the one it replaces is archived.',
        request: { params: WorkspaceParams, ...jsonBody(PlaybookInputSchema) },
        responses: playbookResponse,
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'plan.write');
        return c.json(await plan.playbooks.createPlaybook(access.workspaceId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/install-starter`,
        tags,
        description:
          'Adds the starter playbooks (written for Siaga, in Indonesian or English) the workspace does not have yet. Playbooks it already has, edited or not, are kept.',
        request: { params: WorkspaceParams, ...jsonBody(StarterInstallInputSchema) },
        responses: { 200: jsonContent(StarterInstallResultSchema, 'What was added and which starters were kept'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'plan.write');
        return c.json(await plan.playbooks.installStarter(access.workspaceId, c.req.valid('json').language, access.actor), 200);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: `${base}/{playbookId}`, tags, request: { params: PlaybookParams }, responses: playbookResponse }),
      async (c) => {
        const { workspaceId, playbookId } = c.req.valid('param');
        accessWorkspace(c, workspaceId, 'plan.read');
        return c.json(await plan.playbooks.getPlaybook(workspaceId, playbookId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/{playbookId}/versions`,
        tags,
        description:
          'Saves an edit as a new version; earlier versions stay readable. `basedOn` (the version edited) refuses the save when someone saved in between.',
        request: { params: PlaybookParams, ...jsonBody(PlaybookVersionInputSchema) },
        responses: playbookResponse,
      }),
      async (c) => {
        const { workspaceId, playbookId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'plan.write');
        return c.json(await plan.playbooks.saveVersion(workspaceId, playbookId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/{playbookId}/versions`,
        tags,
        request: { params: PlaybookParams },
        responses: {
          200: jsonContent(z.array(PlaybookHistoryEntrySchema), 'Versions newest first: who saved each, when, the note and what changed'),
          ...COMMON_ERRORS,
        },
      }),
      async (c) => {
        const { workspaceId, playbookId } = c.req.valid('param');
        accessWorkspace(c, workspaceId, 'plan.read');
        return c.json(await plan.playbooks.listHistory(workspaceId, playbookId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/{playbookId}/versions/{version}`,
        tags,
        request: { params: idParams('playbookId', 'version') },
        responses: { 200: jsonContent(PlaybookVersionSchema, 'One version as it was saved'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, playbookId, version } = c.req.valid('param');
        accessWorkspace(c, workspaceId, 'plan.read');
        return c.json(await plan.playbooks.getVersion(workspaceId, playbookId, version), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/{playbookId}/archive`,
        tags,
        description: 'Archives a playbook: incidents no longer use it; its versions stay readable.',
        request: { params: PlaybookParams },
        responses: playbookResponse,
      }),
      async (c) => {
        const { workspaceId, playbookId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'plan.write');
        return c.json(await plan.playbooks.setArchived(workspaceId, playbookId, true, access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/{playbookId}/restore`,
        tags,
        description: 'Brings an archived playbook back; the active playbook of its crisis type, if any, is archived.',
        request: { params: PlaybookParams },
        responses: playbookResponse,
      }),
      async (c) => {
        const { workspaceId, playbookId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'plan.write');
        return c.json(await plan.playbooks.setArchived(workspaceId, playbookId, false, access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: teamBase,
        tags,
        request: { params: WorkspaceParams },
        responses: { 200: jsonContent(TeamOverviewSchema, 'How many roles each scope fills'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'plan.read');
        return c.json(await plan.team.getOverview(access.workspaceId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${teamBase}/{scope}`,
        tags,
        description: '`scope` is a crisis type or `all`. `effective` is the team an incident of that type gets.',
        request: { params: ScopeParams },
        responses: { 200: jsonContent(CrisisTeamSchema, 'The team for the scope'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, scope } = c.req.valid('param');
        accessWorkspace(c, workspaceId, 'plan.read');
        return c.json(await plan.team.getTeam(workspaceId, scope), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: `${teamBase}/{scope}`,
        tags,
        description: 'Replaces the scope’s assignments: one person per role, members only, deputies in the order they step in.',
        request: { params: ScopeParams, ...jsonBody(CrisisTeamInputSchema) },
        responses: { 200: jsonContent(CrisisTeamSchema, 'The team for the scope'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, scope } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'plan.write');
        return c.json(await plan.team.putTeam(workspaceId, scope, c.req.valid('json'), access.actor), 200);
      },
    )
    .route('/', policyRoutes(plan.policy));
}
