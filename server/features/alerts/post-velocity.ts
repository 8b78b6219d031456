import {
  type EngagementReading,
  type EngagementVelocity,
  type VelocityBaselineState,
  type VelocityVerdict,
  createVelocityBaseline,
  createVelocityBaselineState,
  judgeEngagementVelocity,
  measureEngagementVelocity,
} from '../../../core/detection';
import type { AlertReason, AlertRule, AlertSeverity } from '../../../core/api';
import type { ServiceDeps } from '../../deps';
import type { EngagementUpdate, StoredMention } from '../../pipeline';
import { type EngineKit, round } from './firing';
import { INTERVAL_MS } from './series';
import { readPost, readReadings, type PostView } from './post-readings';

const HOUR = 3_600_000;
/**
 * A post first seen more than a day after it was posted is history (an import, a backfill): its
 * engagement over its age says nothing of how fast it spreads now, so it neither fires nor teaches the
 * baseline. Its next sighting with higher counters is judged on the readings.
 */
export const MAX_FIRST_SIGHTING_AGE = 24 * HOUR;

/** What an engagement-velocity rule remembers per brand: the velocity of the brand's posts at first sighting. */
interface VelocitySeriesState {
  version: 1;
  kind: 'engagement-velocity';
  baseline: VelocityBaselineState;
}

const emptyVelocity = (): VelocitySeriesState => ({ version: 1, kind: 'engagement-velocity', baseline: createVelocityBaselineState() });

function restoreVelocity(json: string): VelocitySeriesState {
  const stored = JSON.parse(json) as Partial<VelocitySeriesState>;
  return stored.kind === 'engagement-velocity' && stored.baseline ? (stored as VelocitySeriesState) : emptyVelocity();
}

/** A rate as people read it: whole numbers from 100 an hour on, one decimal below. */
const roundRate = (value: number) => (value >= 100 ? Math.round(value) : round(value, 1));
const roundOrNull = (value: number | null, digits: number) => (value === null ? null : round(value, digits));

/** Critical at five times the floor, or over the floor and twenty times the brand's usual post. */
export function severityOfVelocity(perHour: number, verdict: VelocityVerdict, floorPerHour: number): AlertSeverity {
  if (perHour >= 5 * floorPerHour) return 'critical';
  return verdict.overFloor && (verdict.multiple ?? 0) >= 20 ? 'critical' : 'warning';
}

function reasonOf(rule: AlertRule, post: PostView, velocity: EngagementVelocity, verdict: VelocityVerdict, snapshots: number): AlertReason {
  const perHour = roundRate(velocity.perHour);
  return {
    signal: 'engagement_velocity',
    category: null,
    windowStart: velocity.from,
    windowEnd: velocity.to,
    observed: perHour,
    expected: roundRate(verdict.usualPerHour ?? 0),
    upper: rule.minPerHour,
    score: round(verdict.score, 3),
    lastHour: perHour,
    minPerHour: rule.minPerHour,
    post: { platform: post.platform, externalId: post.externalId, url: post.url, createdAt: post.createdAt },
    velocity: {
      perHour,
      peakPerHour: perHour,
      engagement: velocity.engagement,
      gained: velocity.gained,
      from: velocity.from,
      to: velocity.to,
      basis: velocity.basis,
      snapshots,
      usualPerHour: roundOrNull(verdict.usualPerHour, 2),
      unusualPerHour: roundOrNull(verdict.unusualPerHour, 2),
      multiple: roundOrNull(verdict.multiple, 1),
      shareBelow: roundOrNull(verdict.shareBelow, 4),
      floorPerHour: rule.minPerHour,
      overFloor: verdict.overFloor,
      unusual: verdict.unusual,
    },
  };
}

/** The newest velocity replaces the old one as readings arrive; the peak is kept. */
function keepPeak(previous: AlertReason, next: AlertReason): AlertReason {
  if (!next.velocity) return next;
  const peak = Math.max(previous.velocity?.peakPerHour ?? previous.observed, next.velocity.perHour);
  return { ...next, velocity: { ...next.velocity, peakPerHour: peak } };
}

/**
 * Engagement-velocity rules: one alert per negative post whose likes, comments and shares come far faster
 * than the brand's usual posts, or past the rule's floor. New posts are judged at their first sighting
 * (engagement over age) and then teach the brand's baseline; posts seen again with higher counters are
 * judged on their readings.
 */
export function createPostVelocityWatch({ db }: Pick<ServiceDeps, 'db'>, kit: EngineKit) {
  async function judgeAndRaise(
    workspaceId: number,
    rule: AlertRule,
    brandId: number,
    post: PostView,
    velocity: EngagementVelocity,
    verdict: VelocityVerdict,
    snapshots: number,
  ) {
    await kit.raise(workspaceId, rule, brandId, {
      groupKey: `rule:${rule.id}:brand:${brandId}:post:${post.platform}:${post.externalId}`,
      t: Math.floor(velocity.to / INTERVAL_MS) * INTERVAL_MS,
      reason: reasonOf(rule, post, velocity, verdict, snapshots),
      severity: severityOfVelocity(velocity.perHour, verdict, rule.minPerHour),
      alert: verdict.fires,
      usualPerHour: null,
      merge: keepPeak,
    });
  }

  /** The batch's new posts, per rule and brand, in time order: each judged against the posts before it, then learnt. */
  async function watchNewPosts(workspaceId: number, rules: readonly AlertRule[], stored: readonly StoredMention[], observedAt: number) {
    const fresh = stored
      .filter((m) => observedAt - m.record.createdAt <= MAX_FIRST_SIGHTING_AGE && m.brands.size > 0)
      .sort((a, b) => a.record.createdAt - b.record.createdAt);
    if (fresh.length === 0) return;
    for (const rule of rules) {
      const brandIds = new Set(fresh.flatMap((m) => [...m.brands.keys()]).filter((id) => rule.brandId === null || rule.brandId === id));
      for (const brandId of brandIds) {
        const state = await kit.stateFor(rule.id, brandId, restoreVelocity, emptyVelocity);
        const baseline = createVelocityBaseline(state.baseline);
        const due: { post: PostView; velocity: EngagementVelocity; verdict: VelocityVerdict }[] = [];
        for (const m of fresh) {
          if (!m.brands.has(brandId)) continue;
          const r = m.record;
          const reading: EngagementReading = { observedAt, likes: r.likes ?? 0, comments: r.comments ?? 0, shares: r.shares ?? 0 };
          const velocity = measureEngagementVelocity(r.createdAt, [reading])!;
          if (m.analysis?.sentiment === 'negative' && velocity.engagement > 0) {
            const verdict = judgeEngagementVelocity(velocity.perHour, baseline, {
              sensitivity: rule.sensitivity,
              floorPerHour: rule.minPerHour,
            });
            if (verdict.fires) {
              const post = { id: m.id, platform: r.platform, externalId: r.externalId, url: r.url ?? null, createdAt: r.createdAt };
              due.push({ post: { ...post, negative: true, brandIds: [...m.brands.keys()] }, velocity, verdict });
            }
          }
          baseline.observe(velocity.perHour);
        }
        state.baseline = baseline.snapshot();
        await kit.saveState(workspaceId, rule.id, brandId, state);
        for (const { post, velocity, verdict } of due) await judgeAndRaise(workspaceId, rule, brandId, post, velocity, verdict, 1);
      }
    }
  }

  /** Posts already stored that came again with higher counters: their velocity from the readings, against the brand's baseline. */
  async function watchRisenPosts(workspaceId: number, rules: readonly AlertRule[], updates: readonly EngagementUpdate[]) {
    for (const update of updates) {
      const post = await readPost(db, workspaceId, update.mentionId);
      if (!post || !post.negative || post.brandIds.length === 0) continue;
      const readings = await readReadings(db, post.id);
      const velocity = measureEngagementVelocity(post.createdAt, readings);
      if (!velocity) continue;
      for (const rule of rules) {
        for (const brandId of post.brandIds) {
          if (rule.brandId !== null && rule.brandId !== brandId) continue;
          const state = await kit.stateFor(rule.id, brandId, restoreVelocity, emptyVelocity);
          const verdict = judgeEngagementVelocity(velocity.perHour, createVelocityBaseline(state.baseline), {
            sensitivity: rule.sensitivity,
            floorPerHour: rule.minPerHour,
          });
          await judgeAndRaise(workspaceId, rule, brandId, post, velocity, verdict, readings.length);
        }
      }
    }
  }

  return { watchNewPosts, watchRisenPosts };
}
