import type { Benchmark } from './bench.types';
import { alertLatencyBenchmark } from './alert-latency.bench';
import { analysisBenchmark } from './analysis.bench';
import { detectionBenchmark } from './detection.bench';
import { ingestBenchmark } from './ingest.bench';
import { ingestCheckBenchmark } from './ingest-check.bench';
import { mentionsBenchmark } from './mentions.bench';
import { toneCheckBenchmark } from './tone-check.bench';

export type { BenchOptions, Benchmark } from './bench.types';

export const BENCHMARKS: Record<string, Benchmark> = {
  'alert-latency': alertLatencyBenchmark,
  analysis: analysisBenchmark,
  detection: detectionBenchmark,
  ingest: ingestBenchmark,
  'ingest-check': ingestCheckBenchmark,
  mentions: mentionsBenchmark,
  'tone-check': toneCheckBenchmark,
};
