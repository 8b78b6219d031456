import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createVolumeDetector } from '../core/detection';
import { createAppContext } from '../server/app-context';
import { loadConfig } from '../server/config';
import { SYSTEM_ACTOR } from '../server/security/actor';
import { HttpFake } from '../test/fakes/http-fake';
import { angryBurst, calmMentions } from '../test/support/signals';
import type { Benchmark, BenchOptions } from './bench.types';
import { formatInteger, median, readIntOption, reportProgress } from './bench-report';
import { generateMentions } from './synthetic-mentions';

const HOUR = 3_600_000;
const TICK_MS = 100;
const WATCHED = ['Kopiku', 'Sabunku', 'Tehku', 'Rotiku', 'Susuku', 'Kuekita'];
const TARGET_P99_MS = 1000;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

/** The detector's own cost per point: a year of five-minute counts with a daily rhythm. */
function detectorNanosPerPoint(): number {
  const detector = createVolumeDetector({ sensitivity: 'medium' });
  const points = 105_120;
  const start = Date.UTC(2026, 0, 1);
  let alerts = 0;
  const begin = process.hrtime.bigint();
  for (let i = 0; i < points; i++) {
    const hour = (i / 12) % 24;
    const value = Math.round(20 + 15 * Math.sin((hour / 24) * 2 * Math.PI) + ((i * 7919) % 11));
    if (detector.observe(start + i * 300_000, value).alert) alerts++;
  }
  const nanos = Number(process.hrtime.bigint() - begin) / points;
  if (alerts < 0) throw new Error('unreachable');
  return nanos;
}

/**
 * A sustained 2,000 mentions/s through the full ingest path (analysis in the worker pool, the
 * embedded store, rollups, detectors) while bursts of angry mentions hit watched brands one after
 * another; for every alert, the time from the start of ingesting the batch that made it fire to the
 * notification arriving at a local webhook.
 */
async function runAlertLatency({ json, args }: BenchOptions): Promise<void> {
  const seconds = readIntOption(args, 'seconds', 24, { min: 5, max: 600 });
  const rate = readIntOption(args, 'rate', 2000, { min: 100, max: 20_000 });
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'siaga-bench-alerts-'));
  const webhook = await HttpFake.start(() => ({ status: 204 }));
  const arrivals = new Map<number, number>();
  const receivedAt = () => {
    for (const request of webhook.requests.splice(0)) {
      const link = (request.json as { data?: { link?: string } } | null)?.data?.link ?? '';
      const id = Number(/\/alerts\/(\d+)/.exec(link)?.[1]);
      if (id && !arrivals.has(id)) arrivals.set(id, performance.now());
    }
  };
  const ctx = createAppContext({ config: loadConfig({ SIAGA_DATA_DIR: root, LOG_LEVEL: 'silent' }) });
  try {
    await ctx.migrate();
    const { workspace } = await ctx.services.auth.createUser({
      email: 'bench@siaga.example',
      name: 'Bench',
      password: 'bench-password-not-secret',
      locale: 'id',
      workspaceName: 'Benchmark',
    });
    if (!workspace) throw new Error('no workspace');
    const workspaceId = workspace.id;
    for (const name of WATCHED) {
      const brand = await ctx.services.brands.createBrand(workspaceId, { name, kind: 'own', description: '' }, SYSTEM_ACTOR);
      await ctx.services.brands.createQuery(workspaceId, brand.id, { name, query: name.toLowerCase(), enabled: true }, SYSTEM_ACTOR);
    }
    await ctx.services.notificationChannels.createChannel(
      workspaceId,
      {
        kind: 'webhook',
        name: 'Bench',
        config: { url: `${webhook.url}/hook` },
        secrets: { signingSecret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' },
      },
      SYSTEM_ACTOR,
    );
    // Two days of calm history, so every detector knows its brand's rhythm before the load starts.
    const now = Date.now();
    const start = Math.floor((now - 48 * HOUR) / HOUR) * HOUR;
    const history = WATCHED.flatMap((brand, i) =>
      calmMentions({ brand, start, hours: 48, peakPerHour: 30, prefix: `calm${i}` }).filter((m) => (m.createdAt as number) < now - 60_000),
    );
    reportProgress(`alert-latency: ${formatInteger(history.length)} mentions of history`);
    for (let i = 0; i < history.length; i += 2000) {
      await ctx.pipeline.ingestBatch(
        workspaceId,
        history.slice(i, i + 2000).map((data, j) => ({ line: j + 1, data })),
      );
    }
    const noise = generateMentions(Math.min(rate * seconds, 200_000), 7).map((m) => ({ ...m, platform: 'twitter' }));
    const raisedAt = new Map<number, number>();
    const bySignal: Record<string, number> = {};
    let batchStartedAt = 0;
    ctx.events.subscribe(workspaceId, (event) => {
      if (event.type !== 'alert.raised') return;
      raisedAt.set(event.alert.id, batchStartedAt);
      bySignal[event.alert.reason.signal] = (bySignal[event.alert.reason.signal] ?? 0) + 1;
    });

    reportProgress(`alert-latency: ${formatInteger(rate)} mentions/s for ${seconds} s, a burst on each of ${WATCHED.length} brands`);
    const perTick = Math.round((rate * TICK_MS) / 1000);
    const ticks = Math.round((seconds * 1000) / TICK_MS);
    const burstEvery = Math.floor(ticks / (WATCHED.length + 1));
    let pending: Record<string, unknown>[] = [];
    let sent = 0;
    let behind = 0;
    const begin = performance.now();
    for (let tick = 0; tick < ticks; tick++) {
      const due = begin + tick * TICK_MS;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      else behind++;
      const brandIndex = tick % burstEvery === 0 ? tick / burstEvery - 1 : -1;
      if (brandIndex >= 0 && brandIndex < WATCHED.length) {
        // 150 angry mentions about one brand over the next second.
        pending = pending.concat(angryBurst(WATCHED[brandIndex]!, Date.now(), 150, 1 / 60, `burst${brandIndex}-${tick}`));
      }
      const angry = pending.splice(0, 15);
      const rows = noise.slice((tick * perTick) % noise.length, ((tick * perTick) % noise.length) + perTick - angry.length);
      const batch = [...rows.map((m, j) => ({ ...m, externalId: `n${tick}-${j}`, createdAt: Date.now() })), ...angry];
      batchStartedAt = performance.now();
      await ctx.pipeline.ingestBatch(
        workspaceId,
        batch.map((data, j) => ({ line: j + 1, data })),
      );
      sent += batch.length;
      receivedAt();
    }
    const elapsed = (performance.now() - begin) / 1000;
    // Let the last notifications arrive.
    const deadline = performance.now() + 5000;
    while (performance.now() < deadline && [...raisedAt.keys()].some((id) => !arrivals.has(id))) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      receivedAt();
    }
    const latencies = [...raisedAt]
      .filter(([, at]) => at > 0)
      .map(([id, at]) => (arrivals.get(id) ?? Number.NaN) - at)
      .sort((a, b) => a - b);
    const missing = latencies.filter((l) => Number.isNaN(l)).length;
    const measured = latencies.filter((l) => !Number.isNaN(l));
    const report = {
      mentionsPerSecond: Math.round(sent / elapsed),
      targetRate: rate,
      ticksBehind: behind,
      alerts: raisedAt.size,
      alertsBySignal: bySignal,
      notified: measured.length,
      missing,
      p50Ms: Math.round(median(measured) * 10) / 10,
      p99Ms: Math.round(percentile(measured, 0.99) * 10) / 10,
      maxMs: Math.round((measured[measured.length - 1] ?? Number.NaN) * 10) / 10,
      detectorNsPerPoint: Math.round(detectorNanosPerPoint()),
      loadAverage: os.loadavg()[0],
    };
    console.log(
      `sustained load: ${formatInteger(report.mentionsPerSecond)} mentions/s (asked ${formatInteger(rate)}; ${behind} ticks late)`,
    );
    console.log(
      `alerts raised: ${report.alerts} (${Object.entries(bySignal)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}), notified: ${report.notified}, missing: ${missing}`,
    );
    console.log(`ingest → webhook: p50 ${report.p50Ms} ms, p99 ${report.p99Ms} ms, max ${report.maxMs} ms`);
    console.log(`volume detector: ${report.detectorNsPerPoint} ns per point`);
    console.log(`target: p99 < ${TARGET_P99_MS} ms: ${report.p99Ms < TARGET_P99_MS && missing === 0 ? 'met' : 'NOT met'}`);
    if (json) console.log(JSON.stringify(report));
  } finally {
    await ctx.close();
    await webhook.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

export const alertLatencyBenchmark: Benchmark = {
  description: 'Time from ingest to the alert notification at a local webhook under 2,000 mentions/s (--seconds N, --rate N)',
  run: runAlertLatency,
};
