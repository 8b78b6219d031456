import os from 'node:os';
import { formatInteger, formatTable, median } from './bench-report';
import type { StoredCounts } from './ingest-setup';

/** The issue's targets on a 2-core machine. */
const TARGET_PER_SECOND = 10_000;
const TARGET_RATIO = 0.5;

export const PHASES = ['import', 'pipeline', 'raw'] as const;
export type Phase = (typeof PHASES)[number];

const PHASE_NAMES: Record<Phase, string> = {
  import: 'import (JSONL file, full path)',
  pipeline: 'pipeline (ingestBatch only)',
  raw: 'raw insert (same table, indexes, FTS)',
};

export interface RunResult {
  seconds: Record<Phase, number>;
  /** CPU time of the whole process, which tells a slow path from a busy machine. */
  cpuSeconds: Record<Phase, number>;
  /** CPU time of the main thread alone (Linux), null where the system does not tell it. */
  mainCpuSeconds: Record<Phase, number> | null;
  imported: number;
  duplicates: number;
  rejected: number;
  counts: StoredCounts;
}

export interface IngestReport {
  count: number;
  batchSize: number;
  results: readonly RunResult[];
  pragmas: Record<string, number>;
  /** Time to generate the mentions: pure JavaScript, a yardstick for how busy or throttled the machine was. */
  generateSeconds: number;
}

/** Prints the tables and returns the JSON summary; every figure is a median over the runs. */
export function printIngestReport({ count, batchSize, results, pragmas, generateSeconds }: IngestReport): Record<string, unknown> {
  const last = results[results.length - 1];
  if (!last) throw new Error('no runs');
  const wall = (phase: Phase) => results.map((r) => r.seconds[phase]);
  const cpu = (phase: Phase) => results.map((r) => r.cpuSeconds[phase]);
  const rate = (phase: Phase) => median(wall(phase).map((s) => count / s));
  // Ratios are taken within each run, where the machine's state is the same, then the median.
  const ratio = (phase: Phase) => median(results.map((r) => r.seconds.raw / r.seconds[phase]));
  const cpuRatio = (phase: Phase) => median(results.map((r) => r.cpuSeconds.raw / r.cpuSeconds[phase]));
  const mainCpu = results.every((r) => r.mainCpuSeconds !== null) ? results.map((r) => r.mainCpuSeconds!) : null;
  // The ratio the main thread allows when the workers keep up: raw insert's CPU over the main thread's.
  const mainCpuRatio = (phase: Phase) => (mainCpu ? median(mainCpu.map((m) => m.raw / m[phase])) : null);
  const row = (phase: Phase) => [
    PHASE_NAMES[phase],
    formatInteger(count),
    median(wall(phase)).toFixed(2),
    formatInteger(rate(phase)),
    ratio(phase).toFixed(2),
    median(cpu(phase)).toFixed(2),
    cpuRatio(phase).toFixed(2),
    mainCpu ? median(mainCpu.map((m) => m[phase])).toFixed(2) : '-',
    mainCpuRatio(phase)?.toFixed(2) ?? '-',
  ];

  console.log(
    `ingest: ${formatInteger(count)} synthetic mentions, batches of ${formatInteger(batchSize)}, median of ${results.length} run(s)`,
  );
  console.log(
    formatTable(['<name', 'rows', 'seconds', 'rows/s', 'ratio', 'cpu s', 'cpu ratio', 'main cpu s', 'main cpu ratio'], PHASES.map(row)),
  );
  console.log('');
  const brands = last.counts.byBrand.map((b) => [b.name, b.kind, String(b.queries), formatInteger(b.mentions)]);
  console.log(formatTable(['<brand', '<kind', 'queries', 'mentions matched'], brands));
  console.log('');
  console.log(
    `stored: ${formatInteger(last.imported)} mentions, ${formatInteger(last.duplicates)} duplicates skipped, ${last.rejected} rejected, ` +
      `${formatInteger(last.counts.authors)} authors, ${formatInteger(last.counts.brandMatches)} brand matches`,
  );
  console.log(
    `sqlite: ${Object.entries(pragmas)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );
  console.log(`machine: generating the mentions took ${generateSeconds.toFixed(2)} s; load average ${os.loadavg()[0]?.toFixed(2)}`);
  const meetsTarget = rate('import') >= TARGET_PER_SECOND && ratio('import') >= TARGET_RATIO;
  const target = `>= ${formatInteger(TARGET_PER_SECOND)} mentions/s and >= ${TARGET_RATIO} of raw insert`;
  console.log(`target: ${target}: ${meetsTarget ? 'met' : 'NOT met'}`);

  const round = (values: number[]) => values.map((v) => Number(v.toFixed(3)));
  return {
    benchmark: 'ingest',
    mentions: count,
    mentionsPerSecond: Math.round(rate('import')),
    pipelineMentionsPerSecond: Math.round(rate('pipeline')),
    rawInsertPerSecond: Math.round(rate('raw')),
    ratioToRawInsert: Number(ratio('import').toFixed(3)),
    pipelineRatioToRawInsert: Number(ratio('pipeline').toFixed(3)),
    cpuRatioToRawInsert: Number(cpuRatio('import').toFixed(3)),
    mainThreadCpuRatioToRawInsert: mainCpu ? Number(mainCpuRatio('import')!.toFixed(3)) : null,
    imported: last.imported,
    duplicates: last.duplicates,
    rejected: last.rejected,
    brandMatches: last.counts.brandMatches,
    authors: last.counts.authors,
    batchSize,
    runs: results.length,
    seconds: { import: round(wall('import')), pipeline: round(wall('pipeline')), raw: round(wall('raw')) },
    cpuSeconds: { import: round(cpu('import')), pipeline: round(cpu('pipeline')), raw: round(cpu('raw')) },
    mainThreadCpuSeconds: mainCpu
      ? {
          import: round(mainCpu.map((m) => m.import)),
          pipeline: round(mainCpu.map((m) => m.pipeline)),
          raw: round(mainCpu.map((m) => m.raw)),
        }
      : null,
    meetsTarget,
    generateSeconds: Number(generateSeconds.toFixed(3)),
    cpus: os.cpus().length,
    loadAverage: Number(os.loadavg()[0]?.toFixed(2)),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    date: new Date().toISOString(),
  };
}
