export interface BenchOptions {
  json: boolean;
  /** Extra arguments after the benchmark's name. */
  args: string[];
}

export interface Benchmark {
  description: string;
  run(options: BenchOptions): Promise<void>;
}
