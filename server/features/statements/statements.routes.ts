import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  ErrorBodySchema,
  StatementCorrectionInputSchema,
  StatementDecisionInputSchema,
  StatementDetailSchema,
  StatementInputSchema,
  StatementListQuerySchema,
  StatementPatchSchema,
  StatementPublishInputSchema,
  StatementSchema,
  StatementSettingsSchema,
} from '../../../core/api';
import { COMMON_ERRORS, WorkspaceParams, accessWorkspace, createRouter, idParams, jsonBody, jsonContent } from '../../routing/route-kit';
import type { StatementService } from './statements.service';

const base = '/workspaces/{workspaceId}';
const tags = ['statements'];
const one = `${base}/statements/{statementId}`;
const detailResponse = {
  200: jsonContent(StatementDetailSchema, 'The statement with its revisions and receipts'),
  409: jsonContent(ErrorBodySchema, 'Not in a state for that'),
  ...COMMON_ERRORS,
};

export function statementRoutes(statements: StatementService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/statements`,
        tags,
        summary: 'Statements, newest first',
        request: { params: WorkspaceParams, query: StatementListQuerySchema },
        responses: { 200: jsonContent(z.array(StatementSchema), 'The statements'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'statements.read');
        return c.json(await statements.list(workspaceId, c.req.valid('query')), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/statements`,
        tags,
        summary: 'Draft a statement from free text or a template (during a crisis non-approvers may use approved templates only)',
        request: { params: WorkspaceParams, ...jsonBody(StatementInputSchema) },
        responses: detailResponse,
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'statements.write');
        return c.json(await statements.create(access.workspaceId, c.req.valid('json'), access), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/statement-settings`,
        tags,
        summary: "The workspace's statement rules (the two-person rule)",
        request: { params: WorkspaceParams },
        responses: { 200: jsonContent(StatementSettingsSchema, 'The settings'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'statements.read');
        return c.json(await statements.settings(workspaceId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: `${base}/statement-settings`,
        tags,
        summary: 'Turn the two-person rule for incident statements on or off',
        request: { params: WorkspaceParams, ...jsonBody(StatementSettingsSchema) },
        responses: { 200: jsonContent(StatementSettingsSchema, 'The settings'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'templates.configure');
        return c.json(await statements.updateSettings(access.workspaceId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: one,
        tags,
        summary: 'One statement',
        request: { params: idParams('statementId') },
        responses: detailResponse,
      }),
      async (c) => {
        const { workspaceId, statementId } = c.req.valid('param');
        accessWorkspace(c, workspaceId, 'statements.read');
        return c.json(await statements.get(workspaceId, statementId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: one,
        tags,
        summary: 'Change a draft or rejected statement',
        request: { params: idParams('statementId'), ...jsonBody(StatementPatchSchema) },
        responses: detailResponse,
      }),
      async (c) => {
        const { workspaceId, statementId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'statements.write');
        return c.json(await statements.update(workspaceId, statementId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${one}/submit`,
        tags,
        summary: 'Send for approval (the tone check on every channel must pass)',
        request: { params: idParams('statementId') },
        responses: detailResponse,
      }),
      async (c) => {
        const { workspaceId, statementId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'statements.write');
        return c.json(await statements.submit(workspaceId, statementId, access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${one}/approve`,
        tags,
        summary: 'Approve (not the author; two distinct approvers under the two-person rule)',
        request: { params: idParams('statementId'), ...jsonBody(StatementDecisionInputSchema) },
        responses: detailResponse,
      }),
      async (c) => {
        const { workspaceId, statementId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'statements.approve');
        return c.json(await statements.approve(workspaceId, statementId, c.req.valid('json').comment, access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${one}/reject`,
        tags,
        summary: 'Reject with a comment for the author',
        request: { params: idParams('statementId'), ...jsonBody(StatementDecisionInputSchema) },
        responses: detailResponse,
      }),
      async (c) => {
        const { workspaceId, statementId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'statements.approve');
        return c.json(await statements.reject(workspaceId, statementId, c.req.valid('json').comment, access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${one}/publish`,
        tags,
        summary: 'Publish an approved statement now or at a time: posts (as the author), the page, e-mails',
        request: { params: idParams('statementId'), ...jsonBody(StatementPublishInputSchema) },
        responses: detailResponse,
      }),
      async (c) => {
        const { workspaceId, statementId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'statements.write');
        return c.json(await statements.publish(workspaceId, statementId, c.req.valid('json').scheduledAt ?? null, access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${one}/corrections`,
        tags,
        summary: 'Correct a published statement: a new revision with a reason, sent again where the channel allows',
        request: { params: idParams('statementId'), ...jsonBody(StatementCorrectionInputSchema) },
        responses: detailResponse,
      }),
      async (c) => {
        const { workspaceId, statementId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'statements.approve');
        return c.json(await statements.correct(workspaceId, statementId, c.req.valid('json'), access.actor), 200);
      },
    );
}
