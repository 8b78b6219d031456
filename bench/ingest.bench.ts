import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IngestSummary, MentionInput } from '../core/api';
import type { IncomingRow } from '../server/pipeline';
import { createProgressLine, formatInteger, readIntOption, reportProgress } from './bench-report';
import type { Benchmark, BenchOptions } from './bench.types';
import { type RawRow, insertRawRows, prepareRawStore, toRawRows } from './ingest-raw';
import { PHASES, type Phase, type RunResult, printIngestReport } from './ingest-report';
import { type StoredCounts, countStored, openBenchWorkspace } from './ingest-setup';
import { DEFAULT_IMPORT_BATCH } from '../server/features/imports';
import { SYNTHETIC_IMPORTED_AT, generateMentions, writeJsonLines } from './synthetic-mentions';
import { readMainThreadCpuSeconds } from './thread-cpu';

/** The import runs the morning after the generated month, whatever the date (see SYNTHETIC_IMPORTED_AT). */
const importClock = { now: () => SYNTHETIC_IMPORTED_AT };

/**
 * What every run reads: the JSON Lines file, written once. The other phases' inputs are read from it
 * (untimed) when their phase starts and let go when it ends, so the import runs as `siaga import` does,
 * in a process that holds no one else's data: 200,000 mentions kept alive beside it made the collector's
 * work, and the import's time, grow by about a tenth.
 */
interface Workload {
  root: string;
  count: number;
  batchSize: number;
  file: string;
}

/** The file's mentions as they were generated (the lines are their JSON). */
function readMentions(file: string): MentionInput[] {
  const mentions: MentionInput[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) if (line) mentions.push(JSON.parse(line) as MentionInput);
  return mentions;
}

function batchesOf(mentions: readonly MentionInput[], batchSize: number): IncomingRow[][] {
  const rows = mentions.map((data, i): IncomingRow => ({ line: i + 1, data }));
  const batches: IncomingRow[][] = [];
  for (let i = 0; i < rows.length; i += batchSize) batches.push(rows.slice(i, i + batchSize));
  return batches;
}

interface Measured {
  seconds: number;
  cpuSeconds: number;
  mainCpuSeconds: number | null;
  stored: number;
}

/** Wall and CPU seconds of `work`, and the main thread's CPU seconds where the system tells them. */
async function timed<T>(
  work: () => T | Promise<T>,
): Promise<{ value: T; seconds: number; cpuSeconds: number; mainCpuSeconds: number | null }> {
  const cpu = process.cpuUsage();
  const mainCpu = readMainThreadCpuSeconds();
  const started = performance.now();
  const value = await work();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const mainUsed = readMainThreadCpuSeconds();
  return {
    value,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    mainCpuSeconds: mainCpu === null || mainUsed === null ? null : mainUsed - mainCpu,
  };
}

/** (a) The full path `siaga import` takes: read and parse the file, map columns, then the pipeline. */
async function measureImport(w: Workload, dataDir: string, label: string) {
  const bench = await openBenchWorkspace(dataDir, importClock);
  try {
    const meter = createProgressLine(`${label} import`, fs.statSync(w.file).size);
    const onProgress = ({ bytesRead }: { bytesRead: number }) => meter.update(bytesRead);
    const { value: summary, ...time } = await timed(() =>
      bench.ctx.services.imports.importFile({
        workspaceId: bench.workspaceId,
        file: w.file,
        format: 'jsonl',
        batchSize: w.batchSize,
        onProgress,
      }),
    );
    meter.done();
    if (summary.received !== w.count) throw new Error(`import read ${summary.received} rows of ${w.count}`);
    return { ...time, stored: summary.imported, summary, counts: await countStored(bench) };
  } finally {
    await bench.ctx.close();
  }
}

/** (b) The pipeline alone, on batches built beforehand: no file, no JSON parsing, no column mapping. */
async function measurePipeline(w: Workload, dataDir: string, label: string): Promise<Measured> {
  const batches = batchesOf(readMentions(w.file), w.batchSize);
  const bench = await openBenchWorkspace(dataDir, importClock);
  try {
    const meter = createProgressLine(`${label} pipeline`, batches.length);
    const { value: stored, ...time } = await timed(async () => {
      let imported = 0;
      for (const [i, batch] of batches.entries()) {
        imported += (await bench.ctx.pipeline.ingestBatch(bench.workspaceId, batch)).imported;
        meter.update(i + 1);
      }
      return imported;
    });
    meter.done();
    return { ...time, stored };
  } finally {
    await bench.ctx.close();
  }
}

/** (c) The raw-insert limit in a fresh store with the same schema and connection settings. */
async function measureRaw(w: Workload, dataDir: string) {
  const store = await prepareRawStore(dataDir, Date.now());
  const rows: RawRow[] = toRawRows(readMentions(w.file), store.workspaceId, Date.now());
  const { value: stored, ...time } = await timed(() => insertRawRows(store, rows, w.batchSize));
  return { ...time, stored, pragmas: store.pragmas };
}

/** One measurement of each phase, each in a fresh data directory that is removed afterwards. */
async function runOnce(w: Workload, run: number, label: string) {
  // Phases take turns going first, so a machine that gets busier or quieter during a run biases no phase.
  const order = PHASES.map((_, i) => PHASES[(i + run - 1) % PHASES.length] as Phase);
  const measured: Partial<Record<Phase, Measured>> = {};
  let imported: { summary: IngestSummary; counts: StoredCounts } | undefined;
  let pragmas: Record<string, number> = {};
  for (const phase of order) {
    const dir = path.join(w.root, phase);
    try {
      if (phase === 'import') measured.import = imported = await measureImport(w, dir, label);
      else if (phase === 'pipeline') measured.pipeline = await measurePipeline(w, dir, label);
      else {
        const raw = await measureRaw(w, dir);
        measured.raw = raw;
        pragmas = raw.pragmas;
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const m = measured[phase];
    if (m)
      reportProgress(
        `${label} ${phase.padEnd(8)} ${m.seconds.toFixed(2)} s  ${formatInteger(w.count / m.seconds)} rows/s  cpu ${m.cpuSeconds.toFixed(2)} s` +
          (m.mainCpuSeconds === null ? '' : `  main thread ${m.mainCpuSeconds.toFixed(2)} s`),
      );
  }
  const { import: a, pipeline: b, raw: c } = measured;
  if (!a || !b || !c || !imported) throw new Error('a phase did not run');
  if (a.stored !== b.stored || a.stored !== c.stored)
    reportProgress(`ingest: warning: stored counts differ (import ${a.stored}, pipeline ${b.stored}, raw ${c.stored})`);
  const result: RunResult = {
    seconds: { import: a.seconds, pipeline: b.seconds, raw: c.seconds },
    cpuSeconds: { import: a.cpuSeconds, pipeline: b.cpuSeconds, raw: c.cpuSeconds },
    mainCpuSeconds:
      a.mainCpuSeconds === null || b.mainCpuSeconds === null || c.mainCpuSeconds === null
        ? null
        : { import: a.mainCpuSeconds, pipeline: b.mainCpuSeconds, raw: c.mainCpuSeconds },
    imported: imported.summary.imported,
    duplicates: imported.summary.duplicates,
    rejected: imported.summary.rejected.length,
    counts: imported.counts,
  };
  return { result, pragmas };
}

/** Writes the mentions to the workload's file; the caller lets go of them. */
function prepareWorkload(root: string, mentions: readonly MentionInput[], batchSize: number): Workload {
  const file = path.join(root, 'mentions.jsonl');
  writeJsonLines(file, mentions);
  return { root, count: mentions.length, batchSize, file };
}

async function runIngestBenchmark({ json, args }: BenchOptions): Promise<void> {
  const count = readIntOption(args, 'count', 200_000, { min: 1_000, max: 5_000_000 });
  const runs = readIntOption(args, 'runs', 1, { min: 1, max: 20 });
  const batchSize = readIntOption(args, 'batch-size', DEFAULT_IMPORT_BATCH, { min: 1, max: 5000 });
  const seed = readIntOption(args, 'seed', 20_261_121, { min: 0, max: 2 ** 32 - 1 });
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'siaga-bench-ingest-'));
  // A full run leaves a few hundred MB behind, so an interrupted one cleans up too.
  const interrupted = () => {
    fs.rmSync(root, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  try {
    reportProgress(`ingest: generating ${formatInteger(count)} mentions (seed ${seed}) in ${root}`);
    // A small untimed round first, so no phase pays for compiling the code the others then reuse.
    const warmUp = prepareWorkload(fs.mkdtempSync(path.join(root, 'warm-up-')), generateMentions(3_000, seed + 1), batchSize);
    await runOnce(warmUp, 1, 'ingest: warm-up');
    // Generating is pure JavaScript, so its time says how fast the machine is today.
    const generated = await timed(() => generateMentions(count, seed));
    // Handed over and emptied: nothing here keeps the mentions alive once they are in the file.
    const workload = prepareWorkload(root, generated.value.splice(0), batchSize);
    reportProgress(`ingest: wrote ${formatInteger(fs.statSync(workload.file).size / 1e6)} MB of JSON Lines`);
    const results: RunResult[] = [];
    let pragmas: Record<string, number> = {};
    for (let run = 1; run <= runs; run++) {
      const once = await runOnce(workload, run, `ingest: run ${run}/${runs}`);
      results.push(once.result);
      pragmas = once.pragmas;
    }
    const report = printIngestReport({ count, batchSize, results, pragmas, generateSeconds: generated.seconds });
    if (json) console.log(JSON.stringify(report));
  } finally {
    process.off('SIGINT', interrupted);
    fs.rmSync(root, { recursive: true, force: true });
  }
}

export const ingestBenchmark: Benchmark = {
  description:
    'Import 200,000 synthetic mentions through the full ingest path and compare with a raw insert (--count N, --runs N, --batch-size N)',
  run: runIngestBenchmark,
};
