import { Registry, collectDefaultMetrics } from 'prom-client';
import { type Clock, systemClock } from './clock';
import type { Config } from './config';
import { type DatabaseHandle, openDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';
import type { ServiceDeps } from './deps';
import { type AnalysisResources, createAnalysisPool, createAnalysisService, loadAnalysisResources } from './features/analysis';
import { type AlertNotifier, alertNotification, createAlertEngine, createAlertService } from './features/alerts';
import { createAuthService } from './features/auth';
import { createBrandService } from './features/brands';
import { createImportService } from './features/imports';
import { type IncidentPlanReader, createIncidentFeature, recordDelivery, recordPostsResumed } from './features/incidents';
import { createPauseService } from './features/pauses';
import { createAccountService } from './features/accounts';
import { createOutboxFeature } from './features/outbox';
import { createChannelRegistry } from './connectors';
import { createMentionService } from './features/mentions';
import { createPlanService } from './features/plan';
import { createMessageService } from './features/messages';
import { createModerationService, recordModerationSettlement } from './features/moderation';
import { type NotificationsOptions, createNotificationFeature } from './features/notifications';
import { createTokenService } from './features/tokens';
import { createWorkspaceService } from './features/workspaces';
// Registers: the risk register, the contacts directory and the plan as a document.
import { type PdfPrinter } from './features/plan-document';
import { createRegisterServices } from './registers';
import { createHttpApp } from './http/app';
import { type Logger, createLogger } from './logger';
import { type IngestHooks, createIngestPipeline } from './pipeline';
import { createLiveEvents } from './events/live-events';
import { createInboxFeature, recordReplySettlement } from './features/inbox';
import { createMailer } from './mail/mailer';
import { isCrisisActive } from './features/incidents';
import { createStatementFeature, statementDeliveryListener } from './features/statements';
import { createPageTokens, createUpdatePageService } from './features/updates-page';

export interface AppContextOptions {
  config: Config;
  clock?: Clock;
  logger?: Logger;
  /** An already open database (tests share one); otherwise one is opened from the config. */
  database?: DatabaseHandle;
  hooks?: IngestHooks;
  /** The shipped models; loaded from models/ once per process when not given. */
  analysisResources?: AnalysisResources;
  /** Where alert notifications go; by default through the workspace's notification channels. */
  notifyAlert?: AlertNotifier;
  /** Senders, secret box or jitter for notifications (tests point senders at fakes through channel settings instead). */
  notifications?: NotificationsOptions;
  /** Prints the plan as PDF; Chromium at CHROMIUM_PATH by default. */
  printPdf?: PdfPrinter;
  /** What incidents read from the plan (playbooks, default team); the plan feature unless a test gives another. */
  plan?: IncidentPlanReader;
  /** Outbox retry jitter in [0, 1); Math.random by default. */
  outboxRandom?: () => number;
  /** Collect process metrics (CPU, memory) for /metrics; off in tests. */
  processMetrics?: boolean;
}

const SCHEDULER_TICK_MS = 15_000;

/** The composition root: every service is built here, once, from the config. */
export function createAppContext(options: AppContextOptions) {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const database = options.database ?? openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  const metrics = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: metrics });

  const deps: ServiceDeps = { config, db: database.db, dialect: database.dialect, clock: options.clock ?? systemClock, logger, metrics };
  const pool = config.analysisWorkers > 0 ? createAnalysisPool(config.analysisWorkers, logger.child({ subsystem: 'analysis' })) : null;
  const given = options.analysisResources;
  const analysis = createAnalysisService(deps, given ? () => given : () => loadAnalysisResources(), pool);
  const { channels: notificationChannels, notifications } = createNotificationFeature(deps, options.notifications);
  const events = createLiveEvents();
  const notifyAlert: AlertNotifier = async (workspaceId, alert, kind, channelIds) => {
    await notifications.notify(workspaceId, alertNotification(alert, kind, config.publicUrl), channelIds ?? undefined);
  };
  const alertEngine = createAlertEngine(deps, { events, notify: options.notifyAlert ?? notifyAlert });
  const inboxFeature = createInboxFeature(deps, events);
  const pipeline = createIngestPipeline(
    deps,
    mergeHooks(
      {
        afterStore: [
          (workspaceId, stored, context) => alertEngine.afterStore(workspaceId, stored, context),
          (workspaceId, stored) => inboxFeature.inbox.afterStore(workspaceId, stored),
        ],
        afterEngagement: [(workspaceId, updates) => alertEngine.afterEngagement(workspaceId, updates)],
        afterHistory: [(workspaceId) => alertEngine.afterHistory(workspaceId)],
      },
      options.hooks,
    ),
    analysis.preparer(),
  );
  const pauses = createPauseService(deps, events, {
    onResumed: (trx, pause, actor, now) => recordPostsResumed(trx, pause, actor.userId, now),
  });
  const alerts = createAlertService(deps, alertEngine, events);
  const mentions = createMentionService(deps, pipeline);
  const plan = createPlanService(deps);
  const incidentFeature = createIncidentFeature(deps, {
    plan: options.plan ?? plan,
    alerts,
    mentions,
    pauses,
    notify: (workspaceId, message) => notifications.notify(workspaceId, message),
    events,
  });
  const channels = createChannelRegistry(deps);
  const outboxFeature = createOutboxFeature(deps, events, {
    channels,
    activePause: (workspaceId, brandId) => pauses.activePause(workspaceId, brandId),
    listeners: [recordDelivery, recordReplySettlement, statementDeliveryListener, recordModerationSettlement],
    ...(options.outboxRandom ? { random: options.outboxRandom } : {}),
  });
  const mailer = createMailer(config.notifications);
  const updatePages = createUpdatePageService(deps, mailer, createPageTokens(config));
  const statementFeature = createStatementFeature(deps, {
    isIncidentActive: (workspaceId) => isCrisisActive(deps.db, workspaceId),
    mailer,
    pages: updatePages,
    notify: (workspaceId, message) => notifications.notify(workspaceId, message),
    ...(options.outboxRandom ? { random: options.outboxRandom } : {}),
  });
  const services = {
    analysis,
    auth: createAuthService(deps),
    workspaces: createWorkspaceService(deps),
    brands: createBrandService(deps),
    mentions,
    tokens: createTokenService(deps),
    imports: createImportService(deps, pipeline),
    alerts,
    notificationChannels,
    notifications,
    plan,
    // Registers: the risk register, the contacts directory and the plan as a document.
    ...createRegisterServices(deps, plan, options.printPdf),
    pauses,
    incidents: incidentFeature.incidents,
    incidentTasks: incidentFeature.incidentTasks,
    incidentFacts: incidentFeature.incidentFacts,
    messages: createMessageService(deps),
    accounts: createAccountService(deps, channels),
    outbox: outboxFeature.outbox,
    inbox: inboxFeature.inbox,
    replies: inboxFeature.replies,
    experts: inboxFeature.experts,
    statements: statementFeature.statements,
    updatePages,
    moderation: createModerationService(deps),
  };
  let timers: NodeJS.Timeout[] = [];

  return {
    ...deps,
    database,
    pipeline,
    services,
    events,
    alertEngine,
    migrate: () => migrateToLatest(database.db),
    /** Incident task deadlines: reminders before, escalation to the lead after (the scheduler runs it). */
    checkIncidentDeadlines: incidentFeature.checkDeadlines,
    /** Sends what is due in the outbox, holding and releasing scheduled posts with the pause switch. */
    sendOutbox: outboxFeature.sendDue,
    /** Scheduled statements, statement e-mails and "next update" reminders (the scheduler runs it). */
    tickStatements: statementFeature.tick,
    /** The scheduler role: escalation of unacknowledged alerts, snoozes that end, incident task deadlines and the outbox. */
    startScheduler(everyMs = SCHEDULER_TICK_MS) {
      const tick = () => {
        void alertEngine.escalate().catch((error: unknown) => logger.error({ err: error }, 'escalation failed'));
        void incidentFeature.checkDeadlines().catch((error: unknown) => logger.error({ err: error }, 'incident deadlines failed'));
        void outboxFeature.sendDue().catch((error: unknown) => logger.error({ err: error }, 'outbox send failed'));
        void statementFeature.tick().catch((error: unknown) => logger.error({ err: error }, 'statements pass failed'));
      };
      timers.push(setInterval(tick, everyMs).unref());
    },
    createHttpApp: () => createHttpApp(deps, services, events),
    /** Finishes in-flight batches, then closes the database. */
    async close(): Promise<void> {
      for (const timer of timers) clearInterval(timer);
      timers = [];
      await notifications.stop();
      await pipeline.drain();
      await analysis.close();
      await database.close();
    },
  };
}

function mergeHooks(...all: (IngestHooks | undefined)[]): IngestHooks {
  return {
    beforeStore: all.flatMap((h) => h?.beforeStore ?? []),
    afterStore: all.flatMap((h) => h?.afterStore ?? []),
    afterEngagement: all.flatMap((h) => h?.afterEngagement ?? []),
    afterHistory: all.flatMap((h) => h?.afterHistory ?? []),
  };
}

export type AppContext = ReturnType<typeof createAppContext>;
