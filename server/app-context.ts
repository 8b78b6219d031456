import { Registry, collectDefaultMetrics } from 'prom-client';
import { type Clock, systemClock } from './clock';
import type { Config } from './config';
import { type DatabaseHandle, openDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';
import type { ServiceDeps } from './deps';
import { type AnalysisResources, createAnalysisPool, createAnalysisService, loadAnalysisResources } from './features/analysis';
import { createAuthService } from './features/auth';
import { createBrandService } from './features/brands';
import { createImportService } from './features/imports';
import { createMentionService } from './features/mentions';
import { type NotificationsOptions, createNotificationFeature } from './features/notifications';
import { createTokenService } from './features/tokens';
import { createWorkspaceService } from './features/workspaces';
import { createHttpApp } from './http/app';
import { type Logger, createLogger } from './logger';
import { type IngestHooks, createIngestPipeline } from './pipeline';

export interface AppContextOptions {
  config: Config;
  clock?: Clock;
  logger?: Logger;
  /** An already open database (tests share one); otherwise one is opened from the config. */
  database?: DatabaseHandle;
  hooks?: IngestHooks;
  /** The shipped models; loaded from models/ once per process when not given. */
  analysisResources?: AnalysisResources;
  /** Senders, secret box or jitter for notifications (tests point senders at fakes through channel settings instead). */
  notifications?: NotificationsOptions;
  /** Collect process metrics (CPU, memory) for /metrics; off in tests. */
  processMetrics?: boolean;
}

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
  const pipeline = createIngestPipeline(deps, mergeHooks(analysis.hooks(), options.hooks));
  const { channels: notificationChannels, notifications } = createNotificationFeature(deps, options.notifications);
  const services = {
    analysis,
    auth: createAuthService(deps),
    workspaces: createWorkspaceService(deps),
    brands: createBrandService(deps),
    mentions: createMentionService(deps, pipeline),
    tokens: createTokenService(deps),
    imports: createImportService(deps, pipeline),
    notificationChannels,
    notifications,
  };

  return {
    ...deps,
    database,
    pipeline,
    services,
    migrate: () => migrateToLatest(database.db),
    createHttpApp: () => createHttpApp(deps, services),
    /** Finishes in-flight batches, then closes the database. */
    async close(): Promise<void> {
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
  };
}

export type AppContext = ReturnType<typeof createAppContext>;
