import { describe, expect, it } from 'vitest';
import { type EngagementReading, MIN_VELOCITY_SPAN_MS, engagementCurve, measureEngagementVelocity } from './engagement-velocity';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T = Date.UTC(2026, 10, 1, 8);

const reading = (observedAt: number, likes: number, comments = 0, shares = 0): EngagementReading => ({
  observedAt,
  likes,
  comments,
  shares,
});

describe('engagement velocity', () => {
  it('is null for a post never read', () => {
    expect(measureEngagementVelocity(T, [])).toBeNull();
  });

  it('reads a single sighting as engagement over the post’s age', () => {
    const v = measureEngagementVelocity(T, [reading(T + 2 * HOUR, 100, 40, 60)]);
    expect(v).toMatchObject({ perHour: 100, engagement: 200, gained: 200, from: T, to: T + 2 * HOUR, basis: 'age' });
  });

  it('counts a young post over the minimum age, so a minute-old post with ten likes is not 600 an hour', () => {
    const v = measureEngagementVelocity(T, [reading(T + MINUTE, 10)]);
    expect(v?.perHour).toBeCloseTo(10 / (MIN_VELOCITY_SPAN_MS / HOUR), 6);
    expect(v?.basis).toBe('age');
  });

  it('counts a post dated after its first sighting from that sighting', () => {
    const v = measureEngagementVelocity(T + HOUR, [reading(T, 0), reading(T + HOUR, 50)]);
    expect(v).toMatchObject({ perHour: 50, from: T, basis: 'snapshots' });
  });

  it('measures between the newest reading and the newest one at least the minimum span older', () => {
    const readings = [reading(T + HOUR, 100), reading(T + 2 * HOUR, 400), reading(T + 2 * HOUR + 20 * MINUTE, 900)];
    const v = measureEngagementVelocity(T, readings);
    expect(v).toMatchObject({ gained: 500, from: T + 2 * HOUR, to: T + 2 * HOUR + 20 * MINUTE, basis: 'snapshots' });
    expect(v?.perHour).toBeCloseTo(1500, 6);
  });

  it('reads counters polled every minute at their true rate, not spread over the minimum span', () => {
    // 10 more every minute: 600 an hour.
    const readings = Array.from({ length: 60 }, (_, i) => reading(T + HOUR + i * MINUTE, 1000 + 10 * i));
    const v = measureEngagementVelocity(T, readings)!;
    expect(v.perHour).toBeCloseTo(600, 6);
    expect(v.to - v.from).toBe(MIN_VELOCITY_SPAN_MS);
  });

  it('falls back to the post’s time when every earlier reading is recent, over at least the minimum span', () => {
    const v = measureEngagementVelocity(T, [reading(T + 5 * MINUTE, 10), reading(T + 10 * MINUTE, 200)]);
    expect(v).toMatchObject({ gained: 200, from: T, basis: 'age' });
    expect(v?.perHour).toBeCloseTo(800, 6);
  });

  it('takes readings in any order and never goes negative when a platform recounts lower', () => {
    const v = measureEngagementVelocity(T, [reading(T + 2 * HOUR, 80), reading(T + HOUR, 100)]);
    expect(v).toMatchObject({ perHour: 0, engagement: 80, gained: 0 });
  });

  it('draws the curve from zero at the post’s time through each reading', () => {
    expect(engagementCurve(T, [reading(T + 2 * HOUR, 30, 1, 1), reading(T + HOUR, 10)])).toEqual([
      { t: T, engagement: 0 },
      { t: T + HOUR, engagement: 10 },
      { t: T + 2 * HOUR, engagement: 32 },
    ]);
  });
});
