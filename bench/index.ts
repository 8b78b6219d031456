import type { Benchmark } from './bench.types';
import { ingestBenchmark } from './ingest.bench';
import { mentionsBenchmark } from './mentions.bench';

export type { BenchOptions, Benchmark } from './bench.types';

export const BENCHMARKS: Record<string, Benchmark> = {
  ingest: ingestBenchmark,
  mentions: mentionsBenchmark,
};
