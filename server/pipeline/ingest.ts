import { Counter, type Registry } from 'prom-client';
import type { ServiceDeps } from '../deps';
import { createBrandMatcher } from './match';
import { normaliseRows } from './normalise';
import type { BatchResult, IncomingRow, IngestHooks } from './pipeline.types';
import { storeBatch } from './store';

function counterIn(registry: Registry) {
  const existing = registry.getSingleMetric('siaga_mentions_ingested_total');
  return (
    (existing as Counter<'result'> | undefined) ??
    new Counter({
      name: 'siaga_mentions_ingested_total',
      help: 'Mentions through the ingest path, by result',
      labelNames: ['result'],
      registers: [registry],
    })
  );
}

/**
 * The one ingest path for imports, the HTTP batch endpoint and connectors:
 * normalise → match watch queries → (analysis hooks) → store → (detector hooks).
 */
export function createIngestPipeline({ db, dialect, clock, metrics, logger }: ServiceDeps, hooks: IngestHooks = {}) {
  const matcher = createBrandMatcher(db);
  const counter = counterIn(metrics);
  const inFlight = new Set<Promise<unknown>>();
  let draining = false;

  async function run(workspaceId: number, rows: readonly IncomingRow[]): Promise<BatchResult> {
    const { mentions, rejected, duplicates } = normaliseRows(rows);
    await matcher.matchBrands(workspaceId, mentions);
    for (const hook of hooks.beforeStore ?? []) await hook(workspaceId, mentions);
    const { stored, engagement } = await storeBatch(db, dialect, workspaceId, mentions, clock.now());
    for (const hook of hooks.afterStore ?? []) await hook(workspaceId, stored);
    if (engagement.length > 0) for (const hook of hooks.afterEngagement ?? []) await hook(workspaceId, engagement);
    const result = {
      received: rows.length,
      imported: stored.length,
      duplicates: duplicates + mentions.length - stored.length,
      engagementUpdated: engagement.length,
      rejected,
    };
    counter.inc({ result: 'imported' }, result.imported);
    counter.inc({ result: 'duplicate' }, result.duplicates);
    counter.inc({ result: 'rejected' }, rejected.length);
    return result;
  }

  return {
    /** Ingests one batch; the batch is stored whole or not at all. */
    ingestBatch(workspaceId: number, rows: readonly IncomingRow[]): Promise<BatchResult> {
      if (draining) return Promise.reject(new Error('The ingest pipeline is shutting down'));
      const job = run(workspaceId, rows);
      inFlight.add(job);
      void job.finally(() => inFlight.delete(job)).catch(() => undefined);
      return job;
    },

    /** Stops taking batches and waits for those in flight, for a graceful shutdown. */
    async drain(): Promise<void> {
      draining = true;
      if (inFlight.size > 0) logger.info({ batches: inFlight.size }, 'waiting for in-flight ingest batches');
      await Promise.allSettled([...inFlight]);
    },
  };
}

export type IngestPipeline = ReturnType<typeof createIngestPipeline>;
