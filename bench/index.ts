import type { Benchmark } from './bench.types';
import { analysisBenchmark } from './analysis.bench';
import { detectionBenchmark } from './detection.bench';
import { ingestBenchmark } from './ingest.bench';
import { mentionsBenchmark } from './mentions.bench';

export type { BenchOptions, Benchmark } from './bench.types';

export const BENCHMARKS: Record<string, Benchmark> = {
  analysis: analysisBenchmark,
  detection: detectionBenchmark,
  ingest: ingestBenchmark,
  mentions: mentionsBenchmark,
};
