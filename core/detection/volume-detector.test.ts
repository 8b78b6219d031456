import { describe, expect, it } from 'vitest';
import { SENSITIVITY_THRESHOLDS } from './sensitivity';
import { generateCounts } from './synthetic';
import { type VolumeOutput, type VolumeRule, createVolumeDetector } from './volume-detector';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Point = { timestamp: number; value: number };

function run(points: Point[], rule: Partial<VolumeRule> = {}): VolumeOutput[] {
  const detector = createVolumeDetector(rule);
  return points.map((p) => detector.observe(p.timestamp, p.value));
}

const alertsOf = (outputs: VolumeOutput[]) => outputs.flatMap((o, i) => (o.alert ? [i] : []));
const hourly = (seed: number, days: number, rate: (t: number, i: number) => number) => generateCounts(seed, days * 24, HOUR, rate);

describe('volume detector', () => {
  it('alerts on a spike, once, with a reason and a band that excludes it', () => {
    const points = hourly(1, 8, () => 40);
    points[150]!.value = 160;
    const out = run(points);
    expect(alertsOf(out)).toEqual([150]);
    const spike = out[150]!;
    expect(spike.reason).toMatchObject({ kind: 'spike', observed: 160 });
    expect(spike.reason!.expected).toBeGreaterThan(30);
    expect(spike.reason!.expected).toBeLessThan(50);
    expect(spike.reason!.pValue).toBeLessThan(1e-3);
    expect(spike.upper).toBeLessThan(160);
    expect(spike.lower).toBeLessThanOrEqual(spike.expected);
    for (const o of out) {
      expect(o.score).toBeGreaterThanOrEqual(0);
      expect(o.score).toBeLessThanOrEqual(1);
    }
  });

  it('alerts once on a step up and then learns the new level', () => {
    const points = hourly(2, 14, (_, i) => (i < 6 * 24 ? 20 : 80));
    const out = run(points);
    const alerts = alertsOf(out);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toBeGreaterThanOrEqual(6 * 24);
    expect(alerts[0]).toBeLessThan(6 * 24 + 3);
    expect(out.at(-1)!.expected).toBeGreaterThan(60);
  });

  it('does not alert on a slow drift', () => {
    const points = hourly(3, 21, (_, i) => 20 + (40 * i) / (21 * 24));
    expect(alertsOf(run(points))).toEqual([]);
  });

  it('learns a daily rhythm so the daily peak does not alert', () => {
    const rate = (t: number) => 10 + 40 * Math.max(0, Math.sin((2 * Math.PI * (t % DAY)) / DAY)) ** 2;
    const points = generateCounts(4, 14 * 288, 5 * MINUTE, rate);
    const out = run(points);
    const learnt = out.slice(3 * 288);
    // At most a chance alert in eleven days of Poisson noise, and none tied to the daily peak.
    expect(alertsOf(learnt).length).toBeLessThanOrEqual(1);
    const peakHours = learnt.filter((o) => Math.abs((o.timestamp % DAY) / HOUR - 6) <= 1);
    expect(peakHours.filter((o) => o.alert)).toEqual([]);
    expect(peakHours.reduce((sum, o) => sum + o.score, 0) / peakHours.length).toBeLessThan(0.1);
    const peak = out.slice(10 * 288, 11 * 288).reduce((a, b) => (b.expected > a.expected ? b : a));
    const trough = out.slice(10 * 288, 11 * 288).reduce((a, b) => (b.expected < a.expected ? b : a));
    expect(peak.expected / trough.expected).toBeGreaterThan(3);
  });

  it('keeps a quiet brand calm: one extra comment is no alert, a real pile-up is, and floors hold', () => {
    const points = hourly(5, 10, () => 1);
    const quiet = run(points.map((p, i) => (i === 200 ? { ...p, value: p.value + 1 } : p)));
    expect(alertsOf(quiet)).toEqual([]);
    const pileUp = points.map((p, i) => (i === 200 ? { ...p, value: 12 } : p));
    expect(alertsOf(run(pileUp))).toEqual([200]);
    expect(alertsOf(run(pileUp, { minCount: 20 }))).toEqual([]);
    const floored = run(pileUp, { minPerHour: 20 });
    expect(alertsOf(floored)).toEqual([]);
    expect(floored[200]!.reason?.suppressed).toBe('below-floor');
  });

  it('raises one alert per burst, not one per point', () => {
    const points = hourly(6, 10, (_, i) => (i >= 150 && i < 160 ? 200 : 30));
    const out = run(points);
    expect(alertsOf(out)).toEqual([150]);
    expect(out.slice(151, 160).every((o) => o.active && !o.alert)).toBe(true);
    expect(out.slice(151, 160).some((o) => o.reason?.suppressed === 'burst-ongoing')).toBe(true);
  });

  it('scores a burst once: full at its first crossing, 0 while it goes on, the point score again after it closes', () => {
    const points = hourly(6, 10, (_, i) => (i >= 150 && i < 160 ? 200 : 30));
    const out = run(points);
    const onset = out[150]!;
    expect(onset.alert).toBe(true);
    expect(onset.burstScore).toBe(onset.score);
    expect(onset.burstScore).toBeGreaterThanOrEqual(SENSITIVITY_THRESHOLDS.medium.on);
    const during = out.slice(151, 160);
    expect(during.every((o) => o.burstScore === 0)).toBe(true);
    // The point score still says how surprising each point is, for the charts and the alert's reason.
    expect(during.filter((o) => o.score >= SENSITIVITY_THRESHOLDS.medium.on).length).toBeGreaterThan(0);
    const closed = out.findIndex((o, i) => i > 150 && !o.active);
    expect(closed).toBeGreaterThan(159);
    for (const o of [...out.slice(0, 150), ...out.slice(closed)]) expect(o.burstScore).toBe(o.score);
  });

  it('scores a new burst after the previous one closed, even inside the refractory period', () => {
    const points = hourly(13, 10, (_, i) => (i === 150 || i === 160 ? 250 : 30));
    const out = run(points);
    // Ten hours apart: the first burst closed after six quiet hours, the second is within the twelve-hour refractory.
    expect(alertsOf(out)).toEqual([150]);
    expect(out[159]!.active).toBe(false);
    expect(out[160]!.reason?.suppressed).toBe('burst-ongoing');
    expect(out[160]!.burstScore).toBe(out[160]!.score);
    expect(out[160]!.burstScore).toBeGreaterThanOrEqual(SENSITIVITY_THRESHOLDS.medium.on);
  });

  it('stays calm across a gap and still sees a spike after it', () => {
    const before = hourly(7, 5, () => 30);
    const after = generateCounts(8, 3 * 24, HOUR, () => 30, before.at(-1)!.timestamp + 2 * DAY);
    after[30]!.value = 150;
    const out = run([...before, ...after]);
    expect(alertsOf(out)).toEqual([before.length + 30]);
  });

  it('does not alert while warming up', () => {
    const points = hourly(9, 3, () => 20);
    points[5]!.value = 200;
    const out = run(points);
    expect(out[5]!.alert).toBe(false);
    expect(out[5]!.reason?.suppressed).toBe('warming-up');
  });

  it('continues exactly after its state is stored as JSON and restored', () => {
    const points = hourly(10, 12, (t) => 15 + 10 * Math.sin((2 * Math.PI * t) / DAY));
    points[200]!.value = 120;
    const whole = run(points);
    const first = createVolumeDetector();
    const head = points.slice(0, 100).map((p) => first.observe(p.timestamp, p.value));
    const restored = createVolumeDetector({}, JSON.parse(JSON.stringify(first.snapshot())));
    const tail = points.slice(100).map((p) => restored.observe(p.timestamp, p.value));
    expect([...head, ...tail]).toEqual(whole);
  });

  it('continues exactly when restored anywhere: mid-burst, before a gap, right after the first points', () => {
    const before = hourly(14, 6, (_, i) => (i >= 120 && i < 126 ? 150 : 20));
    const after = generateCounts(15, 2 * 24, HOUR, () => 20, before.at(-1)!.timestamp + 9 * HOUR);
    const points = [...before, ...after];
    const whole = run(points);
    expect(whole.slice(120, 126).some((o) => o.active)).toBe(true);
    for (const cut of [1, 2, 123, before.length]) {
      const first = createVolumeDetector();
      const head = points.slice(0, cut).map((p) => first.observe(p.timestamp, p.value));
      const restored = createVolumeDetector({}, JSON.parse(JSON.stringify(first.snapshot())));
      expect([...head, ...points.slice(cut).map((p) => restored.observe(p.timestamp, p.value))]).toEqual(whole);
    }
  });

  it('never looks ahead: outputs up to a point ignore what comes after it', () => {
    const points = hourly(11, 8, () => 25);
    points[120]!.value = 140;
    const whole = run(points);
    const cut = 130;
    const altered = points.map((p, i) => (i > cut ? { ...p, value: p.value * 7 + 3 } : p));
    expect(run(altered).slice(0, cut + 1)).toEqual(whole.slice(0, cut + 1));
    expect(run(points.slice(0, cut + 1))).toEqual(whole.slice(0, cut + 1));
  });

  it('alerts at lower surprises on high sensitivity than on low', () => {
    const points = hourly(12, 8, () => 40);
    points[150]!.value = 85;
    const scores = run(points)[150]!.score;
    const high = run(points, { sensitivity: 'high' })[150]!;
    const low = run(points, { sensitivity: 'low' })[150]!;
    expect(high.score).toBe(scores);
    expect(high.alert || !low.alert).toBe(true);
    expect(Number(high.alert) + Number(!low.alert)).toBeGreaterThan(0);
  });
});
