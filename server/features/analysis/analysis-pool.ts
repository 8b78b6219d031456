import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnalyzedText } from '../../../core/analysis';
import type { Logger } from '../../logger';
import { type BatchInput, type PreparedBatch, type WatchQuerySource, sizeOfBatch, sliceBatch } from '../../pipeline';
import type { AnalysisItem, WorkspaceAnalysisSettings } from './workspace-analyzer';

/** What a batch of ingested rows needs to be prepared in a worker besides the analyser. */
export interface PrepareWork {
  /** The analysis version stored with each mention. */
  version: string;
  queries: readonly WatchQuerySource[];
}

/** Analyse texts, or prepare ingested rows (validate, normalise, match, analyse). */
export type PoolWork = { kind: 'analyze'; items: AnalysisItem[] } | { kind: 'prepare'; input: BatchInput; prepare: PrepareWork };

export type PoolRequest = PoolWork & {
  id: number;
  /** Identifies the settings, so a worker builds each workspace's analyser once per change. */
  settingsKey: string;
  settings: WorkspaceAnalysisSettings;
};

export type PoolResponse = { id: number; results: unknown } | { id: number; error: string };

export interface AnalysisPool {
  analyze(settingsKey: string, settings: WorkspaceAnalysisSettings, items: readonly AnalysisItem[]): Promise<AnalyzedText[]>;
  /** Prepares a batch split across the workers: one prepared batch per slice, in order. */
  prepare(settingsKey: string, settings: WorkspaceAnalysisSettings, input: BatchInput, work: PrepareWork): Promise<PreparedBatch[]>;
  close(): Promise<void>;
}

interface Pending {
  resolve(results: unknown): void;
  reject(error: Error): void;
}

/**
 * In the compiled bundle (`dist/`, see `bin/build.js`) the worker is the compiled `analysis.worker.js`
 * beside it. From the TypeScript sources (tests, `SIAGA_RUN_SOURCES=1`) the worker runs them through tsx,
 * since a worker does not inherit the main thread's loader.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./analysis.worker.js', import.meta.url));
  // An eval'd worker resolves nothing relative to this file, so it gets tsx's ES module entry by URL
  // (require.resolve finds the CommonJS twin beside it).
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL('./analysis.worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/**
 * Worker threads that analyse batches of texts, so the main thread keeps parsing and storing while
 * they work. A batch is split evenly across the workers; results come back in order.
 */
export function createAnalysisPool(size: number, logger: Logger): AnalysisPool {
  const workers: (Worker | null)[] = Array.from({ length: size }, () => null);
  const pending = new Map<number, Pending>();
  const owner = new Map<number, number>();
  let nextId = 1;

  function workerAt(slot: number): Worker {
    const existing = workers[slot];
    if (existing) return existing;
    const worker = startWorker();
    worker.unref();
    worker.on('message', (response: PoolResponse) => {
      const waiting = pending.get(response.id);
      pending.delete(response.id);
      owner.delete(response.id);
      if (!waiting) return;
      if ('error' in response) waiting.reject(new Error(`text analysis failed: ${response.error}`));
      else waiting.resolve(response.results);
    });
    // A worker that dies fails what it was doing and is started again for the next batch.
    worker.on('error', (error) => {
      logger.error({ err: error }, 'analysis worker failed');
      workers[slot] = null;
      for (const [id, waiting] of pending) {
        if (owner.get(id) !== slot) continue;
        pending.delete(id);
        owner.delete(id);
        waiting.reject(error);
      }
    });
    workers[slot] = worker;
    return worker;
  }

  function send(slot: number, settingsKey: string, settings: WorkspaceAnalysisSettings, work: PoolWork) {
    const id = nextId++;
    return new Promise<unknown>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      owner.set(id, slot);
      const worker = workerAt(slot);
      worker.ref();
      const request: PoolRequest = { id, settingsKey, settings, ...work };
      worker.postMessage(request);
    }).finally(() => {
      // An idle pool must not keep the process alive.
      if (![...owner.values()].includes(slot)) workers[slot]?.unref();
    });
  }

  /** Sends one slice to each worker; results come back per slice, in order. */
  function spread(works: PoolWork[], settingsKey: string, settings: WorkspaceAnalysisSettings) {
    return Promise.all(works.map((work, slot) => send(slot, settingsKey, settings, work)));
  }

  return {
    async analyze(settingsKey, settings, items) {
      if (items.length === 0) return [];
      const share = Math.ceil(items.length / size);
      const works: PoolWork[] = [];
      for (let i = 0; i < items.length; i += share) works.push({ kind: 'analyze', items: items.slice(i, i + share) });
      const parts = await spread(works, settingsKey, settings);
      return (parts as AnalyzedText[][]).flat();
    },
    async prepare(settingsKey, settings, input, work) {
      const total = sizeOfBatch(input);
      if (total === 0) return [];
      const slices = sliceBatch(input, Math.ceil(total / size));
      const parts = await spread(
        slices.map((slice): PoolWork => ({ kind: 'prepare', input: slice, prepare: work })),
        settingsKey,
        settings,
      );
      return parts as PreparedBatch[];
    },
    async close() {
      await Promise.all(workers.flatMap((worker) => (worker ? [worker.terminate()] : [])));
      workers.fill(null);
    },
  };
}
