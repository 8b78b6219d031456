import { createRatioDetector, createSeriesRunner, createVolumeDetector } from '../core/detection';
import { generateCounts } from '../core/detection/synthetic';
import type { Benchmark, BenchOptions } from './bench.types';
import { formatInteger, formatTable, median, readIntOption, reportProgress } from './bench-report';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Nanoseconds per point of `work` over all points, the median of `runs` passes after a warm-up pass. */
function measure(points: number, runs: number, pass: () => number): { nsPerPoint: number; runs: number[] } {
  let sink = pass();
  const times = Array.from({ length: runs }, () => {
    const started = process.hrtime.bigint();
    sink += pass();
    return Number(process.hrtime.bigint() - started) / points;
  });
  if (sink === Number.NEGATIVE_INFINITY) throw new Error('unreachable');
  return { nsPerPoint: median(times), runs: times };
}

function runDetectionBenchmark({ json, args }: BenchOptions): Promise<void> {
  const runs = readIntOption(args, 'runs', 5, { min: 1, max: 50 });
  const size = readIntOption(args, 'points', 200_000, { min: 1000, max: 10_000_000 });
  reportProgress(`detection: ${formatInteger(size)} five-minute counts with a daily rhythm and spikes, ${runs} runs`);
  const points = generateCounts(7, size, 5 * MINUTE, (t, i) =>
    i % 5000 === 4999 ? 400 : 20 + 30 * Math.sin((2 * Math.PI * t) / DAY) ** 2,
  );
  const lines = ['timestamp,value', ...points.map((p) => `${new Date(p.timestamp).toISOString()},${p.value}`)];

  const results = {
    volume: measure(size, runs, () => {
      const detector = createVolumeDetector();
      let alerts = 0;
      for (const p of points) if (detector.observe(p.timestamp, p.value).alert) alerts++;
      return alerts;
    }),
    share: measure(size, runs, () => {
      const detector = createRatioDetector();
      let alerts = 0;
      for (const p of points) if (detector.observe(p.timestamp, Math.floor(p.value / 4), p.value).alert) alerts++;
      return alerts;
    }),
    'siaga detect row (parse + score + format)': measure(size, runs, () => {
      const runner = createSeriesRunner();
      let length = 0;
      lines.forEach((line, i) => (length += runner.next(line, i + 1)?.length ?? 0));
      return length;
    }),
  };

  if (!json) {
    console.log(
      formatTable(
        ['<detector', 'ns/point', 'points/s'],
        Object.entries(results).map(([name, r]) => [name, formatInteger(r.nsPerPoint), formatInteger(1e9 / r.nsPerPoint)]),
      ),
    );
    return Promise.resolve();
  }
  console.log(
    JSON.stringify({
      benchmark: 'detection',
      points: size,
      runs,
      nsPerPoint: Object.fromEntries(Object.entries(results).map(([name, r]) => [name, Math.round(r.nsPerPoint)])),
      node: process.version,
      date: new Date().toISOString(),
    }),
  );
  return Promise.resolve();
}

export const detectionBenchmark: Benchmark = {
  description: 'cost per point of the streaming detectors (volume, share) and of a siaga detect row',
  run: runDetectionBenchmark,
};
