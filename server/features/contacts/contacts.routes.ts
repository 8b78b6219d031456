import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  ContactExportQuerySchema,
  ContactImportRequestSchema,
  ContactImportResultSchema,
  ContactInputSchema,
  ContactListQuerySchema,
  ContactSchema,
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
  requireRole,
} from '../../routing/route-kit';
import type { ContactFileService } from './contact-files.service';
import type { ContactService } from './contacts.service';

const base = '/workspaces/{workspaceId}/contacts';
const tags = ['contacts'];
const contactResponse = { 200: jsonContent(ContactSchema, 'The contact as the caller may see it'), ...COMMON_ERRORS };
const VISIBILITY =
  'Readers with `contacts.read` see names, organisation, role, topic, beat, region and work e-mail; phone, WhatsApp and notes ' +
  'are null unless they hold `contacts.read_private`, which restricted contacts need to be seen at all.';

/** The contacts directory; visibility depends on the caller's role, so API tokens are refused. */
export function contactRoutes(contacts: ContactService, files: ContactFileService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: base,
        tags,
        description: VISIBILITY,
        request: { params: WorkspaceParams, query: ContactListQuerySchema },
        responses: { 200: jsonContent(z.array(ContactSchema), 'Contacts by kind and name'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'contacts.read');
        return c.json(await contacts.listContacts(access.workspaceId, requireRole(access), c.req.valid('query')), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: base,
        tags,
        request: { params: WorkspaceParams, ...jsonBody(ContactInputSchema) },
        responses: contactResponse,
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'contacts.write');
        return c.json(await contacts.createContact(access.workspaceId, c.req.valid('json'), access.actor, requireRole(access)), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/import`,
        tags,
        summary: 'Imports contacts from CSV or vCard (3.0/4.0); with `dryRun` only checks and previews',
        description:
          'Bad rows or cards are reported by line with the reason and the rest are imported; a contact already in the directory (same e-mail, or same name and organisation) is skipped.',
        request: { params: WorkspaceParams, ...jsonBody(ContactImportRequestSchema) },
        responses: {
          200: jsonContent(ContactImportResultSchema, 'What was (or would be) imported, skipped and rejected'),
          ...COMMON_ERRORS,
        },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'contacts.write');
        requireRole(access);
        return c.json(await files.importContacts(access.workspaceId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/export`,
        tags,
        summary: 'Exports the directory as CSV or vCard, with only what the caller may see',
        request: { params: WorkspaceParams, query: ContactExportQuerySchema },
        responses: {
          200: { content: { 'text/csv': { schema: z.string() }, 'text/vcard': { schema: z.string() } }, description: 'The file' },
          ...COMMON_ERRORS,
        },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'contacts.read');
        const file = await files.exportContacts(access.workspaceId, c.req.valid('query'), access.actor, requireRole(access));
        return c.body(file.body, 200, {
          'content-type': file.contentType,
          'content-disposition': `attachment; filename="${file.fileName}"`,
        });
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/{contactId}`,
        tags,
        request: { params: idParams('contactId') },
        responses: contactResponse,
      }),
      async (c) => {
        const { workspaceId, contactId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'contacts.read');
        return c.json(await contacts.getContact(workspaceId, contactId, requireRole(access)), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: `${base}/{contactId}`,
        tags,
        request: { params: idParams('contactId'), ...jsonBody(ContactInputSchema) },
        responses: contactResponse,
      }),
      async (c) => {
        const { workspaceId, contactId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'contacts.write');
        return c.json(await contacts.updateContact(workspaceId, contactId, c.req.valid('json'), access.actor, requireRole(access)), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: `${base}/{contactId}`,
        tags,
        request: { params: idParams('contactId') },
        responses: OK_RESPONSE,
      }),
      async (c) => {
        const { workspaceId, contactId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'contacts.write');
        await contacts.deleteContact(workspaceId, contactId, access.actor, requireRole(access));
        return c.json({ ok: true as const }, 200);
      },
    );
}
