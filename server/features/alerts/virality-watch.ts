import { forecastCascade, probabilityToCross } from '../../../core/detection';
import type { AlertReason, AlertRule, AlertSeverity } from '../../../core/api';
import type { ServiceDeps } from '../../deps';
import type { EngagementUpdate, StoredMention } from '../../pipeline';
import { type Cascade, cascadesOf, cascadesOfPosts } from './cascades';
import { type EngineKit, round } from './firing';
import { MAX_FIRST_SIGHTING_AGE } from './post-velocity';
import { INTERVAL_MS } from './series';

/**
 * A virality rule's sensitivity: how likely the post must be to reach the threshold. At 0.5 (medium) the
 * forecast's median crosses it, which is what "on course to cross" means; waiting for the 90% lower bound
 * to cross would warn only when the post has nearly got there, too late to answer it early.
 */
const VIRAL_PROBABILITY: Record<AlertRule['sensitivity'], number> = { high: 0.3, medium: 0.5, low: 0.7 };
/**
 * Replies or reshares a post needs before its growth is read at all: two quick replies are no trend.
 * The forecast of a young cascade whose replies come faster than the kernel spends them reads as
 * supercritical, so the post must also have a tenth of the threshold already.
 */
const MIN_CASCADE: Record<AlertRule['sensitivity'], number> = { high: 3, medium: 5, low: 8 };
const MIN_CASCADE_SHARE = 0.1;

/** Whether a post's comments and shares are enough for any of these virality rules to read a trend from. */
const worthForecasting = (rules: readonly AlertRule[], comments: number, shares: number) =>
  rules.some((rule) => comments + shares >= Math.max(MIN_CASCADE[rule.sensitivity], Math.ceil(rule.minPerHour * MIN_CASCADE_SHARE)));

/**
 * Virality rules: a negative, brand-matched post whose replies and reshares grow is forecast from its cascade
 * so far (a self-exciting process, core/detection), and warned about when it is on course to reach the rule's
 * threshold. New posts are read at their first sighting, stored posts when replies arrive or their counters rise.
 */
export function createViralityWatch(deps: Pick<ServiceDeps, 'db'>, kit: EngineKit) {
  /** One rule on one cascade, forecast at its newest reply or reading. */
  async function watch(workspaceId: number, rule: AlertRule, cascade: Cascade) {
    const threshold = rule.minPerHour;
    const at = cascade.observedUntil;
    const forecast = forecastCascade(cascade.events, at);
    if (forecast.observed < Math.max(MIN_CASCADE[rule.sensitivity], Math.ceil(threshold * MIN_CASCADE_SHARE))) return;
    const probability = probabilityToCross(forecast, threshold);
    const fires = probability >= VIRAL_PROBABILITY[rule.sensitivity];
    const severity: AlertSeverity = forecast.supercritical || forecast.lower >= 2 * threshold ? 'critical' : 'warning';
    const finite = (value: number) => (Number.isFinite(value) ? round(value, 1) : null);
    const reason: AlertReason = {
      signal: 'virality',
      category: null,
      windowStart: cascade.post.createdAt,
      windowEnd: at,
      observed: forecast.observed,
      expected: finite(forecast.expectedFinal) ?? forecast.lower,
      upper: threshold,
      score: round(probability, 3),
      lastHour: forecast.observed,
      minPerHour: threshold,
      post: {
        platform: cascade.post.platform,
        externalId: cascade.post.externalId,
        url: cascade.post.url,
        createdAt: cascade.post.createdAt,
      },
      forecast: {
        observed: forecast.observed,
        expectedFinal: finite(forecast.expectedFinal),
        lower: forecast.lower,
        upper: finite(forecast.upper),
        branchingFactor: round(forecast.branchingFactor, 3),
        supercritical: forecast.supercritical,
        probability: round(probability, 3),
        threshold,
      },
    };
    for (const brandId of cascade.brandIds) {
      if (rule.brandId !== null && rule.brandId !== brandId) continue;
      await kit.raise(workspaceId, rule, brandId, {
        groupKey: `rule:${rule.id}:brand:${brandId}:post:${cascade.post.platform}:${cascade.post.externalId}`,
        t: Math.floor(at / INTERVAL_MS) * INTERVAL_MS,
        reason,
        severity,
        alert: fires,
        usualPerHour: null,
        // The newest forecast replaces the old one: the cascade only grows.
        merge: (_previous, next) => next,
      });
    }
  }

  return {
    /**
     * A stored batch: the posts its replies answer, and new negative posts that already count many comments
     * and shares (their counters are the cascade's early points). Only posts seen within a day of posting: an
     * old post's counters in an import are history.
     */
    async watchNewPosts(workspaceId: number, rules: readonly AlertRule[], stored: readonly StoredMention[], now: number) {
      const cascades = await cascadesOf(deps, workspaceId, stored);
      const watched = new Set(cascades.map((c) => c.post.id));
      const counted = stored.filter(
        (m) =>
          m.brands.size > 0 &&
          now - m.record.createdAt <= MAX_FIRST_SIGHTING_AGE &&
          m.analysis?.sentiment === 'negative' &&
          worthForecasting(rules, m.record.comments ?? 0, m.record.shares ?? 0) &&
          !watched.has(m.id),
      );
      if (counted.length > 0)
        cascades.push(
          ...(await cascadesOfPosts(
            deps,
            workspaceId,
            counted.map((m) => m.id),
          )),
        );
      for (const cascade of cascades) for (const rule of rules) await watch(workspaceId, rule, cascade);
    },

    /** Stored posts whose counters rose: their cascades with the new counts. */
    async watchRisenPosts(workspaceId: number, rules: readonly AlertRule[], updates: readonly EngagementUpdate[]) {
      const risen = updates.filter((u) => worthForecasting(rules, u.comments, u.shares));
      if (risen.length === 0) return;
      const seenAt = new Map(risen.map((u) => [u.mentionId, u.observedAt]));
      for (const cascade of await cascadesOfPosts(
        deps,
        workspaceId,
        risen.map((u) => u.mentionId),
      )) {
        // A forecast reads early growth: a post more than a day old has long crossed or not, and re-polling it is no news.
        if ((seenAt.get(cascade.post.id) ?? 0) - cascade.post.createdAt > MAX_FIRST_SIGHTING_AGE) continue;
        for (const rule of rules) await watch(workspaceId, rule, cascade);
      }
    },
  };
}
