import { Counter, type Registry } from 'prom-client';
import type { ServiceDeps } from '../deps';
import { type WatchQuerySource, createQueryCompiler, loadWatchQueries } from './match';
import { type PreparedBatch, prepareRows } from './prepare';
import type { BatchContext, BatchResult, IncomingRow, IngestHooks } from './pipeline.types';
import { type BatchInput, type JsonLinesBatch, sizeOfBatch } from './decode-lines';
import { storeBatch } from './store';

const LIVE: BatchContext = { history: false };

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
 * Does the per-row work of a batch (validate, normalise, match, analyse), in analysis workers when
 * there are some. Without one the pipeline prepares on its own thread and does not analyse.
 */
export interface BatchPreparer {
  prepare(workspaceId: number, input: BatchInput, queries: readonly WatchQuerySource[]): Promise<PreparedBatch>;
}

/**
 * The one ingest path for imports, the HTTP batch endpoint and connectors:
 * prepare (normalise → match watch queries → analyse) → (hooks) → store → (detector hooks).
 */
export function createIngestPipeline(
  { db, dialect, clock, metrics, logger }: ServiceDeps,
  hooks: IngestHooks = {},
  preparer: BatchPreparer | null = null,
) {
  const compile = createQueryCompiler();
  const counter = counterIn(metrics);
  const inFlight = new Set<Promise<unknown>>();
  let draining = false;

  /**
   * Per workspace, the tail of the store stage: batches are stored, and their hooks run, one at a time in
   * the order they came, whatever order their preparation finished in. So the next batch is prepared (in
   * the workers) while this one is stored, and the hooks of a batch see the store as it was right after it.
   */
  const storeTails = new Map<number, Promise<unknown>>();
  function inStoreOrder<T>(workspaceId: number, work: () => Promise<T>): Promise<T> {
    const previous = storeTails.get(workspaceId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    storeTails.set(workspaceId, tail);
    void tail.then(() => {
      if (storeTails.get(workspaceId) === tail) storeTails.delete(workspaceId);
    });
    return next;
  }

  function run(workspaceId: number, input: BatchInput, context: BatchContext): Promise<BatchResult> {
    const prepared = (async () => {
      const queries = await loadWatchQueries(db, workspaceId);
      return preparer ? preparer.prepare(workspaceId, input, queries) : prepareRows(input, compile(queries), null);
    })();
    // Handled when its turn comes; a failed preparation fails this batch only.
    prepared.catch(() => undefined);
    return inStoreOrder(workspaceId, async () => {
      const batch = await prepared;
      // SQLite answers synchronously, so a store and its hooks hold the thread from start to end. Between
      // batches the event loop gets a turn: the reads that make the next batches (a CSV import's stream, HTTP
      // requests) go on meanwhile, instead of waiting until every batch already prepared has been stored.
      await new Promise<void>((resolve) => setImmediate(resolve));
      return storeAndReport(workspaceId, input, batch, context);
    });
  }

  async function storeAndReport(
    workspaceId: number,
    input: BatchInput,
    { mentions, rejected, duplicates }: PreparedBatch,
    context: BatchContext,
  ): Promise<BatchResult> {
    for (const hook of hooks.beforeStore ?? []) await hook(workspaceId, mentions);
    const { stored, engagement } = await storeBatch(db, dialect, workspaceId, mentions, clock.now());
    for (const hook of hooks.afterStore ?? []) await hook(workspaceId, stored, context);
    if (engagement.length > 0) for (const hook of hooks.afterEngagement ?? []) await hook(workspaceId, engagement);
    const result = {
      received: sizeOfBatch(input),
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

  function track<T>(job: Promise<T>): Promise<T> {
    inFlight.add(job);
    void job.finally(() => inFlight.delete(job)).catch(() => undefined);
    return job;
  }

  function ingest(workspaceId: number, input: BatchInput, context: BatchContext): Promise<BatchResult> {
    if (draining) return Promise.reject(new Error('The ingest pipeline is shutting down'));
    return track(run(workspaceId, input, context));
  }

  return {
    /** Ingests one batch; the batch is stored whole or not at all. */
    ingestBatch(workspaceId: number, rows: readonly IncomingRow[], context: BatchContext = LIVE): Promise<BatchResult> {
      return ingest(workspaceId, rows, context);
    },

    /** Ingests lines of a JSON Lines file, parsed and mapped with the rest of the per-row work. */
    ingestJsonLines(workspaceId: number, batch: JsonLinesBatch, context: BatchContext = LIVE): Promise<BatchResult> {
      return ingest(workspaceId, batch, context);
    },

    /**
     * Ends an import of history: once every batch sent before is stored (or failed), the `afterHistory`
     * hooks run, so detectors learn from the whole import in time order.
     */
    finishHistory(workspaceId: number): Promise<void> {
      return track(
        inStoreOrder(workspaceId, async () => {
          for (const hook of hooks.afterHistory ?? []) await hook(workspaceId);
        }),
      );
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
