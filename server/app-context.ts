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
import { createMentionService } from './features/mentions';
import { createPlanService } from './features/plan';
import { type NotificationsOptions, createNotificationFeature } from './features/notifications';
import { createTokenService } from './features/tokens';
import { createWorkspaceService } from './features/workspaces';
import { createHttpApp } from './http/app';
import { type Logger, createLogger } from './logger';
import { type IngestHooks, createIngestPipeline } from './pipeline';
import { createLiveEvents } from './events/live-events';

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
  const pipeline = createIngestPipeline(
    deps,
    mergeHooks(
      {
        afterStore: [(workspaceId, stored) => alertEngine.afterStore(workspaceId, stored)],
        afterEngagement: [(workspaceId, updates) => alertEngine.afterEngagement(workspaceId, updates)],
      },
      options.hooks,
    ),
    analysis.preparer(),
  );
  const services = {
    analysis,
    auth: createAuthService(deps),
    workspaces: createWorkspaceService(deps),
    brands: createBrandService(deps),
    mentions: createMentionService(deps, pipeline),
    tokens: createTokenService(deps),
    imports: createImportService(deps, pipeline),
    alerts: createAlertService(deps, alertEngine, events),
    notificationChannels,
    notifications,
    plan: createPlanService(deps),
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
    /** The scheduler role: escalation of unacknowledged alerts and snoozes that end. */
    startScheduler(everyMs = SCHEDULER_TICK_MS) {
      const tick = () => void alertEngine.escalate().catch((error: unknown) => logger.error({ err: error }, 'escalation failed'));
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
  };
}

export type AppContext = ReturnType<typeof createAppContext>;
