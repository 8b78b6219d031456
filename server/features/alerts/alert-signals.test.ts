import { describe, expect, it } from 'vitest';
import { T0, useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { createBrand, ingestMentions } from '../../../test/support/factories';
import { accountWave, calmMentions, shareShift, termBurst } from '../../../test/support/signals';
import { createAppContext } from '../../app-context';
import { createLogger } from '../../logger';

const HOUR = 3_600_000;
const MINUTE = 60_000;
/** A little over a day of history: the detectors' warm-up. */
const HISTORY_HOURS = 26;
const START = T0 - HISTORY_HOURS * HOUR;

describe.each(testDialects())('share, emerging-term and coordination alerts from ingested mentions (%s)', (dialect) => {
  const app = useWorkspaceApp(dialect);

  async function brandWithHistory(
    name: string,
    peakPerHour: number,
    ingest = (rows: Record<string, unknown>[]) => ingestMentions(app.t, app.workspaceId, rows),
  ) {
    const { brandId } = await createBrand(app.owner, app.workspaceId, name, name.toLowerCase());
    const history = calmMentions({ brand: name, start: START, hours: HISTORY_HOURS, peakPerHour, prefix: `calm-${name}` });
    for (let i = 0; i < history.length; i += 1000) await ingest(history.slice(i, i + 1000));
    return brandId;
  }

  async function alertsOf(signal: string, brandId?: number) {
    const items = (await app.owner.get(`${app.ws}/alerts?limit=200`)).body.items as any[];
    return items.filter((a) => a.reason.signal === signal && (brandId === undefined || a.brandId === brandId));
  }

  it('raises a negative-share alert when the share rises at the usual volume, and none for a small brand’s three negative comments', async () => {
    const big = await brandWithHistory('Rasamie', 180);
    const small = await brandWithHistory('Kopiku', 24);
    expect((await app.owner.get(`${app.ws}/alerts`)).body.items).toEqual([]);

    // The usual hour's worth of Rasamie mentions (about 140 at this time of day), but 60% of them angry.
    const shifted = shareShift('Rasamie', T0, 140, 60, 0.6);
    for (let i = 0; i < shifted.length; i += 35) await ingestMentions(app.t, app.workspaceId, shifted.slice(i, i + 35));
    // Kopiku: three angry comments among a couple of calm ones.
    await ingestMentions(app.t, app.workspaceId, shareShift('Kopiku', T0 + 2 * MINUTE, 5, 3, 0.6, 'kecil'));

    const [share, ...more] = await alertsOf('negative_share', big);
    expect(more).toEqual([]);
    expect(share.severity).not.toBe('info');
    expect(share.reason.observed).toBeGreaterThan(0.4);
    expect(share.reason.observed).toBeGreaterThan(share.reason.upper);
    expect(share.reason.expected).toBeLessThan(0.2);
    expect(share.reason.trials).toBeGreaterThanOrEqual(10);
    expect(share.reason.successes).toBeGreaterThanOrEqual(5);
    expect(share.reason.lastHour).toBeGreaterThanOrEqual(30);
    expect(share.mentions).toMatchObject({ brandId: big, sentiment: 'negative' });
    // The volume itself stayed where it always is at this hour.
    expect(await alertsOf('volume', big)).toEqual([]);

    const smallAlerts = ((await app.owner.get(`${app.ws}/alerts?brandId=${small}`)).body.items as any[]).map((a) => a.reason.signal);
    expect(smallAlerts).toEqual([]);
  });

  it('raises an info alert for a new hashtag that bursts, naming the term, and finds its mentions', async () => {
    const brandId = await brandWithHistory('Kopiku', 24);
    await ingestMentions(app.t, app.workspaceId, termBurst('Kopiku', '#KopikuGratisOngkir', T0 + 5 * MINUTE, 15, 4));

    // The hashtag, once (other phrases of the burst may surface beside it).
    // One alert for the brand's wave of new phrases, led by the strongest and naming the others.
    const [alert, ...more] = await alertsOf('emerging_term', brandId);
    expect(more).toEqual([]);
    expect(alert.reason.terms).toContain('#kopikugratisongkir');
    expect(alert.reason).toMatchObject({ term: '#kopikugratisongkir', isNewTerm: true, observed: 15 });
    expect(alert.severity).toBe('info');
    expect(alert.reason.lastHour).toBeGreaterThanOrEqual(alert.reason.minPerHour);
    expect(alert.mentions.q).toContain('kopikugratisongkir');
    const { from, to, q } = alert.mentions;
    const behind = (await app.owner.get(`${app.ws}/mentions?brandId=${brandId}&from=${from}&to=${to}&q=${encodeURIComponent(q)}&limit=200`))
      .body.items as any[];
    expect(behind.length).toBe(15);
  });

  it('raises a coordinated-campaign warning for one text posted by 30 new accounts within minutes, listing them, and not for 30 different posts', async () => {
    const brandId = await brandWithHistory('Kopiku', 24);
    const wave = accountWave('Kopiku', T0 + 5 * MINUTE, 30, 8, true);
    for (let i = 0; i < wave.length; i += 10) await ingestMentions(app.t, app.workspaceId, wave.slice(i, i + 10));

    const [alert, ...more] = await alertsOf('coordinated', brandId);
    expect(more).toEqual([]);
    expect(alert.severity).toBe('warning');
    expect(alert.reason.observed).toBe(30);
    expect(alert.reason.suspiciousAccounts).toBe(30);
    expect(alert.reason.sampleText).toMatch(/mengandung babi/);
    const handles = (alert.reason.accounts as any[]).map((a) => a.handle).sort();
    expect(handles).toEqual(Array.from({ length: 30 }, (_, i) => `waveakun${i}`).sort());
    expect(alert.reason.accounts[0].reasons).toEqual(['new-account', 'low-history']);
    expect(alert.mentions.cluster).toBe(alert.reason.clusterKey);
    const copies = (await app.owner.get(`${app.ws}/mentions?cluster=${alert.mentions.cluster}&limit=200`)).body.items as any[];
    expect(copies).toHaveLength(30);

    // Thirty accounts, thirty things said: people talking, not a campaign.
    await ingestMentions(app.t, app.workspaceId, accountWave('Kopiku', T0 + 40 * MINUTE, 30, 8, false, 'beda'));
    expect(await alertsOf('coordinated', brandId)).toHaveLength(1);
  });

  it('raises a unique-accounts alert when many new accounts start talking, and a reach alert when a few negative posts reach millions', async () => {
    const authors = await app.owner.post(`${app.ws}/alert-rules`, { signal: 'unique_authors', minPerHour: 30 });
    const reach = await app.owner.post(`${app.ws}/alert-rules`, { signal: 'reach_negativity', minPerHour: 100 });
    expect([authors.status, reach.status]).toEqual([200, 200]);
    const brandId = await brandWithHistory('Kopiku', 24);
    expect(await alertsOf('unique_authors', brandId)).toEqual([]);

    // 90 different accounts in ten minutes, saying ordinary things.
    const crowd = calmMentions({ brand: 'Kopiku', start: T0, hours: 1, peakPerHour: 400, prefix: 'crowd' })
      .slice(0, 90)
      .map((m, i) => ({ ...m, authorHandle: `baru${i}`, createdAt: T0 + 5 * MINUTE + i * 6000 }));
    await ingestMentions(app.t, app.workspaceId, crowd);
    const wave = async () => {
      const items = (await app.owner.get(`${app.ws}/alerts?status=active&brandId=${brandId}`)).body.items as any[];
      return items.filter((a) => a.reason.signals !== undefined);
    };
    const [crowdAlert, ...others] = await wave();
    expect(others).toEqual([]);
    expect(crowdAlert.reason.signals).toContain('unique_authors');
    expect(crowdAlert.reason.signals).not.toContain('reach_negativity');

    // Five angry posts, each seen by 300,000 people: 1.5 million of negative reach, in thousands. The same
    // wave, so the same alert: it now lists the reach too, and turns critical.
    const loud = [0, 1, 2, 3, 4].map((i) => ({
      platform: 'twitter',
      externalId: `loud-${i}`,
      text: 'Kopiku bikin sakit perut, kecewa berat, jangan beli!!',
      createdAt: T0 + 30 * MINUTE + i * 30_000,
      authorHandle: `seleb${i}`,
      language: 'id',
      reach: 300_000,
    }));
    await ingestMentions(app.t, app.workspaceId, loud);
    const [after, ...still] = await wave();
    expect(still).toEqual([]);
    expect(after.id).toBe(crowdAlert.id);
    expect(after.reason.signals).toEqual(expect.arrayContaining(['unique_authors', 'reach_negativity']));
    expect(after.severity).toBe('critical');

    // Resolved, the next loud wave is an alert of its own, led by the reach.
    await app.owner.post(`${app.ws}/alerts/${after.id}/resolve`, { resolution: 'Klarifikasi terbit' });
    const louder = loud.map((m, i) => ({ ...m, externalId: `louder-${i}`, createdAt: T0 + 14 * HOUR + i * 30_000, reach: 900_000 }));
    await ingestMentions(app.t, app.workspaceId, louder);
    const [next] = await wave();
    expect(next.id).not.toBe(after.id);
    expect(next.reason.signal).toBe('reach_negativity');
    expect(next.reason.observed).toBeCloseTo(4500, 0);
    expect(next.mentions.sentiment).toBe('negative');
  });

  it('carries on from the stored baselines in a new process on the same database', async () => {
    const brandId = await brandWithHistory('Rasamie', 180);
    const states = await app.t.ctx.db.selectFrom('detector_states').select(['rule_id', 'state']).execute();
    expect(states.length).toBeGreaterThan(0);

    // A second process (a restart): nothing in memory, only the database.
    const restarted = createAppContext({
      config: app.t.ctx.config,
      clock: app.t.clock,
      database: app.t.ctx.database,
      logger: createLogger('silent'),
    });
    try {
      const shifted = shareShift('Rasamie', T0, 140, 60, 0.6, 'restart');
      for (let i = 0; i < shifted.length; i += 35)
        await ingestMentions({ ...app.t, ctx: restarted }, app.workspaceId, shifted.slice(i, i + 35));
      await ingestMentions(
        { ...app.t, ctx: restarted },
        app.workspaceId,
        termBurst('Rasamie', '#RasamieBalikLagi', T0 + 70 * MINUTE, 15, 4),
      );
    } finally {
      await restarted.services.notifications.stop();
      await restarted.pipeline.drain();
    }
    // Both detectors were past their warm-up only because they continued the learnt state.
    expect(await alertsOf('negative_share', brandId)).toHaveLength(1);
    expect((await alertsOf('emerging_term', brandId)).map((a) => a.reason.term)).toContain('#rasamiebaliklagi');
  });
});
