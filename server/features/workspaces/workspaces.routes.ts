import { createRoute } from '@hono/zod-openapi';
import {
  CreateWorkspaceSchema,
  InviteMemberSchema,
  InviteResultSchema,
  MemberSchema,
  MembersResponseSchema,
  UpdateMemberSchema,
  WorkspaceSummarySchema,
} from '../../../core/api';
import { actorOf, requireUser } from '../../security/principal';
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
import type { WorkspaceService } from './workspaces.service';

const base = '/workspaces/{workspaceId}';
const tags = ['members'];

export function workspaceRoutes(workspaces: WorkspaceService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/workspaces',
        tags: ['workspaces'],
        request: jsonBody(CreateWorkspaceSchema),
        responses: { 200: jsonContent(WorkspaceSummarySchema, 'The new workspace, owned by the caller'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const user = requireUser(c.get('principal'));
        return c.json(await workspaces.createWorkspace(user.userId, c.req.valid('json').name, actorOf(user, c.get('ip'))), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/members`,
        tags,
        request: { params: WorkspaceParams },
        responses: { 200: jsonContent(MembersResponseSchema, 'Members and pending invitations'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'members.read');
        return c.json(await workspaces.listMembers(access.workspaceId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/members`,
        tags,
        request: { params: WorkspaceParams, ...jsonBody(InviteMemberSchema) },
        responses: { 200: jsonContent(InviteResultSchema, 'The member added, or the invitation made'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'members.invite');
        const { email, role } = c.req.valid('json');
        return c.json(await workspaces.inviteMember(access.workspaceId, requireRole(access), email, role, access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: `${base}/members/{userId}`,
        tags,
        request: { params: idParams('userId'), ...jsonBody(UpdateMemberSchema) },
        responses: { 200: jsonContent(MemberSchema, 'The member'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, userId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'members.update_role');
        return c.json(
          await workspaces.updateMemberRole(workspaceId, requireRole(access), userId, c.req.valid('json').role, access.actor),
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: `${base}/members/{userId}`,
        tags,
        request: { params: idParams('userId') },
        responses: OK_RESPONSE,
      }),
      async (c) => {
        const { workspaceId, userId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'members.remove');
        await workspaces.removeMember(workspaceId, requireRole(access), userId, access.actor);
        return c.json({ ok: true as const }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: `${base}/invitations/{invitationId}`,
        tags,
        request: { params: idParams('invitationId') },
        responses: OK_RESPONSE,
      }),
      async (c) => {
        const { workspaceId, invitationId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'members.invite');
        await workspaces.revokeInvitation(workspaceId, invitationId, access.actor);
        return c.json({ ok: true as const }, 200);
      },
    );
}
