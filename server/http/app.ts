import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { ServiceDeps } from '../deps';
import type { LiveEvents } from '../events/live-events';
import { AppError } from '../errors';
import { type AlertService, alertRoutes } from '../features/alerts';
import { type AnalysisService, analysisRoutes } from '../features/analysis';
import { auditRoutes } from '../features/audit';
import { type AuthService, authRoutes } from '../features/auth';
import { type BrandService, brandRoutes } from '../features/brands';
import {
  type IncidentFactService,
  type IncidentService,
  type IncidentTaskService,
  incidentRoomRoutes,
  incidentRoutes,
} from '../features/incidents';
import { type PauseService, pauseRoutes } from '../features/pauses';
import { type AccountService, accountRoutes } from '../features/accounts';
import { type OutboxService, outboxRoutes } from '../features/outbox';
import { type ExpertService, type InboxService, type ReplyService, expertPageRoutes, inboxRoutes } from '../features/inbox';
import { type ModerationService, moderationRoutes } from '../features/moderation';
import { type MentionService, mentionRoutes } from '../features/mentions';
import { type MessageService, messageRoutes } from '../features/messages';
import { type ChannelService, type NotificationService, notificationRoutes } from '../features/notifications';
import { type PlanService, planRoutes } from '../features/plan';
import { type TokenService, tokenRoutes } from '../features/tokens';
import { type WorkspaceService, workspaceRoutes } from '../features/workspaces';
// Registers: the risk register, the contacts directory and the plan as a document.
import { type RiskService, riskRoutes } from '../features/risks';
import { type ContactFileService, type ContactService, contactRoutes } from '../features/contacts';
import { type PlanDocumentService, planDocumentRoutes } from '../features/plan-document';
import { type StatementService, statementRoutes } from '../features/statements';
import { type UpdatePageService, publicUpdatePageRoutes, updatePageRoutes } from '../features/updates-page';
import type { AppEnv } from '../security/principal';
import { toErrorResponse } from './error-handler';
import { authenticate } from './middleware/authenticate';
import { requestContext } from './middleware/request-context';
import { opsRoutes } from './ops.routes';
import { apiDocsRoutes, webRoutes } from './static';

export interface HttpServices {
  auth: AuthService;
  workspaces: WorkspaceService;
  brands: BrandService;
  mentions: MentionService;
  tokens: TokenService;
  analysis: AnalysisService;
  alerts: AlertService;
  notificationChannels: ChannelService;
  notifications: NotificationService;
  plan: PlanService;
  // Registers: the risk register, the contacts directory and the plan as a document.
  risks: RiskService;
  contacts: ContactService;
  contactFiles: ContactFileService;
  planDocument: PlanDocumentService;
  pauses: PauseService;
  incidents: IncidentService;
  incidentTasks: IncidentTaskService;
  incidentFacts: IncidentFactService;
  messages: MessageService;
  accounts: AccountService;
  outbox: OutboxService;
  inbox: InboxService;
  replies: ReplyService;
  experts: ExpertService;
  statements: StatementService;
  updatePages: UpdatePageService;
  moderation: ModerationService;
}

/** The whole HTTP surface: API, OpenAPI document and reference, operations endpoints and the web app. */
export function createHttpApp(deps: ServiceDeps, services: HttpServices, events: LiveEvents) {
  const { config, logger, metrics } = deps;
  const api = new OpenAPIHono<AppEnv>();
  api.use(
    '*',
    bodyLimit({
      maxSize: config.bodyLimitBytes,
      onError: () => {
        throw new AppError('payload_too_large', `The request body is larger than ${config.bodyLimitBytes} bytes; send smaller batches`);
      },
    }),
  );
  api.use('*', authenticate(services.auth));
  api.route('/', authRoutes(services.auth, config));
  api.route('/', workspaceRoutes(services.workspaces));
  api.route('/', brandRoutes(services.brands));
  api.route('/', mentionRoutes(services.mentions));
  api.route('/', analysisRoutes(services.analysis));
  api.route(
    '/',
    alertRoutes({
      alerts: services.alerts,
      events,
      channelIds: async (workspaceId) =>
        new Set((await services.notificationChannels.listChannels(workspaceId)).map((channel) => channel.id)),
    }),
  );
  api.route('/', tokenRoutes(services.tokens));
  api.route('/', notificationRoutes(services.notificationChannels, services.notifications));
  api.route('/', messageRoutes(services.messages));
  api.route('/', auditRoutes(deps.db));
  api.route('/', planRoutes(services.plan));
  // Registers: the risk register, the contacts directory and the plan as a document.
  api.route('/', riskRoutes(services.risks));
  api.route('/', contactRoutes(services.contacts, services.contactFiles));
  api.route('/', planDocumentRoutes(services.planDocument));
  api.route('/', incidentRoutes(services.incidents));
  api.route('/', incidentRoomRoutes(services.incidentTasks, services.incidentFacts));
  api.route('/', pauseRoutes(services.pauses));
  api.route('/', accountRoutes(services.accounts));
  api.route('/', outboxRoutes(services.outbox));
  api.route('/', inboxRoutes(services.inbox, services.replies, services.experts));
  api.route('/', statementRoutes(services.statements));
  api.route('/', updatePageRoutes(services.updatePages));
  api.route('/', moderationRoutes(services.moderation));

  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Siaga API',
      version: '0.1.0',
      description:
        'Social media crisis command center. Authenticate with a session cookie (and the X-CSRF-Token header for changes) or with `Authorization: Bearer <API token>`.',
    },
    servers: [{ url: '/api' }],
  });
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearerToken', { type: 'http', scheme: 'bearer' });
  api.all('*', (c) => {
    throw new AppError('not_found', `No API route for ${c.req.method} ${c.req.path}`);
  });

  const app = new OpenAPIHono<AppEnv>();
  app.use('*', requestContext(logger, metrics, config.trustProxy));
  app.use('*', secureHeaders({ crossOriginEmbedderPolicy: false }));
  app.onError((error, c) => toErrorResponse(error, c, logger));
  app.route('/', opsRoutes(deps));
  app.route('/', apiDocsRoutes());
  app.route('/', expertPageRoutes(services.experts));
  app.route('/api', api);
  app.route('/', publicUpdatePageRoutes(services.updatePages));
  app.route('/', webRoutes());
  return app;
}

export type HttpApp = ReturnType<typeof createHttpApp>;
