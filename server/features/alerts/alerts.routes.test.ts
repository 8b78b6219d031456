import { afterEach, describe, expect, it } from 'vitest';
import { addWebhookChannel } from '../../../test/support/notifications';
import { T0, useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { createBrand, ingestMentions, inviteMember } from '../../../test/support/factories';
import { angryBurst, calmMentions } from '../../../test/support/signals';
import { DEFAULT_ALERT_RULES } from './alert-rules';

const HOUR = 3_600_000;
const DAYS = 3;
/** History starts three days before the burst, on the hour. */
const START = T0 - DAYS * 24 * HOUR;

describe.each(testDialects())('alerts from ingested mentions (%s)', (dialect) => {
  const app = useWorkspaceApp(dialect);
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  const webhookChannel = (name: string) => addWebhookChannel(app, name, closers);
  const bodies = (receiver: Awaited<ReturnType<typeof webhookChannel>>['receiver']) =>
    receiver.verified.map((r) => JSON.parse(r.body) as { type: string; data: { title: string; body: string; dedupeKey?: string } });

  async function brandWithHistory() {
    const { brandId } = await createBrand(app.owner, app.workspaceId, 'Rasamie', 'rasamie');
    const history = calmMentions({ brand: 'Rasamie', start: START, hours: DAYS * 24, peakPerHour: 24 });
    for (let i = 0; i < history.length; i += 1000) await ingestMentions(app.t, app.workspaceId, history.slice(i, i + 1000));
    return brandId;
  }

  it('raises no alert on the daily rhythm, then one critical alert for a burst of negative mentions, with its impact and mentions', async () => {
    const brandId = await brandWithHistory();
    expect((await app.owner.get(`${app.ws}/alerts`)).body.items).toEqual([]);

    // 120 angry mentions in 20 minutes, delivered in four batches as they would arrive.
    const burst = angryBurst('Rasamie', T0 + 5 * 60_000, 120, 20);
    for (let i = 0; i < burst.length; i += 30) await ingestMentions(app.t, app.workspaceId, burst.slice(i, i + 30));

    const alerts = (await app.owner.get(`${app.ws}/alerts?status=active`)).body.items as any[];
    const negative = alerts.filter((a) => a.reason.signal === 'negative_volume');
    expect(negative).toHaveLength(1);
    const alert = negative[0];
    expect(alert.brandId).toBe(brandId);
    expect(alert.brandName).toBe('Rasamie');
    expect(alert.severity).toBe('critical');
    expect(alert.status).toBe('open');
    expect(alert.reason.observed).toBeGreaterThan(alert.reason.upper);
    expect(alert.reason.lastHour).toBeGreaterThanOrEqual(20);
    expect(alert.impact.scope).toBe('national');
    expect(alert.impact.negativeShare).toBeGreaterThan(0.5);
    expect(alert.impact.categories.map((c: any) => c.category)).toContain('product_quality');
    expect(alert.mentions).toMatchObject({ brandId, sentiment: 'negative' });

    // The mentions behind it are the angry ones.
    const { from, to } = alert.mentions;
    const behind = (await app.owner.get(`${app.ws}/mentions?brandId=${brandId}&sentiment=negative&from=${from}&to=${to}&limit=200`)).body
      .items as any[];
    expect(behind.length).toBeGreaterThanOrEqual(60);
    expect(behind.every((m) => String(m.externalId).startsWith('burst-'))).toBe(true);

    // The chart: minute rollups summed per interval, with the baseline band learnt from the history.
    const series = (await app.owner.get(`${app.ws}/signals?brandId=${brandId}&from=${T0 - 6 * HOUR}&to=${T0 + HOUR}&interval=5`)).body;
    const total = (series.points as any[]).reduce((sum, p) => sum + p.mentions, 0);
    expect(total).toBeGreaterThan(120);
    expect((series.points as any[]).some((p) => p.expected !== null && p.upper >= p.expected)).toBe(true);
    expect(series.alerts.map((a: any) => a.id)).toContain(alert.id);

    // An hour's band: expected values add up, the spread adds in quadrature (narrower than the sum).
    const hour = T0 - 3 * HOUR;
    const hourly = (await app.owner.get(`${app.ws}/signals?brandId=${brandId}&from=${hour}&to=${hour + HOUR}&interval=60`)).body.points[0];
    const fives = (await app.owner.get(`${app.ws}/signals?brandId=${brandId}&from=${hour}&to=${hour + HOUR}&interval=5`)).body
      .points as any[];
    expect(hourly.expected).toBeCloseTo(
      fives.reduce((sum, p) => sum + p.expected, 0),
      6,
    );
    const summed = fives.reduce((sum, p) => sum + (p.upper - p.expected), 0);
    const widest = Math.max(...fives.map((p) => p.upper - p.expected));
    expect(hourly.upper - hourly.expected).toBeLessThan(summed);
    expect(hourly.upper - hourly.expected).toBeGreaterThanOrEqual(widest);
  });

  it('keeps one alert for one unfolding event, and opens a new one only after it is resolved', async () => {
    await brandWithHistory();
    await ingestMentions(app.t, app.workspaceId, angryBurst('Rasamie', T0 + 5 * 60_000, 80, 10, 'first'));
    await ingestMentions(app.t, app.workspaceId, angryBurst('Rasamie', T0 + 15 * 60_000, 80, 10, 'second'));
    const active = async () =>
      ((await app.owner.get(`${app.ws}/alerts?status=active`)).body.items as any[]).filter((a) => a.reason.signal === 'negative_volume');
    const [alert] = await active();
    expect(await active()).toHaveLength(1);

    const acknowledged = await app.owner.post(`${app.ws}/alerts/${alert.id}/acknowledge`);
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body.status).toBe('acknowledged');
    expect(acknowledged.body.acknowledgedBy).toBe('Sari Owner');
    const resolved = await app.owner.post(`${app.ws}/alerts/${alert.id}/resolve`, { resolution: 'Produk ditarik, klarifikasi terbit' });
    expect(resolved.body.status).toBe('resolved');
    expect((await app.owner.post(`${app.ws}/alerts/${alert.id}/resolve`, {})).status).toBe(409);
    expect(await active()).toEqual([]);

    // The next evening brings a new wave: a new alert, not the resolved one reopened.
    await ingestMentions(
      app.t,
      app.workspaceId,
      calmMentions({ brand: 'Rasamie', start: T0 + HOUR, hours: 20, peakPerHour: 24, prefix: 'later' }),
    );
    await ingestMentions(app.t, app.workspaceId, angryBurst('Rasamie', T0 + 21 * HOUR, 80, 10, 'third'));
    const [next] = await active();
    expect(next.id).not.toBe(alert.id);
    expect(next.reason.windowStart).toBeGreaterThanOrEqual(T0 + 21 * HOUR);

    const audit = (await app.owner.get(`${app.ws}/audit?action=alert.`)).body.items as any[];
    expect(audit.map((e) => e.action).sort()).toEqual(['alert.acknowledged', 'alert.resolved']);
  });

  it('lets viewers read alerts but not act on them, and checks rules on input', async () => {
    const viewer = await inviteMember(app.t, app.owner, app.workspaceId, 'viewer');
    expect((await viewer.get(`${app.ws}/alerts`)).status).toBe(200);
    const rules = (await viewer.get(`${app.ws}/alert-rules`)).body as any[];
    expect(rules.map((r) => r.signal)).toEqual([
      'negative_volume',
      'volume',
      'category_volume',
      'category_volume',
      'category_volume',
      'negative_share',
      'emerging_term',
      'coordinated',
      'virality',
      'engagement_velocity',
    ]);
    expect((await viewer.patch(`${app.ws}/alert-rules/${rules[0].id}`, { sensitivity: 'high' })).status).toBe(403);

    const bad = await app.owner.post(`${app.ws}/alert-rules`, { signal: 'category_volume', minPerHour: -1 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error.details)).toMatch(/minPerHour/);
    const fewAccounts = await app.owner.post(`${app.ws}/alert-rules`, { signal: 'coordinated', minPerHour: 1 });
    expect(fewAccounts.status).toBe(400);
    expect(JSON.stringify(fewAccounts.body.error.details)).toMatch(/minPerHour.*at least 3 accounts/);
    const tinyViral = await app.owner.post(`${app.ws}/alert-rules`, { signal: 'virality', minPerHour: 3 });
    expect(tinyViral.status).toBe(400);
    expect(JSON.stringify(tinyViral.body.error.details)).toMatch(/minPerHour.*threshold of at least 10 replies or reshares/);
    const slowVelocity = await app.owner.post(`${app.ws}/alert-rules`, { signal: 'engagement_velocity', minPerHour: 5 });
    expect(slowVelocity.status).toBe(400);
    expect(JSON.stringify(slowVelocity.body.error.details)).toMatch(/minPerHour.*floor of at least 10 likes, comments and shares an hour/);
    const reach = await app.owner.post(`${app.ws}/alert-rules`, { signal: 'reach_negativity', minPerHour: 500 });
    expect(reach.body).toMatchObject({ signal: 'reach_negativity', minPerHour: 500, category: null });
    expect((await app.owner.delete(`${app.ws}/alert-rules/${reach.body.id}`)).status).toBe(200);
    const net = await app.owner.post(`${app.ws}/alert-rules`, { signal: 'net_sentiment', sensitivity: 'high', minPerHour: 40 });
    expect(net.body).toMatchObject({ signal: 'net_sentiment', sensitivity: 'high', minPerHour: 40, category: null });
    expect((await app.owner.patch(`${app.ws}/alert-rules/${net.body.id}`, { signal: 'coordinated', minPerHour: 2 })).status).toBe(400);
    expect((await app.owner.delete(`${app.ws}/alert-rules/${net.body.id}`)).status).toBe(200);
    const created = await app.owner.post(`${app.ws}/alert-rules`, { signal: 'category_volume', category: 'hoax', minPerHour: 5 });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      signal: 'category_volume',
      category: 'hoax',
      sensitivity: 'medium',
      enabled: true,
      brandId: null,
    });
    const patched = await app.owner.patch(`${app.ws}/alert-rules/${created.body.id}`, { sensitivity: 'low', enabled: false });
    expect(patched.body).toMatchObject({ sensitivity: 'low', enabled: false });
    expect((await app.owner.delete(`${app.ws}/alert-rules/${created.body.id}`)).status).toBe(200);
    expect((await app.owner.get(`${app.ws}/alert-rules`)).body).toHaveLength(DEFAULT_ALERT_RULES.length);
  });

  it('notifies the first on-call step at once, escalates to the next when nobody acknowledges, and stops once someone does', async () => {
    const first = await webhookChannel('Tim siaga');
    const second = await webhookChannel('Kepala krisis');
    const third = await webhookChannel('Direksi');
    const order = {
      escalateAfterMinutes: 10,
      steps: [
        { label: 'Tim siaga', channelIds: [first.channelId] },
        { label: 'Kepala krisis', channelIds: [second.channelId] },
        { label: 'Direksi', channelIds: [third.channelId] },
      ],
    };
    const saved = await app.owner.put(`${app.ws}/oncall`, order);
    expect(saved.status).toBe(200);
    const unknown = await app.owner.put(`${app.ws}/oncall`, { ...order, steps: [{ label: 'x', channelIds: [999] }] });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body.error.details)).toMatch(/steps\.0\.channelIds\.0/);

    await brandWithHistory();
    await ingestMentions(app.t, app.workspaceId, angryBurst('Rasamie', T0 + 5 * 60_000, 120, 20));
    // Other rules (the negative share) may speak up about the same wave; the negative surge is one of them.
    const surge = () => bodies(first.receiver).find((b) => /Lonjakan penyebutan negatif/.test(b.data.title));
    for (let n = 1; !surge() && n <= 5; n++) await first.receiver.waitForRequests(n, 2000);
    const raised = surge();
    expect(raised!.data.title).toMatch(/KRITIS · Rasamie: Lonjakan penyebutan negatif/);
    expect(raised!.data.body).toMatch(/Surge in negative mentions/);
    expect(second.receiver.requests).toHaveLength(0);
    const [alert] = ((await app.owner.get(`${app.ws}/alerts?status=open`)).body.items as any[]).filter(
      (a) => a.reason.signal === 'negative_volume',
    );

    // Nine minutes: nothing yet. Eleven: the crisis lead is told.
    app.t.clock.advance(9 * 60_000);
    expect(await app.t.ctx.alertEngine.escalate()).toBe(0);
    app.t.clock.advance(2 * 60_000);
    expect(await app.t.ctx.alertEngine.escalate()).toBeGreaterThanOrEqual(1);
    await second.receiver.waitForRequests(1, 2000);
    expect((await app.owner.get(`${app.ws}/alerts/${alert.id}`)).body.escalationStep).toBe(1);

    await app.owner.post(`${app.ws}/alerts/${alert.id}/acknowledge`);
    app.t.clock.advance(30 * 60_000);
    await app.t.ctx.alertEngine.escalate();
    expect(third.receiver.requests.filter((r) => r.body.includes(`/alerts/${alert.id}`))).toHaveLength(0);
    // Each step was told once about this alert, retries or not.
    expect(first.receiver.processedIds().length).toBe(new Set(first.receiver.verified.map((r) => r.body)).size);
  });
});
