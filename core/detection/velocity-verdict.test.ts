import { describe, expect, it } from 'vitest';
import { fillCascadeFromReadings, typicalFollowers } from './cascade-readings';
import { MIN_BASELINE_POSTS, createVelocityBaseline } from './velocity-baseline';
import { judgeEngagementVelocity } from './velocity-verdict';

const MINUTE = 60_000;
const T = Date.UTC(2026, 10, 1, 8);

/** A brand whose posts get between 0 and about 40 engagements an hour, most of them a few. */
function learntBaseline(posts = 400) {
  const baseline = createVelocityBaseline();
  for (let i = 0; i < posts; i++) baseline.observe(i % 10 === 0 ? 0 : 2 ** ((i * 7) % 11) / 50);
  return baseline;
}

describe('velocity baseline', () => {
  it('reads quantiles of the brand’s posts, ignoring a single viral post', () => {
    const baseline = learntBaseline();
    const median = baseline.quantile(0.5)!;
    expect(median).toBeGreaterThan(0.2);
    expect(median).toBeLessThan(5);
    baseline.observe(1_000_000);
    expect(baseline.quantile(0.5)).toBeCloseTo(median, 1);
    expect(baseline.quantile(0.99)!).toBeLessThan(100);
    expect(baseline.shareBelow(1_000)).toBeGreaterThan(0.99);
    expect(baseline.shareBelow(0)).toBe(0);
  });

  it('follows the brand when its posts grow, forgetting per post', () => {
    const baseline = learntBaseline();
    for (let i = 0; i < 3000; i++) baseline.observe(1000);
    expect(baseline.quantile(0.5)!).toBeGreaterThan(500);
  });

  it('survives a round trip through JSON', () => {
    const baseline = learntBaseline();
    const copy = createVelocityBaseline(JSON.parse(JSON.stringify(baseline.snapshot())));
    expect(copy.quantile(0.9)).toBe(baseline.quantile(0.9));
    expect(copy.posts()).toBe(400);
  });
});

describe('engagement velocity verdict', () => {
  const rule = { sensitivity: 'medium' as const, floorPerHour: 500 };

  it('flags a post far faster than the brand’s usual ones though below the floor', () => {
    const verdict = judgeEngagementVelocity(200, learntBaseline(), rule);
    expect(verdict).toMatchObject({ fires: true, unusual: true, overFloor: false });
    expect(verdict.multiple!).toBeGreaterThan(20);
    expect(verdict.shareBelow!).toBeGreaterThan(0.99);
    expect(verdict.score).toBeGreaterThan(0.99);
  });

  it('leaves a post that is only somewhat faster than usual, or too slow to matter', () => {
    expect(judgeEngagementVelocity(8, learntBaseline(), rule).fires).toBe(false);
    // Unusual for a brand whose posts get nothing, but under a tenth of the floor.
    const flat = createVelocityBaseline();
    for (let i = 0; i < 200; i++) flat.observe(0);
    expect(judgeEngagementVelocity(40, flat, rule)).toMatchObject({ fires: false, unusual: false });
    expect(judgeEngagementVelocity(60, flat, rule)).toMatchObject({ fires: true, unusual: true });
  });

  it('flags any post over the floor, even before the baseline has seen enough posts', () => {
    const young = createVelocityBaseline();
    for (let i = 0; i < MIN_BASELINE_POSTS - 1; i++) young.observe(1);
    expect(judgeEngagementVelocity(499, young, rule)).toMatchObject({ fires: false, usualPerHour: null, score: 0.998 });
    expect(judgeEngagementVelocity(500, young, rule)).toMatchObject({ fires: true, overFloor: true, unusual: false });
  });

  it('asks more of a post at low sensitivity than at high', () => {
    const baseline = learntBaseline();
    const high = judgeEngagementVelocity(12, baseline, { ...rule, sensitivity: 'high' });
    const low = judgeEngagementVelocity(12, baseline, { ...rule, sensitivity: 'low' });
    expect(high.unusualPerHour!).toBeLessThan(low.unusualPerHour!);
  });
});

describe('cascade filled from counter readings', () => {
  const post = { timestamp: T, followers: 5000 };

  it('adds the comments and shares no stored reply accounts for, spread before each reading', () => {
    const replies = [{ timestamp: T + 5 * MINUTE, followers: 300 }];
    const events = fillCascadeFromReadings(
      post,
      replies,
      [
        { observedAt: T + 10 * MINUTE, likes: 50, comments: 2, shares: 2 },
        { observedAt: T + 20 * MINUTE, likes: 90, comments: 4, shares: 6 },
      ],
      typicalFollowers(replies, 100),
    );
    expect(events[0]).toBe(post);
    expect(events).toHaveLength(1 + 10);
    const filled = events.filter((e) => e.followers === 300).length - 1;
    expect(filled).toBe(9);
    expect(events.filter((e) => e.timestamp <= T + 10 * MINUTE)).toHaveLength(1 + 4);
    expect(events.every((e, i) => i === 0 || e.timestamp >= events[i - 1]!.timestamp)).toBe(true);
  });

  it('keeps the stored replies when the counters say fewer, and adds nothing after the newest reading', () => {
    const replies = Array.from({ length: 6 }, (_, i) => ({ timestamp: T + (i + 1) * MINUTE, followers: 50 }));
    const events = fillCascadeFromReadings(post, replies, [{ observedAt: T + 3 * MINUTE, likes: 0, comments: 1, shares: 0 }], 100);
    expect(events).toHaveLength(7);
  });

  it('takes the median follower count of the repliers, or the fallback', () => {
    expect(typicalFollowers([], 100)).toBe(100);
    expect(
      typicalFollowers(
        [
          { timestamp: 0, followers: 10 },
          { timestamp: 0, followers: 5000 },
          { timestamp: 0, followers: 40 },
        ],
        100,
      ),
    ).toBe(40);
  });
});
