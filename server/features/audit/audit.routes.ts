import { createRoute } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { AuditEntrySchema, AuditListQuerySchema, pageOf } from '../../../core/api';
import type { Database } from '../../db/schema';
import { COMMON_ERRORS, WorkspaceParams, accessWorkspace, createRouter, jsonContent } from '../../routing/route-kit';
import { listAudit } from './audit.service';

export function auditRoutes(db: Kysely<Database>) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/audit',
      tags: ['audit'],
      summary: 'The workspace’s append-only audit log, newest first',
      request: { params: WorkspaceParams, query: AuditListQuerySchema },
      responses: { 200: jsonContent(pageOf(AuditEntrySchema), 'A page of audit entries'), ...COMMON_ERRORS },
    }),
    async (c) => {
      const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'audit.read');
      return c.json(await listAudit(db, workspaceId, c.req.valid('query')), 200);
    },
  );
}
