import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import {
  ErrorBodySchema,
  InstallStarterResultSchema,
  InstallStarterSchema,
  MessageTemplateDetailSchema,
  MessageTemplateSchema,
  TemplateApprovalSchema,
  TemplateCheckInputSchema,
  TemplateCheckSchema,
  TemplateCommentInputSchema,
  TemplateDecisionInputSchema,
  TemplateInputSchema,
  TemplateListQuerySchema,
  TemplateReviewDateSchema,
  TemplateVersionInputSchema,
} from '../../../core/api';
import type { MessagingLocale } from '../../../core/messaging';
import {
  type AppEnv,
  COMMON_ERRORS,
  WorkspaceParams,
  accessWorkspace,
  createRouter,
  idParams,
  jsonBody,
  jsonContent,
} from '../../routing/route-kit';
import type { MessageService } from './messages.service';

const base = '/workspaces/{workspaceId}/templates';
const tags = ['message library'];
const detail = {
  200: jsonContent(MessageTemplateDetailSchema, 'The template with its versions and comments'),
  409: jsonContent(ErrorBodySchema, 'Not possible in the version’s current state'),
  ...COMMON_ERRORS,
};

/** English for clients that ask for it, Indonesian otherwise (the product's default). */
function readLocale(c: Context<AppEnv>): MessagingLocale {
  return /^en\b/i.test(c.req.header('accept-language') ?? '') ? 'en' : 'id';
}

/** A POST on one template that takes `schema` and answers with the template's detail. */
function templateAction<T extends z.ZodType>(path: string, summary: string, schema: T) {
  return createRoute({
    method: 'post',
    path: `${base}/{templateId}${path}`,
    tags,
    summary,
    request: { params: idParams('templateId'), body: { content: { 'application/json': { schema } }, required: true } },
    responses: detail,
  });
}

/** A POST on one template without a body. */
function bareAction(path: string, summary: string) {
  return createRoute({
    method: 'post',
    path: `${base}/{templateId}${path}`,
    tags,
    summary,
    request: { params: idParams('templateId') },
    responses: detail,
  });
}

export function messageRoutes(messages: MessageService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: base,
        tags,
        summary: 'The library, filtered; the starter library is installed on first use',
        request: { params: WorkspaceParams, query: TemplateListQuerySchema },
        responses: { 200: jsonContent(z.array(MessageTemplateSchema), 'Templates'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'templates.read');
        return c.json(await messages.list(workspaceId, c.req.valid('query')), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: base,
        tags,
        summary: 'Write a template (version 1, a draft)',
        request: { params: WorkspaceParams, ...jsonBody(TemplateInputSchema) },
        responses: detail,
      }),
      async (c) => {
        const a = accessWorkspace(c, c.req.valid('param').workspaceId, 'templates.write');
        return c.json(await messages.create(a.workspaceId, c.req.valid('json'), a.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/check`,
        tags,
        summary: 'Tone check and parse a template body without saving it',
        request: { params: WorkspaceParams, ...jsonBody(TemplateCheckInputSchema) },
        responses: { 200: jsonContent(TemplateCheckSchema, 'Findings, parse errors and channel fit'), ...COMMON_ERRORS },
      }),
      (c) => {
        accessWorkspace(c, c.req.valid('param').workspaceId, 'templates.read');
        return c.json(messages.check(c.req.valid('json'), readLocale(c)), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/install-starter`,
        tags,
        summary: 'Install (or complete) the starter library, as drafts to review',
        request: { params: WorkspaceParams, ...jsonBody(InstallStarterSchema) },
        responses: { 200: jsonContent(InstallStarterResultSchema, 'How many were installed'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const a = accessWorkspace(c, c.req.valid('param').workspaceId, 'templates.configure');
        return c.json(await messages.installStarter(a.workspaceId, a.actor, c.req.valid('json').language), 200);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: `${base}/{templateId}`, tags, request: { params: idParams('templateId') }, responses: detail }),
      async (c) => {
        const { workspaceId, templateId } = c.req.valid('param');
        accessWorkspace(c, workspaceId, 'templates.read');
        return c.json(await messages.get(workspaceId, templateId), 200);
      },
    )
    .openapi(templateAction('/versions', 'Write the next version (a new draft)', TemplateVersionInputSchema), async (c) => {
      const { workspaceId, templateId } = c.req.valid('param');
      const a = accessWorkspace(c, workspaceId, 'templates.write');
      const { body, changeNote } = c.req.valid('json');
      return c.json(await messages.addVersion(workspaceId, templateId, body, changeNote, a.actor), 200);
    })
    .openapi(bareAction('/submit', 'Submit the latest draft for review; refused while the tone check blocks it'), async (c) => {
      const { workspaceId, templateId } = c.req.valid('param');
      const a = accessWorkspace(c, workspaceId, 'templates.write');
      return c.json(await messages.submit(workspaceId, templateId, a.actor), 200);
    })
    .openapi(
      templateAction('/approve', 'Approve the version in review (configured approvers only)', TemplateDecisionInputSchema),
      async (c) => {
        const { workspaceId, templateId } = c.req.valid('param');
        const a = accessWorkspace(c, workspaceId, 'templates.approve');
        return c.json(await messages.approve(workspaceId, templateId, a.actor, c.req.valid('json').comment), 200);
      },
    )
    .openapi(templateAction('/reject', 'Reject the version in review with a reason', TemplateDecisionInputSchema), async (c) => {
      const { workspaceId, templateId } = c.req.valid('param');
      const a = accessWorkspace(c, workspaceId, 'templates.approve');
      return c.json(await messages.reject(workspaceId, templateId, a.actor, c.req.valid('json').comment), 200);
    })
    .openapi(templateAction('/comments', 'Add to the comment thread', TemplateCommentInputSchema), async (c) => {
      const { workspaceId, templateId } = c.req.valid('param');
      const a = accessWorkspace(c, workspaceId, 'templates.write');
      return c.json(await messages.comment(workspaceId, templateId, c.req.valid('json').body, a.actor), 200);
    })
    .openapi(templateAction('/approval', 'Configure who approves and how', TemplateApprovalSchema), async (c) => {
      const { workspaceId, templateId } = c.req.valid('param');
      const a = accessWorkspace(c, workspaceId, 'templates.configure');
      return c.json(await messages.setApproval(workspaceId, templateId, c.req.valid('json'), a.actor), 200);
    })
    .openapi(
      templateAction('/review-date', 'Set or clear the expiry (review) date of the latest version', TemplateReviewDateSchema),
      async (c) => {
        const { workspaceId, templateId } = c.req.valid('param');
        const a = accessWorkspace(c, workspaceId, 'templates.configure');
        return c.json(await messages.setReviewDate(workspaceId, templateId, c.req.valid('json').expiresAt, a.actor), 200);
      },
    )
    .openapi(bareAction('/archive', 'Archive: kept for history, no longer offered'), async (c) => {
      const { workspaceId, templateId } = c.req.valid('param');
      const a = accessWorkspace(c, workspaceId, 'templates.configure');
      return c.json(await messages.setArchived(workspaceId, templateId, true, a.actor), 200);
    })
    .openapi(bareAction('/restore', 'Bring an archived template back'), async (c) => {
      const { workspaceId, templateId } = c.req.valid('param');
      const a = accessWorkspace(c, workspaceId, 'templates.configure');
      return c.json(await messages.setArchived(workspaceId, templateId, false, a.actor), 200);
    });
}
