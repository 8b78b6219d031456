import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  AddEvidenceSchema,
  ChecklistTickSchema,
  ErrorBodySchema,
  EvidenceSchema,
  FactSheetInputSchema,
  FactSheetSchema,
  IncidentSchema,
  TaskAssignSchema,
  TaskInputSchema,
} from '../../../core/api';
import { COMMON_ERRORS, OK_RESPONSE, accessWorkspace, createRouter, idParams, jsonBody, jsonContent } from '../../routing/route-kit';
import type { IncidentFactService } from './incident-facts.service';
import type { IncidentTaskService } from './incident-tasks.service';

const base = '/workspaces/{workspaceId}/incidents/{incidentId}';
const tags = ['incidents'];
const incidentResponse = {
  200: jsonContent(IncidentSchema, 'The incident'),
  409: jsonContent(ErrorBodySchema, 'Not in a state for this'),
  ...COMMON_ERRORS,
};
const taskParams = idParams('incidentId', 'taskId');

/** Tasks, the fact sheet and the evidence of a crisis room. */
export function incidentRoomRoutes(tasks: IncidentTaskService, facts: IncidentFactService) {
  const taskAction = (action: 'complete' | 'reopen', summary: string) =>
    createRoute({
      method: 'post',
      path: `${base}/tasks/{taskId}/${action}`,
      tags,
      summary,
      request: { params: taskParams },
      responses: incidentResponse,
    });
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/tasks`,
        tags,
        summary: 'Add a task by hand',
        request: { params: idParams('incidentId'), ...jsonBody(TaskInputSchema) },
        responses: incidentResponse,
      }),
      async (c) => {
        const { workspaceId, incidentId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'incidents.work');
        return c.json(await tasks.add(workspaceId, incidentId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/tasks/{taskId}/assign`,
        tags,
        summary: 'Give the task to someone (null: nobody)',
        request: { params: taskParams, ...jsonBody(TaskAssignSchema) },
        responses: incidentResponse,
      }),
      async (c) => {
        const { workspaceId, incidentId, taskId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'incidents.work');
        return c.json(await tasks.assign(workspaceId, incidentId, taskId, c.req.valid('json').assigneeUserId, access.actor), 200);
      },
    )
    .openapi(taskAction('complete', 'Mark the task done'), async (c) => {
      const { workspaceId, incidentId, taskId } = c.req.valid('param');
      const access = accessWorkspace(c, workspaceId, 'incidents.work');
      return c.json(await tasks.complete(workspaceId, incidentId, taskId, access.actor), 200);
    })
    .openapi(taskAction('reopen', 'Open a done task again'), async (c) => {
      const { workspaceId, incidentId, taskId } = c.req.valid('param');
      const access = accessWorkspace(c, workspaceId, 'incidents.work');
      return c.json(await tasks.reopen(workspaceId, incidentId, taskId, access.actor), 200);
    })
    .openapi(
      createRoute({
        method: 'put',
        path: `${base}/tasks/{taskId}/checklist/{index}`,
        tags,
        summary: 'Tick or untick a checklist item (index from 0)',
        request: { params: taskParams.extend({ index: z.coerce.number().int().min(0) }), ...jsonBody(ChecklistTickSchema) },
        responses: incidentResponse,
      }),
      async (c) => {
        const { workspaceId, incidentId, taskId, index } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'incidents.work');
        return c.json(await tasks.tick(workspaceId, incidentId, taskId, index, c.req.valid('json').done, access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/fact-sheets`,
        tags,
        summary: 'Every version of the fact sheet, newest first',
        request: { params: idParams('incidentId') },
        responses: { 200: jsonContent(z.array(FactSheetSchema), 'The versions'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, incidentId } = c.req.valid('param');
        accessWorkspace(c, workspaceId, 'incidents.read');
        return c.json(await facts.factSheets(workspaceId, incidentId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/fact-sheets`,
        tags,
        summary: 'Save a new version of the fact sheet',
        request: { params: idParams('incidentId'), ...jsonBody(FactSheetInputSchema) },
        responses: { 200: jsonContent(FactSheetSchema, 'The new version'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, incidentId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'incidents.work');
        return c.json(await facts.saveFactSheet(workspaceId, incidentId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/evidence`,
        tags,
        summary: 'The mentions linked as evidence',
        request: { params: idParams('incidentId') },
        responses: { 200: jsonContent(z.array(EvidenceSchema), 'The evidence'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, incidentId } = c.req.valid('param');
        accessWorkspace(c, workspaceId, 'incidents.read');
        return c.json(await facts.evidence(workspaceId, incidentId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/evidence`,
        tags,
        summary: 'Link mentions as evidence',
        request: { params: idParams('incidentId'), ...jsonBody(AddEvidenceSchema) },
        responses: { 200: jsonContent(z.object({ added: z.number() }), 'How many were new'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, incidentId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'incidents.work');
        return c.json(await facts.addEvidence(workspaceId, incidentId, c.req.valid('json').mentionIds, access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: `${base}/evidence/{mentionId}`,
        tags,
        summary: 'Unlink a mention',
        request: { params: idParams('incidentId', 'mentionId') },
        responses: OK_RESPONSE,
      }),
      async (c) => {
        const { workspaceId, incidentId, mentionId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'incidents.work');
        await facts.removeEvidence(workspaceId, incidentId, mentionId, access.actor);
        return c.json({ ok: true as const }, 200);
      },
    );
}
