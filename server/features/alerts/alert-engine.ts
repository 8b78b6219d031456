import { type CoordinationState, createCoordinationDetector } from '../../../core/detection';
import {
  type Alert,
  type AlertReason,
  type AlertRule,
  type AlertSeverity,
  MAX_LISTED_ACCOUNTS,
  MIN_COORDINATED_ACCOUNTS,
  type OnCall,
  type SignalKind,
} from '../../../core/api';
import { chunks } from '../../db/chunks';
import type { ServiceDeps } from '../../deps';
import type { LiveEvents } from '../../events/live-events';
import type { BatchContext, EngagementUpdate, StoredMention } from '../../pipeline';
import { listAlertRules } from './alert-rules';
import { saveBaselinesOnSqlite } from './baselines';
import { higherSeverity, loadAlert } from './alerts.store';
import { assessImpact } from './impact';
import { type MinuteCounts, addToRollups, countByMinute, readMinuteCounts, rollupSpan } from './rollups';
import { discountAccountsSeenBefore } from './rollup-accounts';
import { type CoordinationFeed, coordinationFeed, watchingSinceOf } from './coordination-feed';
import { type Firing, round } from './firing';
import { createPostVelocityWatch } from './post-velocity';
import { createViralityWatch } from './virality-watch';
import {
  type ClosedInterval,
  INTERVAL_MS,
  type IntervalCounts,
  type SeriesDetector,
  type SeriesOutput,
  advanceSeries,
  emptySeries,
  restoreSeries,
} from './series';
import { type TermInterval, advanceTermSeries, emptyTermSeries, restoreTermSeries } from './term-series';
import { GRAVE_CATEGORIES, readTermIntervals, termIntervals } from './term-intervals';

/** What happened to an alert that people should hear about. */
export type AlertNoticeKind = 'raised' | 'escalated' | 'severity_raised';

/**
 * Sends an alert to notification channels: the on-call step's channels, or, with `null`, every
 * channel the workspace set up for alerts.
 */
export type AlertNotifier = (workspaceId: number, alert: Alert, kind: AlertNoticeKind, channelIds: number[] | null) => Promise<void>;

export interface AlertEngineOptions {
  events: LiveEvents;
  notify: AlertNotifier;
  /** The workspace's local time for the daily rhythm (Indonesia's western time by default). */
  utcOffsetMinutes?: number;
}

const HOUR = 3_600_000;
/**
 * After an import of history, the series rules relearn from the rollups; an interval that ended longer ago
 * than this before now is learnt and charted but raises nothing (as posts first seen a day late raise nothing).
 */
const HISTORY_ALERT_AGE = 24 * HOUR;
/** Minutes of rollups read at a time while a series relearns its history. */
const RELEARN_SPAN = 7 * 24 * HOUR;
/**
 * How far back a rule relearns: four times the longest memory of its detector (for counts and shares the
 * volume detector's tail calibration, 14 days; for emerging terms 7 days), so what came before would weigh
 * under 2% of what it knows.
 */
const SERIES_RELEARN_HORIZON = 8 * 7 * 24 * HOUR;
const TERMS_RELEARN_HORIZON = 4 * 7 * 24 * HOUR;

/** Rules whose signal is a count or a share per interval, read from the minute counts (series.ts). */
const SERIES_SIGNALS: ReadonlySet<SignalKind> = new Set([
  'volume',
  'negative_volume',
  'category_volume',
  'reach_negativity',
  'unique_authors',
  'negative_share',
  'net_sentiment',
]);
const SHARE_SIGNALS: ReadonlySet<SignalKind> = new Set(['negative_share', 'net_sentiment']);
/** Signals about negative talk: an emerging term beside one of their alerts is a warning. */
const NEGATIVE_SIGNALS: readonly SignalKind[] = ['negative_volume', 'negative_share', 'net_sentiment', 'reach_negativity'];
/** A coordinated-behaviour rule's sensitivity: the share of the accounts that must be new or have little history. */
const SUSPICIOUS_SHARE: Record<AlertRule['sensitivity'], number> = { high: 0.5, medium: 0.6, low: 0.8 };
/** Terms one emerging-terms alert names, at most. */
const MAX_TERMS_LISTED = 20;
/** Terms an emerging-terms detector keeps per brand; the state is saved after every batch. */
const MAX_TERMS = 5000;

/** What a series rule reads from one brand's minute: the detector's count and what its floor counts. */
function countsOf(rule: AlertRule, minute: MinuteCounts): IntervalCounts {
  switch (rule.signal) {
    case 'volume':
      return { count: minute.mentions, base: minute.mentions };
    case 'negative_volume':
      return { count: minute.negative, base: minute.negative };
    case 'category_volume': {
      const n = rule.category ? (minute.categories.get(rule.category) ?? 0) : 0;
      return { count: n, base: n };
    }
    case 'reach_negativity':
      // In thousands: the detector reads it as a count, and its floor is thousands of negative reach an hour.
      return { count: minute.negativeReach / 1000, base: minute.negativeReach / 1000 };
    case 'unique_authors':
      return { count: minute.authors, base: minute.authors };
    case 'negative_share':
      return { count: minute.negative, base: minute.mentions };
    case 'net_sentiment':
      return { count: minute.negative, base: minute.negative + minute.positive };
    default:
      return { count: 0, base: 0 };
  }
}

function seriesDetectorOf(rule: AlertRule, utcOffsetMinutes: number): SeriesDetector {
  if (rule.signal === 'negative_share') return { kind: 'ratio', rule: { sensitivity: rule.sensitivity } };
  if (rule.signal === 'net_sentiment') return { kind: 'net-sentiment', rule: { sensitivity: rule.sensitivity } };
  return { kind: 'volume', rule: { sensitivity: rule.sensitivity, minCount: 3, minPerHour: 0, utcOffsetMinutes } };
}

/**
 * Critical when the surge is several times the usual and either negative or about a grave category,
 * when the negative share is at least half and three times the usual, or when the hour holds ten times
 * the rule's floor; a surge of all mentions alone is a warning.
 */
export function severityOf(rule: AlertRule, observed: number, expected: number, lastHour: number): AlertSeverity {
  if (rule.minPerHour > 0 && lastHour >= 10 * rule.minPerHour) return 'critical';
  if (SHARE_SIGNALS.has(rule.signal)) return observed >= 0.5 && observed >= 3 * expected ? 'critical' : 'warning';
  const ratio = observed / Math.max(expected, 1);
  const grave =
    rule.signal === 'negative_volume' ||
    rule.signal === 'reach_negativity' ||
    (rule.signal === 'category_volume' && GRAVE_CATEGORIES.has(rule.category ?? ''));
  return grave && ratio >= 5 ? 'critical' : 'warning';
}

const keepLarger = (previous: AlertReason, next: AlertReason, fired: boolean) =>
  previous.observed > next.observed || !fired ? previous : next;

/**
 * One wave of a brand's mentions is one alert, whichever count or share rules it trips: the reason shown
 * is the most unusual firing (by score, comparable across signals), and `signals` lists them all.
 */
function mergeWave(previous: AlertReason, next: AlertReason, fired: boolean): AlertReason {
  const signals = new Set(previous.signals ?? [previous.signal]);
  if (fired) signals.add(next.signal);
  const sameSignal = previous.signal === next.signal && previous.category === next.category;
  const kept = sameSignal ? keepLarger(previous, next, fired) : fired && next.score > previous.score ? next : previous;
  return { ...kept, signals: [...signals] };
}

/** The accounts already listed with those in the newest window, up to the limit; the count is the most seen at once. */
function mergeAccounts(previous: AlertReason, next: AlertReason): AlertReason {
  const listed = new Map((previous.accounts ?? []).map((a) => [`${a.platform}\u0000${a.handle}`, a]));
  for (const account of next.accounts ?? []) {
    const key = `${account.platform}\u0000${account.handle}`;
    const known = listed.get(key);
    if (known)
      listed.set(key, {
        ...account,
        firstPostAt: Math.min(known.firstPostAt, account.firstPostAt),
        posts: Math.max(known.posts, account.posts),
      });
    else if (listed.size < MAX_LISTED_ACCOUNTS) listed.set(key, account);
  }
  return {
    ...next,
    windowStart: Math.min(previous.windowStart, next.windowStart),
    observed: Math.max(previous.observed, next.observed),
    suspiciousAccounts: Math.max(previous.suspiciousAccounts ?? 0, next.suspiciousAccounts ?? 0),
    accounts: [...listed.values()],
  };
}

/** What a coordinated-behaviour rule remembers about one brand. */
interface CoordinationSeriesState {
  version: 1;
  kind: 'coordination';
  detector: CoordinationState | null;
}

const emptyCoordination = (): CoordinationSeriesState => ({ version: 1, kind: 'coordination', detector: null });

function restoreCoordination(json: string): CoordinationSeriesState {
  const stored = JSON.parse(json) as Partial<CoordinationSeriesState>;
  return stored.kind === 'coordination' ? (stored as CoordinationSeriesState) : emptyCoordination();
}

/** Where a rule relearns from: the start of the interval `horizon` before the brand's last minute, or its first. */
function relearnFrom(span: { first: number; last: number }, horizon: number): number {
  return Math.floor(Math.max(span.first, span.last - horizon) / INTERVAL_MS) * INTERVAL_MS;
}

/** Serialises work per workspace: two batches in flight must not race on one detector's state. */
function createWorkspaceQueue() {
  const tails = new Map<number, Promise<unknown>>();
  return <T>(workspaceId: number, work: () => Promise<T>): Promise<T> => {
    const previous = tails.get(workspaceId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    tails.set(workspaceId, tail);
    void tail.then(() => {
      if (tails.get(workspaceId) === tail) tails.delete(workspaceId);
    });
    return next;
  };
}

/**
 * After each stored batch: add it to the minute rollups, feed each rule's detector per brand, and
 * raise or update alerts. One unfolding event is one alert: while an alert for the same rule and
 * brand is not resolved, new firings update it instead of opening another.
 */
export function createAlertEngine(deps: ServiceDeps, options: AlertEngineOptions) {
  const { db, clock, logger } = deps;
  /** Detector states by `rule:brand`, as loaded or last saved. */
  const states = new Map<string, unknown>();
  const watching = new Map<number, number>();
  /** Brands that batches of history reached, per workspace, until `learnFromHistory` feeds them to the series rules. */
  const historyBrands = new Map<number, Set<number>>();
  /** Per workspace, the detector generation (`workspaces.detector_generation`) the cached states belong to. */
  const generations = new Map<number, number>();
  const inQueue = createWorkspaceQueue();
  const utcOffsetMinutes = options.utcOffsetMinutes ?? 7 * 60;

  async function stateFor<T>(ruleId: number, brandId: number, restore: (json: string) => T, empty: () => T): Promise<T> {
    const key = `${ruleId}:${brandId}`;
    let state = states.get(key) as T | undefined;
    if (state === undefined) {
      const row = await db
        .selectFrom('detector_states')
        .select('state')
        .where('rule_id', '=', ruleId)
        .where('brand_id', '=', brandId)
        .executeTakeFirst();
      state = row ? restore(row.state) : empty();
      states.set(key, state);
    }
    return state;
  }

  /**
   * Before a batch: when another process relearnt the workspace's rules (an import of history beside a
   * running server), their cached states are dropped and read again, rather than written back over.
   */
  async function refreshStates(workspaceId: number, rules: readonly AlertRule[]) {
    const row = await db.selectFrom('workspaces').select('detector_generation').where('id', '=', workspaceId).executeTakeFirst();
    const generation = Number(row?.detector_generation ?? 0);
    const known = generations.get(workspaceId);
    generations.set(workspaceId, generation);
    if (known === undefined || known === generation) return;
    const ruleIds = new Set(rules.map((r) => r.id));
    for (const key of states.keys()) if (ruleIds.has(Number(key.slice(0, key.indexOf(':'))))) states.delete(key);
  }

  async function saveState(workspaceId: number, ruleId: number, brandId: number, state: unknown) {
    const now = clock.now();
    const json = JSON.stringify(state);
    await db
      .insertInto('detector_states')
      .values({ rule_id: ruleId, brand_id: brandId, workspace_id: workspaceId, state: json, updated_at: now })
      .onConflict((oc) => oc.columns(['rule_id', 'brand_id']).doUpdateSet({ state: json, updated_at: now }))
      .execute();
  }

  async function saveBaselines(workspaceId: number, ruleId: number, brandId: number, closed: ClosedInterval[]) {
    // A share of no mentions has no value to chart.
    const points = closed.filter((c) => c.output.value !== null);
    if (points.length === 0 || (await saveBaselinesOnSqlite(db, workspaceId, ruleId, brandId, points)) !== null) return;
    for (const part of chunks(points, 200)) {
      const rows = part.map(({ t, output }) => ({
        rule_id: ruleId,
        brand_id: brandId,
        workspace_id: workspaceId,
        t,
        observed: output.value!,
        expected: output.expected,
        lower: output.lower,
        upper: output.upper,
        score: output.score,
      }));
      await db
        .insertInto('signal_baselines')
        .values(rows)
        .onConflict((oc) => oc.columns(['rule_id', 'brand_id', 't']).doNothing())
        .execute();
    }
  }

  /**
   * A firing raises an alert, or updates the open one with the same group key. While a burst goes on
   * without firing again (`alert` false), the open alert follows it, so its window covers the whole event.
   */
  async function raise(workspaceId: number, rule: AlertRule, brandId: number, firing: Firing) {
    const now = clock.now();
    const { t, reason, severity } = firing;
    const open = await db
      .selectFrom('alerts')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('group_key', '=', firing.groupKey)
      .where('status', '!=', 'resolved')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    if (!open && !firing.alert) return;
    const impact = await assessImpact(deps, workspaceId, brandId, Math.max(t + INTERVAL_MS, reason.windowEnd), firing.usualPerHour);
    if (open) {
      const previous = JSON.parse(open.reason) as AlertReason;
      const newInterval = previous.windowStart !== t && firing.alert;
      const kept = firing.merge ? firing.merge(previous, reason) : keepLarger(previous, reason, firing.alert);
      const nextSeverity = higherSeverity(open.severity as AlertSeverity, severity);
      await db
        .updateTable('alerts')
        .set({
          severity: nextSeverity,
          reason: JSON.stringify(kept),
          impact: JSON.stringify(impact),
          firings: open.firings + (newInterval ? 1 : 0),
          last_fired_at: Math.max(open.last_fired_at, t),
          updated_at: now,
        })
        .where('id', '=', open.id)
        .execute();
      const alert = await loadAlert(db, workspaceId, open.id);
      options.events.publish(workspaceId, { type: 'alert.updated', alert });
      if (nextSeverity !== open.severity && open.status === 'open')
        await notifyStep(workspaceId, alert, 'severity_raised', open.escalation_step);
      return;
    }
    const inserted = await db
      .insertInto('alerts')
      .values({
        workspace_id: workspaceId,
        brand_id: brandId,
        rule_id: rule.id,
        group_key: firing.groupKey,
        severity,
        status: 'open',
        reason: JSON.stringify(reason),
        impact: JSON.stringify(impact),
        firings: 1,
        first_fired_at: t,
        last_fired_at: t,
        acknowledged_at: null,
        acknowledged_by: null,
        snoozed_until: null,
        resolved_at: null,
        resolved_by: null,
        resolution: null,
        escalation_step: 0,
        escalated_at: now,
        incident_id: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const alert = await loadAlert(db, workspaceId, inserted.id);
    logger.info({ workspaceId, alertId: alert.id, severity, signal: rule.signal, brandId }, 'alert raised');
    options.events.publish(workspaceId, { type: 'alert.raised', alert });
    await notifyStep(workspaceId, alert, 'raised', 0);
  }

  const postVelocity = createPostVelocityWatch(deps, { raise, stateFor, saveState });
  const virality = createViralityWatch(deps, { raise, stateFor, saveState });

  /**
   * A count or share rule: the brand's minutes into five-minute intervals, through its detector. Intervals
   * that ended before `firesFrom` are learnt but raise nothing.
   */
  async function watchSeries(
    workspaceId: number,
    rule: AlertRule,
    brandId: number,
    minutes: readonly MinuteCounts[],
    firesFrom = -Infinity,
  ) {
    const state = await stateFor(rule.id, brandId, restoreSeries, emptySeries);
    // Minutes of intervals the detector has closed reach the rollups only (advanceSeries skips them); a
    // batch of nothing else leaves the state as it was, so there is nothing to learn, score or save.
    const from = state.open ?? -Infinity;
    const counts = new Map<number, IntervalCounts>();
    for (const minute of minutes) {
      const t = Math.floor(minute.minute / INTERVAL_MS) * INTERVAL_MS;
      if (t < from) continue;
      const add = countsOf(rule, minute);
      const sum = counts.get(t);
      if (sum) {
        sum.count += add.count;
        sum.base += add.base;
      } else counts.set(t, { count: add.count, base: add.base });
    }
    if (counts.size === 0) return;
    const { closed, assessment } = advanceSeries(state, counts, seriesDetectorOf(rule, utcOffsetMinutes));
    await saveBaselines(workspaceId, rule.id, brandId, closed);
    await saveState(workspaceId, rule.id, brandId, state);
    const fireAt = async (t: number, output: SeriesOutput, observed: IntervalCounts, lastHour: number) => {
      if (!(output.alert || output.active) || lastHour < rule.minPerHour || output.value === null) return;
      if (t + INTERVAL_MS < firesFrom) return;
      const share = SHARE_SIGNALS.has(rule.signal);
      const reason: AlertReason = {
        signal: rule.signal,
        category: rule.category,
        windowStart: t,
        windowEnd: t + INTERVAL_MS,
        observed: share ? round(output.value, 4) : output.value,
        expected: round(output.expected, share ? 4 : 2),
        upper: round(output.upper, share ? 4 : 2),
        score: round(output.score, 3),
        lastHour,
        minPerHour: rule.minPerHour,
        ...(share ? { successes: observed.count, trials: observed.base } : {}),
      };
      // The usual rate of what the rule counts; a share has none, so the impact's speed is left out.
      const usualPerHour = share ? null : output.expected * (HOUR / INTERVAL_MS);
      await raise(workspaceId, rule, brandId, {
        groupKey: `wave:brand:${brandId}`,
        t,
        reason: { ...reason, signals: [rule.signal] },
        severity: severityOf(rule, output.value, output.expected, lastHour),
        alert: output.alert,
        usualPerHour,
        merge: (previous, next) => mergeWave(previous, next, output.alert),
      });
    };
    // An interval that closed as an alert, then the open one on its counts so far.
    for (const { t, output, firing } of closed) if (firing) await fireAt(t, output, firing.observed, firing.lastHour);
    if (assessment && state.open !== null) await fireAt(state.open, assessment.output, assessment.observed, assessment.lastHour);
  }

  /** Whether the brand has an unresolved alert about negative talk or a grave category from the hour before `t`. */
  async function negativeSurgeNear(workspaceId: number, brandId: number, t: number): Promise<boolean> {
    const rows = await db
      .selectFrom('alerts')
      .select('reason')
      .where('workspace_id', '=', workspaceId)
      .where('brand_id', '=', brandId)
      .where('status', '!=', 'resolved')
      .where('last_fired_at', '>=', t - HOUR)
      .execute();
    return rows.some((row) => {
      const reason = JSON.parse(row.reason) as AlertReason;
      return (
        NEGATIVE_SIGNALS.includes(reason.signal) || (reason.signal === 'category_volume' && GRAVE_CATEGORIES.has(reason.category ?? ''))
      );
    });
  }

  /** An emerging-terms rule: the key phrases of the brand's mentions per interval. */
  /** An emerging-terms rule: the brand's key phrases per interval; findings in intervals that ended before `firesFrom` raise nothing. */
  async function watchTerms(
    workspaceId: number,
    rule: AlertRule,
    brandId: number,
    intervals: ReadonlyMap<number, TermInterval>,
    firesFrom = -Infinity,
  ) {
    const state = await stateFor(rule.id, brandId, restoreTermSeries, emptyTermSeries);
    // As for count series: only late intervals leave the state as it was.
    const open = state.open;
    if (open !== null && ![...intervals.keys()].some((t) => t >= open)) return;
    const findings = advanceTermSeries(state, intervals, {
      sensitivity: rule.sensitivity,
      minSupport: Math.min(5, Math.max(1, rule.minPerHour)),
      maxTerms: MAX_TERMS,
    });
    await saveState(workspaceId, rule.id, brandId, state);
    // One alert per brand for the terms that burst together, so a wave that brings fifteen new phrases
    // is one alert that names them, not fifteen.
    const due = findings
      .filter((found) => found.lastHour >= rule.minPerHour && found.t + INTERVAL_MS >= firesFrom)
      .sort((a, b) => b.score - a.score);
    const top = due[0];
    if (!top) return;
    let severity: AlertSeverity = 'info';
    for (const found of due) {
      const negativeTalk = found.negative * 2 >= found.count || found.grave * 2 >= found.count;
      if (negativeTalk) severity = 'warning';
    }
    if (severity === 'info' && (await negativeSurgeNear(workspaceId, brandId, top.t))) severity = 'warning';
    const reason: AlertReason = {
      signal: 'emerging_term',
      category: null,
      windowStart: top.t,
      windowEnd: top.t + INTERVAL_MS,
      observed: top.count,
      expected: round(top.expected, 2),
      upper: round(top.expected, 2),
      score: round(top.score, 3),
      lastHour: top.lastHour,
      minPerHour: rule.minPerHour,
      term: top.term,
      isNewTerm: top.isNew,
      terms: [...new Set(due.map((found) => found.term))].slice(0, MAX_TERMS_LISTED),
    };
    await raise(workspaceId, rule, brandId, {
      groupKey: `rule:${rule.id}:brand:${brandId}`,
      t: top.t,
      reason,
      severity,
      alert: true,
      usualPerHour: null,
      merge: (previous, next) => {
        const strongest = (previous.score ?? 0) >= next.score ? previous : next;
        const terms = [...new Set([...(previous.terms ?? (previous.term ? [previous.term] : [])), ...(next.terms ?? [])])];
        return { ...strongest, terms: terms.slice(0, MAX_TERMS_LISTED) };
      },
    });
  }

  /** A coordinated-behaviour rule: the brand's posts, each with its text's key and its author's history. */
  async function watchCoordination(workspaceId: number, rule: AlertRule, brandId: number, feed: CoordinationFeed) {
    const posts = feed.posts.get(brandId);
    if (!posts || posts.length === 0) return;
    const state = await stateFor(rule.id, brandId, restoreCoordination, emptyCoordination);
    const detector = createCoordinationDetector(
      { minAccounts: Math.max(MIN_COORDINATED_ACCOUNTS, rule.minPerHour), minSuspiciousShare: SUSPICIOUS_SHARE[rule.sensitivity] },
      state.detector ?? undefined,
    );
    const flaggedNow = new Set<string>();
    for (const post of posts) if (detector.observe(post)) flaggedNow.add(post.clusterKey);
    // Clusters flagged now, and flagged ones that grew: their alerts list the accounts that joined.
    const touched = new Set(posts.map((p) => p.clusterKey));
    const views = [...touched].map((key) => detector.flagged(key)).filter((view) => view !== null);
    state.detector = detector.snapshot();
    states.set(`${rule.id}:${brandId}`, state);
    await saveState(workspaceId, rule.id, brandId, state);
    for (const view of views) {
      const accounts = view.accounts.slice(0, MAX_LISTED_ACCOUNTS).flatMap((a) => {
        const author = feed.authors.get(a.authorId);
        return author ? [{ ...author, posts: a.posts, firstPostAt: a.firstPostAt, reasons: a.reasons }] : [];
      });
      const reason: AlertReason = {
        signal: 'coordinated',
        category: null,
        windowStart: view.windowStart,
        windowEnd: view.windowEnd,
        observed: view.distinctAccounts,
        expected: 0,
        upper: Math.max(MIN_COORDINATED_ACCOUNTS, rule.minPerHour),
        score: round(view.suspiciousAccounts / Math.max(1, view.distinctAccounts), 3),
        lastHour: view.distinctAccounts,
        minPerHour: rule.minPerHour,
        clusterKey: view.clusterKey,
        ...(feed.texts.has(view.clusterKey) ? { sampleText: feed.texts.get(view.clusterKey)! } : {}),
        accounts,
        suspiciousAccounts: view.suspiciousAccounts,
      };
      await raise(workspaceId, rule, brandId, {
        groupKey: `rule:${rule.id}:brand:${brandId}:cluster:${view.clusterKey}`,
        t: view.flaggedAt,
        reason,
        severity: 'warning',
        alert: flaggedNow.has(view.clusterKey),
        usualPerHour: null,
        merge: mergeAccounts,
      });
    }
  }

  async function onCallOf(workspaceId: number): Promise<OnCall | null> {
    const row = await db.selectFrom('oncall_orders').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst();
    return row ? { escalateAfterMinutes: row.escalate_after_minutes, steps: JSON.parse(row.steps) as OnCall['steps'] } : null;
  }

  /** Notifies the on-call step (every alert channel when no order is set); a failure is logged, never lost silently. */
  async function notifyStep(workspaceId: number, alert: Alert, kind: AlertNoticeKind, step: number) {
    if (alert.severity === 'info') return;
    const order = await onCallOf(workspaceId);
    const channels = order && order.steps.length > 0 ? (order.steps[Math.min(step, order.steps.length - 1)]?.channelIds ?? null) : null;
    try {
      await options.notify(workspaceId, alert, kind, channels);
    } catch (error) {
      logger.error({ err: error, workspaceId, alertId: alert.id }, 'could not queue the alert notification');
    }
  }

  /** Per brand, the earliest interval an emerging-terms rule still takes: the oldest open one among its rules. */
  async function termsOpenFrom(rules: readonly AlertRule[], brandIds: readonly number[]): Promise<Map<number, number>> {
    const from = new Map<number, number>();
    for (const brandId of brandIds) {
      let earliest = Infinity;
      for (const rule of rules) {
        if (rule.signal !== 'emerging_term' || (rule.brandId !== null && rule.brandId !== brandId)) continue;
        const state = await stateFor(rule.id, brandId, restoreTermSeries, emptyTermSeries);
        earliest = Math.min(earliest, state.open ?? -Infinity);
      }
      if (earliest !== Infinity) from.set(brandId, earliest);
    }
    return from;
  }

  /**
   * After each stored batch. A batch of history (a file import) goes to the rollups but not to the series
   * rules: it may come in any time order, and a detector takes an interval it has closed as late data,
   * so a month imported in random order would teach it the first batch only. `learnFromHistory` feeds
   * them the rollups in time order once the import is done.
   */
  async function process(workspaceId: number, stored: readonly StoredMention[], { history }: BatchContext) {
    const minutes = countByMinute(stored);
    // Replies that name no brand still grow the cascade of a brand's post.
    const replies = stored.some((m) => m.record.parentId);
    if (minutes.length === 0 && !replies) return;
    const rules = (await listAlertRules(deps, workspaceId)).filter((r) => r.enabled);
    await refreshStates(workspaceId, rules);
    const viralityRules = rules.filter((r) => r.signal === 'virality');
    if (viralityRules.length > 0) await virality.watchNewPosts(workspaceId, viralityRules, stored, clock.now());
    const velocityRules = rules.filter((r) => r.signal === 'engagement_velocity');
    if (velocityRules.length > 0) await postVelocity.watchNewPosts(workspaceId, velocityRules, stored, clock.now());
    if (minutes.length === 0) return;
    await discountAccountsSeenBefore(deps, workspaceId, stored, minutes);
    await addToRollups(deps, workspaceId, minutes);
    const minutesByBrand = new Map<number, MinuteCounts[]>();
    for (const minute of minutes) {
      const list = minutesByBrand.get(minute.brandId);
      if (list) list.push(minute);
      else minutesByBrand.set(minute.brandId, [minute]);
    }
    const brandIds = [...minutesByBrand.keys()];
    if (history) {
      const pending = historyBrands.get(workspaceId) ?? new Set<number>();
      for (const brandId of brandIds) pending.add(brandId);
      historyBrands.set(workspaceId, pending);
    }
    const terms =
      !history && rules.some((r) => r.signal === 'emerging_term') ? termIntervals(stored, await termsOpenFrom(rules, brandIds)) : null;
    let feed: CoordinationFeed | null = null;
    if (rules.some((r) => r.signal === 'coordinated')) {
      let since = watching.get(workspaceId);
      if (since === undefined) {
        since = (await watchingSinceOf(deps, workspaceId)) ?? Math.min(...stored.map((m) => m.record.createdAt));
        watching.set(workspaceId, since);
      }
      feed = await coordinationFeed(deps, workspaceId, stored, since);
    }
    for (const rule of rules) {
      for (const brandId of brandIds) {
        if (rule.brandId !== null && rule.brandId !== brandId) continue;
        if (SERIES_SIGNALS.has(rule.signal)) {
          if (!history) await watchSeries(workspaceId, rule, brandId, minutesByBrand.get(brandId) ?? []);
        } else if (rule.signal === 'emerging_term' && terms)
          await watchTerms(workspaceId, rule, brandId, terms.get(brandId) ?? new Map<number, TermInterval>());
        else if (rule.signal === 'coordinated' && feed) await watchCoordination(workspaceId, rule, brandId, feed);
      }
    }
    options.events.publish(workspaceId, { type: 'signals.updated', brandIds, at: clock.now() });
  }

  /**
   * Once an import of history is stored: the count, share and emerging-terms rules relearn the brands it
   * reached, from empty, in time order, as if every mention had come live, so they know the usual. Intervals
   * that ended more than a day ago raise nothing; the latest ones alert as they would have.
   */
  async function learnFromHistory(workspaceId: number) {
    const brandIds = [...(historyBrands.get(workspaceId) ?? [])].sort((a, b) => a - b);
    historyBrands.delete(workspaceId);
    if (brandIds.length === 0) return;
    const rules = (await listAlertRules(deps, workspaceId)).filter(
      (r) => r.enabled && (SERIES_SIGNALS.has(r.signal) || r.signal === 'emerging_term'),
    );
    await refreshStates(workspaceId, rules);
    const firesFrom = clock.now() - HISTORY_ALERT_AGE;
    for (const brandId of brandIds) {
      const watchers = rules.filter((r) => r.brandId === null || r.brandId === brandId);
      const span = watchers.length > 0 ? await rollupSpan(deps, workspaceId, brandId) : null;
      if (!span) continue;
      const series = watchers.filter((r) => SERIES_SIGNALS.has(r.signal));
      const terms = watchers.filter((r) => r.signal === 'emerging_term');
      if (series.length > 0)
        await relearnSeries(workspaceId, brandId, series, relearnFrom(span, SERIES_RELEARN_HORIZON), span.last, firesFrom);
      if (terms.length > 0) await relearnTerms(workspaceId, brandId, terms, relearnFrom(span, TERMS_RELEARN_HORIZON), span.last, firesFrom);
    }
    // Other processes holding these rules' states read them again (refreshStates).
    const bumped = await db
      .updateTable('workspaces')
      .set((eb) => ({ detector_generation: eb('detector_generation', '+', 1) }))
      .where('id', '=', workspaceId)
      .returning('detector_generation')
      .executeTakeFirst();
    if (bumped) generations.set(workspaceId, Number(bumped.detector_generation));
    options.events.publish(workspaceId, { type: 'signals.updated', brandIds, at: clock.now() });
  }

  /** Count and share rules from the minute rollups, a week at a time; their bands from `start` on are replaced. */
  async function relearnSeries(workspaceId: number, brandId: number, rules: AlertRule[], start: number, last: number, firesFrom: number) {
    for (const rule of rules) {
      states.set(`${rule.id}:${brandId}`, emptySeries());
      await db
        .deleteFrom('signal_baselines')
        .where('rule_id', '=', rule.id)
        .where('brand_id', '=', brandId)
        .where('t', '>=', start)
        .execute();
    }
    for (let from = start; from <= last; from += RELEARN_SPAN) {
      const minutes = await readMinuteCounts(deps, workspaceId, brandId, from, from + RELEARN_SPAN);
      for (const rule of rules) await watchSeries(workspaceId, rule, brandId, minutes, firesFrom);
    }
  }

  /** Emerging-terms rules from the stored mentions' key phrases, a week at a time. */
  async function relearnTerms(workspaceId: number, brandId: number, rules: AlertRule[], start: number, last: number, firesFrom: number) {
    for (const rule of rules) states.set(`${rule.id}:${brandId}`, emptyTermSeries());
    for (let from = start; from <= last; from += RELEARN_SPAN) {
      const intervals = await readTermIntervals(deps, workspaceId, brandId, from, from + RELEARN_SPAN);
      for (const rule of rules) await watchTerms(workspaceId, rule, brandId, intervals, firesFrom);
    }
  }

  /** Posts already stored that came again with higher counters: their velocity, and their cascade with the new counts. */
  async function processEngagement(workspaceId: number, updates: readonly EngagementUpdate[]) {
    const rules = (await listAlertRules(deps, workspaceId)).filter((r) => r.enabled);
    await refreshStates(workspaceId, rules);
    const velocityRules = rules.filter((r) => r.signal === 'engagement_velocity');
    if (velocityRules.length > 0) await postVelocity.watchRisenPosts(workspaceId, velocityRules, updates);
    const viralityRules = rules.filter((r) => r.signal === 'virality');
    if (viralityRules.length > 0) await virality.watchRisenPosts(workspaceId, viralityRules, updates);
  }

  /**
   * Critical alerts nobody acknowledged in time go to the next step of the on-call order, and so on
   * down the list; snoozed alerts wake when their snooze ends.
   */
  async function escalate(): Promise<number> {
    const now = clock.now();
    await db
      .updateTable('alerts')
      .set({ status: 'open', snoozed_until: null, escalated_at: now, updated_at: now })
      .where('status', '=', 'snoozed')
      .where('snoozed_until', '<=', now)
      .execute();
    const due = await db
      .selectFrom('alerts')
      .selectAll()
      .where('status', '=', 'open')
      .where('severity', '=', 'critical')
      .where('escalated_at', '<=', now - 60_000)
      .execute();
    let escalated = 0;
    for (const row of due) {
      const order = await onCallOf(row.workspace_id);
      if (!order || order.steps.length <= row.escalation_step + 1) continue;
      if (row.escalated_at + order.escalateAfterMinutes * 60_000 > now) continue;
      const step = row.escalation_step + 1;
      const changed = await db
        .updateTable('alerts')
        .set({ escalation_step: step, escalated_at: now, updated_at: now })
        .where('id', '=', row.id)
        .where('escalation_step', '=', row.escalation_step)
        .executeTakeFirst();
      if (Number(changed.numUpdatedRows) === 0) continue;
      const alert = await loadAlert(db, row.workspace_id, row.id);
      options.events.publish(row.workspace_id, { type: 'alert.updated', alert });
      await notifyStep(row.workspace_id, alert, 'escalated', step);
      escalated++;
    }
    return escalated;
  }

  return {
    /** The ingest hook: runs after each stored batch, one batch at a time per workspace. */
    afterStore: (workspaceId: number, stored: StoredMention[], context: BatchContext) =>
      inQueue(workspaceId, () => process(workspaceId, stored, context)),
    /** The ingest hook for the end of an import of history. */
    afterHistory: (workspaceId: number) => inQueue(workspaceId, () => learnFromHistory(workspaceId)),
    /** The ingest hook for posts seen again with higher engagement counters. */
    afterEngagement: (workspaceId: number, updates: EngagementUpdate[]) =>
      inQueue(workspaceId, () => processEngagement(workspaceId, updates)),
    escalate,
    /** Forgets cached detector state (after a rule changes); the stored state is read again. */
    forget(ruleId?: number) {
      if (ruleId === undefined) states.clear();
      else for (const key of [...states.keys()]) if (key.startsWith(`${ruleId}:`)) states.delete(key);
    },
  };
}

export type AlertEngine = ReturnType<typeof createAlertEngine>;
