import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { T0, useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { createBrand, ingestMentions, makeTempDir } from '../../../test/support/factories';
import { angryBurst, calmMentions, termBurst } from '../../../test/support/signals';
import { createAppContext } from '../../app-context';
import { createLogger } from '../../logger';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAYS = 3;
/** The imported history: three days up to now (the test clock stands at T0). */
const START = T0 - DAYS * 24 * HOUR;

const withHashtag = (rows: Record<string, unknown>[]) =>
  rows.map((r): Record<string, unknown> => ({ ...r, text: `${r.text as string} #RasamiePagi` }));

/** The rows in a fixed shuffled order, as an export sorted by anything but time holds them. */
function shuffled<T>(rows: readonly T[]): T[] {
  const out = [...rows];
  let seed = 20_261_123;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe.each(testDialects())('alerts after an import of history (%s)', (dialect) => {
  const app = useWorkspaceApp(dialect);
  let files: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    files = makeTempDir();
  });
  afterEach(() => files.remove());

  async function importHistory(rows: readonly Record<string, unknown>[], ctx = app.t.ctx) {
    const lines = shuffled(rows).map((r) => JSON.stringify(r));
    const file = files.file('history.jsonl', `${lines.join('\n')}\n`);
    // Small batches: every one of them spans the three days.
    const summary = await ctx.services.imports.importFile({ workspaceId: app.workspaceId, file, format: 'jsonl', batchSize: 100 });
    expect(summary.imported).toBe(rows.length);
  }

  async function ruleId(signal: string) {
    const row = await app.t.ctx.db
      .selectFrom('alert_rules')
      .select('id')
      .where('workspace_id', '=', app.workspaceId)
      .where('signal', '=', signal)
      .executeTakeFirstOrThrow();
    return row.id;
  }

  const baselines = (rule: number, brandId: number) =>
    app.t.ctx.db
      .selectFrom('signal_baselines')
      .select(['t', 'observed', 'upper'])
      .where('rule_id', '=', rule)
      .where('brand_id', '=', brandId)
      .orderBy('t')
      .execute();

  async function alertsOf(signal: string) {
    const items = (await app.owner.get(`${app.ws}/alerts?limit=200`)).body.items as any[];
    return items.filter((a) => a.reason.signal === signal);
  }

  it('teaches the series rules the whole history in time order, and raises nothing for its old bursts', async () => {
    const { brandId } = await createBrand(app.owner, app.workspaceId, 'Rasamie', 'rasamie');
    // Every calm mention carries the brand's everyday hashtag.
    const calm = withHashtag(calmMentions({ brand: 'Rasamie', start: START, hours: DAYS * 24, peakPerHour: 24 }));
    // Two days ago, 120 angry mentions in 20 minutes and a new hashtag's burst: all long over.
    const oldBurst = [
      ...angryBurst('Rasamie', START + 24 * HOUR + 5 * MINUTE, 120, 20, 'old-burst'),
      ...termBurst('Rasamie', '#RasamieGratisOngkir', START + 30 * HOUR, 15, 4, 'old-term'),
    ];
    await importHistory([...calm, ...oldBurst]);

    // The volume rule saw every interval of the three days with all its mentions, not the first batch's share
    // of them: only the interval still open (the last five minutes) is not in its closed intervals yet.
    const volume = await baselines(await ruleId('volume'), brandId);
    const seen = volume.reduce((sum, b) => sum + b.observed, 0);
    const lastInterval = calm.filter((m) => (m.createdAt as number) >= T0 - 5 * MINUTE).length;
    expect(seen).toBe(calm.length + oldBurst.length - lastInterval);
    expect(volume.length).toBeGreaterThan(DAYS * 24 * 12 - 2);

    // The negative-volume rule found the old burst unusual, but a crisis two days old raises no alert.
    const negative = await baselines(await ruleId('negative_volume'), brandId);
    const during = negative.filter((b) => b.t >= START + 24 * HOUR && b.t < START + 24 * HOUR + 30 * MINUTE);
    expect(during.some((b) => b.observed > b.upper)).toBe(true);
    expect((await app.owner.get(`${app.ws}/alerts`)).body.items).toEqual([]);

    // Live mentions at the usual rate are the usual volume to the detector that learnt the history.
    const live = withHashtag(calmMentions({ brand: 'Rasamie', start: T0, hours: 2, peakPerHour: 24, prefix: 'live' }));
    for (const [i, m] of live.entries()) {
      if (i % 10 === 0) app.t.clock.set(m.createdAt as number);
      if (i % 10 === 9 || i === live.length - 1) await ingestMentions(app.t, app.workspaceId, live.slice(i - (i % 10), i + 1));
    }
    expect(await alertsOf('volume')).toEqual([]);
    // Nor is the everyday hashtag new to the emerging-terms rule, which learnt it from the whole history.
    expect(await alertsOf('emerging_term')).toEqual([]);

    // And a live burst of angry mentions is still one.
    const burst = angryBurst('Rasamie', T0 + 2 * HOUR + 5 * MINUTE, 120, 20);
    for (let i = 0; i < burst.length; i += 30) await ingestMentions(app.t, app.workspaceId, burst.slice(i, i + 30));
    expect(await alertsOf('negative_volume')).toHaveLength(1);
  });

  it('raises the alert of a burst in the last day of the imported history', async () => {
    const { brandId } = await createBrand(app.owner, app.workspaceId, 'Rasamie', 'rasamie');
    const calm = calmMentions({ brand: 'Rasamie', start: START, hours: DAYS * 24, peakPerHour: 24 });
    const recent = angryBurst('Rasamie', T0 - 2 * HOUR + 5 * MINUTE, 120, 20, 'recent-burst');
    const newTerm = termBurst('Rasamie', '#RasamieGratisOngkir', T0 - 5 * HOUR, 15, 4, 'recent-term');
    await importHistory([...calm, ...recent, ...newTerm]);

    const [alert, ...more] = await alertsOf('negative_volume');
    expect(more).toEqual([]);
    expect(alert.brandId).toBe(brandId);
    expect(alert.severity).toBe('critical');
    expect(alert.reason.windowStart).toBeGreaterThanOrEqual(T0 - 2 * HOUR);
    expect(alert.reason.windowStart).toBeLessThan(T0 - 2 * HOUR + 30 * MINUTE);
    const [term, ...moreTerms] = await alertsOf('emerging_term');
    expect(moreTerms).toEqual([]);
    expect(term.reason).toMatchObject({ term: '#rasamiegratisongkir', isNewTerm: true, observed: 15 });
  });

  it('relearns the last eight weeks of a longer history', async () => {
    const { brandId } = await createBrand(app.owner, app.workspaceId, 'Rasamie', 'rasamie');
    const weeks = 10;
    const sparse = Array.from({ length: weeks * 7 * 24 }, (_, h) => ({
      platform: 'twitter',
      externalId: `sparse-${h}`,
      text: `Sarapan pakai Rasamie dulu sebelum kerja, jam ke-${h}`,
      createdAt: T0 - (weeks * 7 * 24 - h) * HOUR,
      authorHandle: `warga${h % 97}`,
    }));
    await importHistory(sparse);
    const volume = await baselines(await ruleId('volume'), brandId);
    const last = sparse.at(-1)!.createdAt;
    expect(volume[0]!.t).toBeGreaterThanOrEqual(last - 8 * 7 * 24 * HOUR - 5 * MINUTE);
    expect(volume[0]!.t).toBeLessThan(last - 8 * 7 * 24 * HOUR + HOUR);
    expect(volume.reduce((sum, b) => sum + b.observed, 0)).toBe(8 * 7 * 24);
  });

  it('makes a server running beside the import read the relearnt states instead of writing its own back', async () => {
    const { brandId } = await createBrand(app.owner, app.workspaceId, 'Rasamie', 'rasamie');
    // The server has watched the last two hours live, so it holds the rules' states in memory.
    const live = calmMentions({ brand: 'Rasamie', start: T0 - 2 * HOUR, hours: 2, peakPerHour: 24, prefix: 'live' });
    for (let i = 0; i < live.length; i += 10) await ingestMentions(app.t, app.workspaceId, live.slice(i, i + 10));

    // `siaga import` in another process: the three days before.
    const cli = createAppContext({
      config: app.t.ctx.config,
      clock: app.t.clock,
      database: app.t.ctx.database,
      logger: createLogger('silent'),
    });
    try {
      await importHistory(calmMentions({ brand: 'Rasamie', start: START, hours: DAYS * 24 - 2, peakPerHour: 24 }), cli);
    } finally {
      await cli.services.notifications.stop();
      await cli.pipeline.drain();
    }

    // The server's next batch carries on from what the import taught.
    await ingestMentions(app.t, app.workspaceId, calmMentions({ brand: 'Rasamie', start: T0, hours: 1, peakPerHour: 24, prefix: 'next' }));
    const row = await app.t.ctx.db
      .selectFrom('detector_states')
      .select('state')
      .where('rule_id', '=', await ruleId('volume'))
      .where('brand_id', '=', brandId)
      .executeTakeFirstOrThrow();
    const state = JSON.parse(row.state) as { detector: { baseline: { first: number; points: number } } };
    expect(state.detector.baseline.first).toBeLessThan(START + HOUR);
    expect(state.detector.baseline.points).toBeGreaterThan(DAYS * 24 * 12 - 24);
  });
});
