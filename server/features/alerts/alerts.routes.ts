import { createRoute } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import {
  AlertListQuerySchema,
  AlertPageSchema,
  AlertRuleInputSchema,
  AlertRulePatchSchema,
  AlertRuleSchema,
  AlertSchema,
  ErrorBodySchema,
  type LiveEvent,
  OnCallSchema,
  ResolveAlertSchema,
  SignalQuerySchema,
  SignalSeriesSchema,
  SnoozeAlertSchema,
} from '../../../core/api';
import type { LiveEvents } from '../../events/live-events';
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
import type { AlertService } from './alerts.service';

const base = '/workspaces/{workspaceId}';
const tags = ['alerts'];
const alertResponse = {
  200: jsonContent(AlertSchema, 'The alert'),
  409: jsonContent(ErrorBodySchema, 'Already resolved'),
  ...COMMON_ERRORS,
};
const ruleResponse = { 200: jsonContent(AlertRuleSchema, 'The rule'), ...COMMON_ERRORS };
/** A comment line every so often keeps proxies from closing an idle event stream. */
const KEEP_ALIVE_MS = 25_000;

export interface AlertRouteDeps {
  alerts: AlertService;
  events: LiveEvents;
  /** The workspace's notification channels, to check an on-call order against. */
  channelIds: (workspaceId: number) => Promise<ReadonlySet<number>>;
}

export function alertRoutes({ alerts, events, channelIds }: AlertRouteDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/alerts`,
        tags,
        summary: 'Alerts, newest activity first',
        request: { params: WorkspaceParams, query: AlertListQuerySchema },
        responses: { 200: jsonContent(AlertPageSchema, 'A page of alerts'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'alerts.read');
        return c.json(await alerts.list(workspaceId, c.req.valid('query')), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/alerts/{alertId}`,
        tags,
        request: { params: idParams('alertId') },
        responses: alertResponse,
      }),
      async (c) => {
        const { workspaceId, alertId } = c.req.valid('param');
        accessWorkspace(c, workspaceId, 'alerts.read');
        return c.json(await alerts.get(workspaceId, alertId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/alerts/{alertId}/acknowledge`,
        tags,
        summary: 'Acknowledge: someone is on it, so escalation stops',
        request: { params: idParams('alertId') },
        responses: alertResponse,
      }),
      async (c) => {
        const { workspaceId, alertId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'alerts.act');
        return c.json(await alerts.acknowledge(workspaceId, alertId, access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/alerts/{alertId}/snooze`,
        tags,
        summary: 'Snooze for some minutes; the alert opens again afterwards',
        request: { params: idParams('alertId'), ...jsonBody(SnoozeAlertSchema) },
        responses: alertResponse,
      }),
      async (c) => {
        const { workspaceId, alertId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'alerts.act');
        return c.json(await alerts.snooze(workspaceId, alertId, c.req.valid('json').minutes, access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/alerts/{alertId}/resolve`,
        tags,
        summary: 'Resolve; a later surge opens a new alert',
        request: { params: idParams('alertId'), ...jsonBody(ResolveAlertSchema) },
        responses: alertResponse,
      }),
      async (c) => {
        const { workspaceId, alertId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'alerts.act');
        return c.json(await alerts.resolve(workspaceId, alertId, c.req.valid('json').resolution, access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/signals`,
        tags,
        summary: "A brand's signals over time with the baseline band and alert markers",
        request: { params: WorkspaceParams, query: SignalQuerySchema },
        responses: { 200: jsonContent(SignalSeriesSchema, 'The series'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'alerts.read');
        return c.json(await alerts.signals(workspaceId, c.req.valid('query')), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/alert-rules`,
        tags,
        request: { params: WorkspaceParams },
        responses: { 200: jsonContent(z.array(AlertRuleSchema), 'The rules'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'alerts.read');
        return c.json(await alerts.listRules(workspaceId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `${base}/alert-rules`,
        tags,
        request: { params: WorkspaceParams, ...jsonBody(AlertRuleInputSchema) },
        responses: ruleResponse,
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'alerts.configure');
        return c.json(await alerts.createRule(access.workspaceId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: `${base}/alert-rules/{ruleId}`,
        tags,
        request: { params: idParams('ruleId'), ...jsonBody(AlertRulePatchSchema) },
        responses: ruleResponse,
      }),
      async (c) => {
        const { workspaceId, ruleId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'alerts.configure');
        return c.json(await alerts.updateRule(workspaceId, ruleId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: `${base}/alert-rules/{ruleId}`,
        tags,
        request: { params: idParams('ruleId') },
        responses: OK_RESPONSE,
      }),
      async (c) => {
        const { workspaceId, ruleId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'alerts.configure');
        await alerts.deleteRule(workspaceId, ruleId, access.actor);
        return c.json({ ok: true as const }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/oncall`,
        tags,
        summary: "The crisis team's call tree for unacknowledged critical alerts",
        request: { params: WorkspaceParams },
        responses: { 200: jsonContent(OnCallSchema, 'The on-call order'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'alerts.read');
        return c.json(await alerts.getOnCall(workspaceId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: `${base}/oncall`,
        tags,
        request: { params: WorkspaceParams, ...jsonBody(OnCallSchema) },
        responses: { 200: jsonContent(OnCallSchema, 'The on-call order'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const access = accessWorkspace(c, c.req.valid('param').workspaceId, 'oncall.configure');
        const known = await channelIds(access.workspaceId);
        return c.json(await alerts.setOnCall(access.workspaceId, c.req.valid('json'), access.actor, known), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/events`,
        tags,
        summary: 'Live updates as server-sent events (alert.raised, alert.updated, signals.updated)',
        request: { params: WorkspaceParams },
        responses: { 200: { content: { 'text/event-stream': { schema: z.string() } }, description: 'An event stream' }, ...COMMON_ERRORS },
      }),
      (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'alerts.read');
        return streamSSE(c, async (stream) => {
          const queue: LiveEvent[] = [];
          let wake: (() => void) | null = null;
          const unsubscribe = events.subscribe(workspaceId, (event) => {
            queue.push(event);
            wake?.();
          });
          stream.onAbort(() => {
            unsubscribe();
            wake?.();
          });
          await stream.writeSSE({ event: 'ready', data: '{}' });
          while (!stream.aborted) {
            const event = queue.shift();
            if (event) {
              await stream.writeSSE({ event: event.type, data: JSON.stringify(event) });
              continue;
            }
            await new Promise<void>((resolve) => {
              const timer = setTimeout(resolve, KEEP_ALIVE_MS);
              wake = () => {
                clearTimeout(timer);
                resolve();
              };
            });
            wake = null;
            if (queue.length === 0 && !stream.aborted) await stream.write(': keep-alive\n\n');
          }
          unsubscribe();
        });
      },
    );
}
