import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  DeclareIncidentSchema,
  ErrorBodySchema,
  IncidentListQuerySchema,
  IncidentSchema,
  IncidentSummarySchema,
  LinkAlertSchema,
  NoteInputSchema,
  SeverityOverrideSchema,
  TeamInputSchema,
  TimelineEntrySchema,
  TimelineExportQuerySchema,
  TimelineQuerySchema,
  TransitionIncidentSchema,
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
} from '../../routing/route-kit';
import type { IncidentService } from './incidents.service';

const base = '/workspaces/{workspaceId}/incidents';
const tags = ['incidents'];
const one = '/{incidentId}';
const params = idParams('incidentId');
const incidentResponse = {
  200: jsonContent(IncidentSchema, 'The incident'),
  409: jsonContent(ErrorBodySchema, 'Not in a state for this'),
  ...COMMON_ERRORS,
};

/** Declaring, the lifecycle, severity, team, notes and the timeline; tasks and facts are in incident-room.routes.ts. */
export function incidentRoutes(incidents: IncidentService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: base,
        tags,
        summary: 'Incidents, newest declaration first',
        request: { params: WorkspaceParams, query: IncidentListQuerySchema },
        responses: { 200: jsonContent(z.array(IncidentSummarySchema), 'The incidents'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'incidents.read');
        return c.json(await incidents.list(workspaceId, c.req.valid('query')), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: base,
        tags,
        summary: 'Declare an incident, from an alert or by hand: team and tasks come from the plan, posting is paused',
        request: { params: WorkspaceParams, ...jsonBody(DeclareIncidentSchema) },
        responses: incidentResponse,
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'incidents.declare');
        return c.json(await incidents.declare(access.workspaceId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}${one}`,
        tags,
        summary: 'The crisis room',
        request: { params },
        responses: incidentResponse,
      }),
      async (c) => {
        const { workspaceId, incidentId } = c.req.valid('param');
        accessWorkspace(c, workspaceId, 'incidents.read');
        return c.json(await incidents.get(workspaceId, incidentId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}${one}/transition`,
        tags,
        summary: 'Move through the lifecycle (resolving needs a summary and the crisis lead; see docs)',
        request: { params, ...jsonBody(TransitionIncidentSchema) },
        responses: incidentResponse,
      }),
      async (c) => {
        const { workspaceId, incidentId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'incidents.work');
        return c.json(await incidents.transition(workspaceId, incidentId, c.req.valid('json'), access.role, access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}${one}/severity`,
        tags,
        summary: 'Override the severity with a reason',
        request: { params, ...jsonBody(SeverityOverrideSchema) },
        responses: incidentResponse,
      }),
      async (c) => {
        const { workspaceId, incidentId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'incidents.work');
        return c.json(await incidents.setSeverity(workspaceId, incidentId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: `${base}${one}/team`,
        tags,
        summary: "Replace the incident's team",
        request: { params, ...jsonBody(TeamInputSchema) },
        responses: incidentResponse,
      }),
      async (c) => {
        const { workspaceId, incidentId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'incidents.work');
        return c.json(await incidents.setTeam(workspaceId, incidentId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}${one}/alerts`,
        tags,
        summary: 'Link another alert of the same crisis',
        request: { params, ...jsonBody(LinkAlertSchema) },
        responses: incidentResponse,
      }),
      async (c) => {
        const { workspaceId, incidentId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'incidents.work');
        return c.json(await incidents.linkAlert(workspaceId, incidentId, c.req.valid('json').alertId, access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}${one}/notes`,
        tags,
        summary: 'Add a note to the timeline',
        request: { params, ...jsonBody(NoteInputSchema) },
        responses: OK_RESPONSE,
      }),
      async (c) => {
        const { workspaceId, incidentId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'incidents.work');
        await incidents.addNote(workspaceId, incidentId, c.req.valid('json').text, access.actor);
        return c.json({ ok: true as const }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}${one}/timeline`,
        tags,
        summary: 'Everything that happened, oldest first; `kinds` (comma-separated) filters',
        request: { params, query: TimelineQuerySchema },
        responses: { 200: jsonContent(z.array(TimelineEntrySchema), 'The timeline'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, incidentId } = c.req.valid('param');
        accessWorkspace(c, workspaceId, 'incidents.read');
        return c.json(await incidents.timeline(workspaceId, incidentId, c.req.valid('query').kinds), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}${one}/timeline/export`,
        tags,
        summary: 'The timeline as CSV or Markdown',
        request: { params, query: TimelineExportQuerySchema },
        responses: {
          200: { content: { 'text/csv': { schema: z.string() }, 'text/markdown': { schema: z.string() } }, description: 'The file' },
          ...COMMON_ERRORS,
        },
      }),
      async (c) => {
        const { workspaceId, incidentId } = c.req.valid('param');
        accessWorkspace(c, workspaceId, 'incidents.read');
        const { kinds, format, language } = c.req.valid('query');
        const body = await incidents.exportTimeline(workspaceId, incidentId, kinds, format, language);
        const extension = format === 'csv' ? 'csv' : 'md';
        return c.body(body, 200, {
          'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'text/markdown; charset=utf-8',
          'content-disposition': `attachment; filename="incident-${incidentId}-timeline.${extension}"`,
        });
      },
    );
}
