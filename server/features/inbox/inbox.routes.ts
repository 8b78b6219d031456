import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  AnsweredElsewhereSchema,
  ExpertRequestInputSchema,
  ExpertRequestSchema,
  ErrorBodySchema,
  InboxBulkResultSchema,
  InboxBulkSchema,
  InboxFilterSchema,
  InboxItemDetailSchema,
  InboxItemPatchSchema,
  InboxItemSchema,
  InboxNoteInputSchema,
  InboxNoteSchema,
  InboxPresenceInputSchema,
  InboxPresenceSchema,
  InboxReplySchema,
  InboxRescanResultSchema,
  InboxRescanSchema,
  InboxSettingsSchema,
  ReplyDecisionSchema,
  ReplyDraftInputSchema,
  ReplyDraftSchema,
  ReplyInputSchema,
} from '../../../core/api';
import { COMMON_ERRORS, WorkspaceParams, accessWorkspace, createRouter, idParams, jsonBody, jsonContent } from '../../routing/route-kit';
import type { InboxService } from './inbox.service';
import type { ReplyService } from './inbox-replies.service';
import type { ExpertService } from './inbox-experts';

const base = '/workspaces/{workspaceId}/inbox';
const tags = ['inbox'];
const withConflict = <T extends z.ZodType>(schema: T, description: string) => ({
  200: jsonContent(schema, description),
  409: jsonContent(ErrorBodySchema, 'Not in a state for that'),
  ...COMMON_ERRORS,
});

export function inboxRoutes(inbox: InboxService, replies: ReplyService, experts: ExpertService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/settings`,
        tags,
        summary: 'Which mentions need an answer, response-time targets and the reply approval policy',
        request: { params: WorkspaceParams },
        responses: { 200: jsonContent(InboxSettingsSchema, 'The settings'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'inbox.read');
        return c.json(await inbox.getSettings(workspaceId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: `${base}/settings`,
        tags,
        summary: 'Change the inbox rules, targets and approval policy (new mentions follow them; re-scan for older ones)',
        request: { params: WorkspaceParams, ...jsonBody(InboxSettingsSchema) },
        responses: { 200: jsonContent(InboxSettingsSchema, 'The settings'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'inbox.configure');
        return c.json(await inbox.putSettings(access.workspaceId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/rescan`,
        tags,
        summary: 'Run the rules again over the last days of mentions',
        request: { params: WorkspaceParams, ...jsonBody(InboxRescanSchema) },
        responses: { 200: jsonContent(InboxRescanResultSchema, 'What was scanned and created'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'inbox.configure');
        return c.json(await inbox.rescan(access.workspaceId, c.req.valid('json').days, access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/items`,
        tags,
        summary: 'Items that need an answer, highest risk first, each with its risk explained factor by factor',
        request: { params: WorkspaceParams, query: InboxFilterSchema },
        responses: { 200: jsonContent(z.array(InboxItemSchema), 'The items'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'inbox.read');
        return c.json(await inbox.list(access.workspaceId, c.req.valid('query'), access), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/items/{itemId}`,
        tags,
        summary: 'One item with its notes, replies, expert questions and who else has it open',
        request: { params: idParams('itemId') },
        responses: { 200: jsonContent(InboxItemDetailSchema, 'The item'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, itemId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'inbox.read');
        return c.json(await inbox.detail(workspaceId, itemId, access), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: `${base}/items/{itemId}`,
        tags,
        summary: 'Set the status (open → pending → replied → closed, or reopen) or the assignee',
        request: { params: idParams('itemId'), ...jsonBody(InboxItemPatchSchema) },
        responses: withConflict(InboxItemSchema, 'The item'),
      }),
      async (c) => {
        const { workspaceId, itemId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'inbox.work');
        return c.json(await inbox.patch(workspaceId, itemId, c.req.valid('json'), access), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/bulk`,
        tags,
        summary: 'Assign, set the status of or close many items; each answers on its own',
        request: { params: WorkspaceParams, ...jsonBody(InboxBulkSchema) },
        responses: { 200: jsonContent(InboxBulkResultSchema, 'One result per item'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'inbox.work');
        return c.json(await inbox.bulk(access.workspaceId, c.req.valid('json'), access), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/items/{itemId}/notes`,
        tags,
        summary: 'Add an internal note (never sent; audited)',
        request: { params: idParams('itemId'), ...jsonBody(InboxNoteInputSchema) },
        responses: { 200: jsonContent(InboxNoteSchema, 'The note'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, itemId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'inbox.work');
        return c.json(await inbox.addNote(workspaceId, itemId, c.req.valid('json').body, access), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/items/{itemId}/presence`,
        tags,
        summary: 'Heartbeat while the item is open or a reply is drafted (expires after 30 s); answers who else is on it',
        request: { params: idParams('itemId'), ...jsonBody(InboxPresenceInputSchema) },
        responses: { 200: jsonContent(z.array(InboxPresenceSchema), 'Others on the item'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, itemId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'inbox.read');
        return c.json(await inbox.heartbeat(workspaceId, itemId, c.req.valid('json').drafting, access), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/items/{itemId}/reply-draft`,
        tags,
        summary: 'A first draft from a template with the mention, brand and incident filled in; unfilled variables listed',
        request: { params: idParams('itemId'), ...jsonBody(ReplyDraftInputSchema) },
        responses: { 200: jsonContent(ReplyDraftSchema, 'The draft'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, itemId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'inbox.work');
        return c.json(await replies.draftFromTemplate(workspaceId, itemId, c.req.valid('json').templateId, access), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/items/{itemId}/replies`,
        tags,
        summary: 'Send a reply (tone-checked; held for approval when the policy says so)',
        request: { params: idParams('itemId'), ...jsonBody(ReplyInputSchema) },
        responses: withConflict(InboxReplySchema, 'The reply'),
      }),
      async (c) => {
        const { workspaceId, itemId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'inbox.work');
        return c.json(await replies.send(workspaceId, itemId, c.req.valid('json'), access), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/items/{itemId}/answered-elsewhere`,
        tags,
        summary: 'Mark the item answered outside Siaga (nothing is sent)',
        request: { params: idParams('itemId'), ...jsonBody(AnsweredElsewhereSchema) },
        responses: withConflict(InboxReplySchema, 'The record of the answer'),
      }),
      async (c) => {
        const { workspaceId, itemId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'inbox.work');
        return c.json(await replies.answeredElsewhere(workspaceId, itemId, c.req.valid('json').note, access), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/replies/in-review`,
        tags,
        summary: 'Replies waiting for an approver',
        request: { params: WorkspaceParams },
        responses: { 200: jsonContent(z.array(InboxReplySchema), 'The replies'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'inbox.read');
        return c.json(await replies.listInReview(workspaceId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/replies/{replyId}/approve`,
        tags,
        summary: 'Approve a held reply (not your own): it is queued as its author',
        request: { params: idParams('replyId'), ...jsonBody(ReplyDecisionSchema) },
        responses: withConflict(InboxReplySchema, 'The reply'),
      }),
      async (c) => {
        const { workspaceId, replyId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'replies.approve');
        return c.json(await replies.approve(workspaceId, replyId, c.req.valid('json').comment, access), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/replies/{replyId}/reject`,
        tags,
        summary: 'Reject a held reply with a comment for its author',
        request: { params: idParams('replyId'), ...jsonBody(ReplyDecisionSchema) },
        responses: withConflict(InboxReplySchema, 'The reply'),
      }),
      async (c) => {
        const { workspaceId, replyId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'replies.approve');
        return c.json(await replies.reject(workspaceId, replyId, c.req.valid('json').comment, access), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/items/{itemId}/experts`,
        tags,
        summary: 'Ask an expert from the contacts directory by email, with a one-time link to answer',
        request: { params: idParams('itemId'), ...jsonBody(ExpertRequestInputSchema) },
        responses: {
          200: jsonContent(ExpertRequestSchema, 'The request'),
          503: jsonContent(ErrorBodySchema, 'No mail server'),
          ...COMMON_ERRORS,
        },
      }),
      async (c) => {
        const { workspaceId, itemId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'inbox.work');
        return c.json(await experts.ask(workspaceId, itemId, c.req.valid('json'), access), 200);
      },
    );
}
