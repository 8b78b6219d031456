import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSeriesRunner, parseSeriesTimestamp } from '../../core/detection';
import { DATA_ROOT } from '../sentiment/sentiment-data';

/**
 * The mention-volume detector on the Numenta Anomaly Benchmark: every file goes through the same runner as
 * `siaga detect`, the CSVs it writes are scored by ../shared/tools/nab-score.mjs, once at the product's own
 * alerts (the alert column as the score, threshold 0.5) and once at the scorer's optimised threshold on
 * anomaly_score; we add windows caught, false alarms per series per week and the median lead time.
 */
const NAB = path.join(DATA_ROOT, 'anomaly', 'nab');
const SCORER = path.join(DATA_ROOT, '..', 'tools', 'nab-score.mjs');
const WEEK = 7 * 24 * 3_600_000;
const PROFILES = ['standard', 'reward_low_FP_rate', 'reward_low_FN_rate'] as const;

interface SeriesResult {
  rel: string;
  timestamps: number[];
  scores: number[];
  alerts: boolean[];
  windows: [number, number][];
}

interface ScorerReport {
  profiles: Record<(typeof PROFILES)[number], { threshold: number; normalized: number; windows_detected: number; fp_rows: number }>;
}

function runSeries(rel: string, windows: [string, string][], outDir: string): SeriesResult {
  const lines = fs.readFileSync(path.join(NAB, 'data', rel), 'utf8').split(/\r?\n/);
  const runner = createSeriesRunner();
  const written: string[] = [];
  lines.forEach((line, i) => {
    const out = runner.next(line, i + 1);
    if (out !== null) written.push(out);
  });
  const rows = written.slice(1).map((l) => l.split(','));
  fs.mkdirSync(path.join(outDir, 'cli', path.dirname(rel)), { recursive: true });
  fs.writeFileSync(path.join(outDir, 'cli', rel), `${written.join('\n')}\n`);
  fs.mkdirSync(path.join(outDir, 'alerts', path.dirname(rel)), { recursive: true });
  fs.writeFileSync(path.join(outDir, 'alerts', rel), `timestamp,anomaly_score\n${rows.map((r) => `${r[0]},${r[3]}`).join('\n')}\n`);
  const timestamps = rows.map((r) => parseSeriesTimestamp(r[0] ?? '') ?? Number.NaN);
  const index = new Map(rows.map((r, i) => [r[0], i]));
  return {
    rel,
    timestamps,
    scores: rows.map((r) => Number(r[2])),
    alerts: rows.map((r) => r[3] === '1'),
    windows: windows.map(([a, b]) => [index.get(a.slice(0, 19)) ?? -1, index.get(b.slice(0, 19)) ?? -1]),
  };
}

function score(resultsDir: string, subset: string, threshold: number | null): ScorerReport {
  const json = path.join(resultsDir, `report-${subset || 'all'}-${threshold ?? 'opt'}.json`);
  const args = [SCORER, '--nab', NAB, '--detector', 'siaga', '--results-dir', resultsDir, '--json', json];
  if (subset) args.push('--subset', subset);
  if (threshold !== null) args.push('--threshold', String(threshold));
  execFileSync(process.execPath, args, { encoding: 'utf8' });
  return JSON.parse(fs.readFileSync(json, 'utf8')) as ScorerReport;
}

function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Windows caught, false alarms (outside windows, after NAB's probation) per series-week, lead times before the label. */
function alarmStats(series: SeriesResult[], fires: (s: SeriesResult, i: number) => boolean) {
  let windows = 0;
  let caught = 0;
  let falseAlarms = 0;
  let weeks = 0;
  const leads: number[] = [];
  for (const s of series) {
    const n = s.timestamps.length;
    const probation = Math.min(Math.floor(0.15 * n), 750);
    weeks += (s.timestamps[n - 1]! - s.timestamps[probation]!) / WEEK;
    const inWindow = (i: number) => s.windows.some(([a, b]) => i >= a && i <= b);
    for (let i = probation; i < n; i++) if (fires(s, i) && !(i > 0 && fires(s, i - 1)) && !inWindow(i)) falseAlarms++;
    for (const [a, b] of s.windows) {
      windows++;
      let first = -1;
      for (let i = Math.max(a, probation); i <= b && first < 0; i++) if (fires(s, i)) first = i;
      if (first < 0) continue;
      caught++;
      // NAB centres each window on the labelled anomaly.
      leads.push((s.timestamps[Math.round((a + b) / 2)]! - s.timestamps[first]!) / 60_000);
    }
  }
  return { windows, caught, perSeriesWeek: falseAlarms / weeks, medianLeadMinutes: median(leads) };
}

export function evaluateNab(): string {
  const labels = JSON.parse(fs.readFileSync(path.join(NAB, 'labels', 'combined_windows.json'), 'utf8')) as Record<
    string,
    [string, string][]
  >;
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siaga-nab-'));
  try {
    const started = performance.now();
    const series = Object.keys(labels)
      .sort()
      .map((rel) => runSeries(rel, labels[rel] ?? [], outDir));
    const points = series.reduce((sum, s) => sum + s.timestamps.length, 0);
    const elapsed = performance.now() - started;
    const lines = [
      `${series.length} files, ${points} points through the siaga detect runner in ${(elapsed / 1000).toFixed(1)} s (CSV parsing and writing included)`,
      `scorer: node ${path.relative(process.cwd(), SCORER)} (NAB v1.1); lead = minutes from the first alarm to the labelled anomaly (window centre)`,
      '',
      'subset       threshold                   standard  low_FP  low_FN  windows  false alarms/series/week  median lead (min)',
    ];
    for (const subset of ['realTweets', '']) {
      const chosen = series.filter((s) => s.rel.startsWith(subset));
      const atAlerts = score(path.join(outDir, 'alerts'), subset, 0.5);
      const optimised = score(path.join(outDir, 'cli'), subset, null);
      const rows: [string, ScorerReport, ReturnType<typeof alarmStats>][] = [
        ['product alerts (alert=1)', atAlerts, alarmStats(chosen, (s, i) => s.alerts[i] === true)],
        [
          `optimised score>=${optimised.profiles.standard.threshold.toFixed(4)}`,
          optimised,
          alarmStats(chosen, (s, i) => (s.scores[i] ?? 0) >= optimised.profiles.standard.threshold),
        ],
      ];
      for (const [name, report, stats] of rows)
        lines.push(
          [
            (subset || 'all').padEnd(12),
            name.padEnd(27),
            ...PROFILES.map((p, k) => report.profiles[p].normalized.toFixed(1).padStart(k === 0 ? 8 : 6)),
            `${stats.caught}/${stats.windows}`.padStart(8),
            stats.perSeriesWeek.toFixed(2).padStart(25),
            stats.medianLeadMinutes.toFixed(0).padStart(18),
          ].join('  '),
        );
    }
    return lines.join('\n');
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

export const detectionEvaluation = {
  description: 'the mention-volume detector (siaga detect) on NAB, scored by ../shared/tools/nab-score.mjs',
  run: evaluateNab,
};
