import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnalyzedText } from '../../../core/analysis';
import type { Logger } from '../../logger';
import type { AnalysisItem, WorkspaceAnalysisSettings } from './workspace-analyzer';

export interface PoolRequest {
  id: number;
  /** Identifies the settings, so a worker builds each workspace's analyser once per change. */
  settingsKey: string;
  settings: WorkspaceAnalysisSettings;
  items: AnalysisItem[];
}

export type PoolResponse = { id: number; results: AnalyzedText[] } | { id: number; error: string };

export interface AnalysisPool {
  analyze(settingsKey: string, settings: WorkspaceAnalysisSettings, items: readonly AnalysisItem[]): Promise<AnalyzedText[]>;
  close(): Promise<void>;
}

interface Pending {
  resolve(results: AnalyzedText[]): void;
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

  function send(slot: number, settingsKey: string, settings: WorkspaceAnalysisSettings, items: AnalysisItem[]) {
    const id = nextId++;
    return new Promise<AnalyzedText[]>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      owner.set(id, slot);
      const worker = workerAt(slot);
      worker.ref();
      const request: PoolRequest = { id, settingsKey, settings, items };
      worker.postMessage(request);
    }).finally(() => {
      // An idle pool must not keep the process alive.
      if (![...owner.values()].includes(slot)) workers[slot]?.unref();
    });
  }

  return {
    async analyze(settingsKey, settings, items) {
      if (items.length === 0) return [];
      const share = Math.ceil(items.length / size);
      const parts = await Promise.all(
        workers.map((_, slot) => {
          const slice = items.slice(slot * share, (slot + 1) * share);
          return slice.length > 0 ? send(slot, settingsKey, settings, slice) : Promise.resolve([]);
        }),
      );
      return parts.flat();
    },
    async close() {
      await Promise.all(workers.flatMap((worker) => (worker ? [worker.terminate()] : [])));
      workers.fill(null);
    },
  };
}
