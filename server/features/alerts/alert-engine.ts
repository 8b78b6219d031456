import type { VolumeOutput } from '../../../core/detection';
import type { Alert, AlertReason, AlertRule, AlertSeverity, OnCall } from '../../../core/api';
import type { ServiceDeps } from '../../deps';
import type { LiveEvents } from '../../events/live-events';
import type { StoredMention } from '../../pipeline';
import { listAlertRules } from './alert-rules';
import { higherSeverity, loadAlert } from './alerts.store';
import { assessImpact } from './impact';
import { type MinuteCounts, addToRollups, countByMinute } from './rollups';
import { INTERVAL_MS, type SeriesState, advanceSeries, emptySeries } from './series';

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

/** The value a rule reads from one brand's minute. */
function valueOf(rule: AlertRule, minute: MinuteCounts): number {
  switch (rule.signal) {
    case 'volume':
      return minute.mentions;
    case 'negative_volume':
      return minute.negative;
    case 'category_volume':
      return rule.category ? (minute.categories.get(rule.category) ?? 0) : 0;
    default:
      return 0;
  }
}

/** Signals the detectors can read today: counts per interval. */
const COUNT_SIGNALS = new Set(['volume', 'negative_volume', 'category_volume']);
/** Categories that are a crisis at any size. */
const GRAVE_CATEGORIES = new Set(['data_privacy', 'account_security', 'product_quality']);

/**
 * Critical when the surge is several times the usual and either negative or about a grave category,
 * or when the hour holds ten times the rule's floor; a surge of all mentions alone is a warning.
 */
export function severityOf(rule: AlertRule, observed: number, expected: number, lastHour: number): AlertSeverity {
  const ratio = observed / Math.max(expected, 1);
  const grave = rule.signal === 'negative_volume' || (rule.signal === 'category_volume' && GRAVE_CATEGORIES.has(rule.category ?? ''));
  if ((grave && ratio >= 5) || (rule.minPerHour > 0 && lastHour >= 10 * rule.minPerHour)) return 'critical';
  return 'warning';
}

function groupKey(rule: AlertRule, brandId: number): string {
  return `rule:${rule.id}:brand:${brandId}`;
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
  const series = new Map<string, SeriesState>();
  const inQueue = createWorkspaceQueue();
  const utcOffsetMinutes = options.utcOffsetMinutes ?? 7 * 60;

  async function seriesFor(ruleId: number, brandId: number): Promise<SeriesState> {
    const key = `${ruleId}:${brandId}`;
    let state = series.get(key);
    if (!state) {
      const row = await db
        .selectFrom('detector_states')
        .select('state')
        .where('rule_id', '=', ruleId)
        .where('brand_id', '=', brandId)
        .executeTakeFirst();
      state = row ? (JSON.parse(row.state) as SeriesState) : emptySeries();
      series.set(key, state);
    }
    return state;
  }

  async function saveSeries(workspaceId: number, ruleId: number, brandId: number, state: SeriesState) {
    const now = clock.now();
    await db
      .insertInto('detector_states')
      .values({ rule_id: ruleId, brand_id: brandId, workspace_id: workspaceId, state: JSON.stringify(state), updated_at: now })
      .onConflict((oc) => oc.columns(['rule_id', 'brand_id']).doUpdateSet({ state: JSON.stringify(state), updated_at: now }))
      .execute();
  }

  async function saveBaselines(workspaceId: number, ruleId: number, brandId: number, closed: { t: number; output: VolumeOutput }[]) {
    for (let i = 0; i < closed.length; i += 200) {
      const rows = closed.slice(i, i + 200).map(({ t, output }) => ({
        rule_id: ruleId,
        brand_id: brandId,
        workspace_id: workspaceId,
        t,
        observed: output.value,
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
   * A firing raises an alert, or updates the open one for the same rule and brand. While a burst goes
   * on without firing again (`active`), the open alert follows it, so its window covers the whole event.
   */
  async function fire(workspaceId: number, rule: AlertRule, brandId: number, t: number, output: VolumeOutput, lastHour: number) {
    const now = clock.now();
    const reason: AlertReason = {
      signal: rule.signal,
      category: rule.category,
      windowStart: t,
      windowEnd: t + INTERVAL_MS,
      observed: output.value,
      expected: Math.round(output.expected * 100) / 100,
      upper: Math.round(output.upper * 100) / 100,
      score: Math.round(output.score * 1000) / 1000,
      lastHour,
      minPerHour: rule.minPerHour,
    };
    const severity = severityOf(rule, output.value, output.expected, lastHour);
    const impact = await assessImpact(deps, workspaceId, brandId, t + INTERVAL_MS, output.expected * (HOUR / INTERVAL_MS));
    const key = groupKey(rule, brandId);
    const open = await db
      .selectFrom('alerts')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('group_key', '=', key)
      .where('status', '!=', 'resolved')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    if (!open && !output.alert) return;
    if (open) {
      const previous = JSON.parse(open.reason) as AlertReason;
      const newInterval = previous.windowStart !== t && output.alert;
      const keepReason = previous.observed > reason.observed || !output.alert;
      const nextSeverity = higherSeverity(open.severity as AlertSeverity, severity);
      await db
        .updateTable('alerts')
        .set({
          severity: nextSeverity,
          reason: JSON.stringify(keepReason ? previous : reason),
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
        group_key: key,
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

  async function process(workspaceId: number, stored: readonly StoredMention[]) {
    const minutes = countByMinute(stored);
    if (minutes.length === 0) return;
    await addToRollups(deps, workspaceId, minutes);
    const rules = (await listAlertRules(deps, workspaceId)).filter((r) => r.enabled && COUNT_SIGNALS.has(r.signal));
    const brandIds = [...new Set(minutes.map((m) => m.brandId))];
    for (const rule of rules) {
      for (const brandId of brandIds) {
        if (rule.brandId !== null && rule.brandId !== brandId) continue;
        const counts = new Map<number, number>();
        for (const minute of minutes) {
          if (minute.brandId !== brandId) continue;
          const t = Math.floor(minute.minute / INTERVAL_MS) * INTERVAL_MS;
          counts.set(t, (counts.get(t) ?? 0) + valueOf(rule, minute));
        }
        const state = await seriesFor(rule.id, brandId);
        const { closed, assessment } = advanceSeries(state, counts, {
          rule: { sensitivity: rule.sensitivity, minCount: 3, minPerHour: 0, utcOffsetMinutes },
        });
        await saveBaselines(workspaceId, rule.id, brandId, closed);
        await saveSeries(workspaceId, rule.id, brandId, state);
        // An interval that closed as an alert, then the open one on its count so far.
        const hourBefore = (t: number) =>
          state.recent.reduce((sum, [start, count]) => (start > t - HOUR && start <= t ? sum + count : sum), 0);
        for (const { t, output } of closed) {
          if ((output.alert || output.active) && hourBefore(t) >= rule.minPerHour)
            await fire(workspaceId, rule, brandId, t, output, hourBefore(t));
        }
        const open = assessment?.output;
        if (assessment && state.open !== null && (open?.alert || open?.active) && assessment.lastHour >= rule.minPerHour) {
          await fire(workspaceId, rule, brandId, state.open, assessment.output, assessment.lastHour);
        }
      }
    }
    options.events.publish(workspaceId, { type: 'signals.updated', brandIds, at: clock.now() });
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
    afterStore: (workspaceId: number, stored: StoredMention[]) => inQueue(workspaceId, () => process(workspaceId, stored)),
    escalate,
    /** Forgets cached detector state (after a rule changes); the stored state is read again. */
    forget(ruleId?: number) {
      if (ruleId === undefined) series.clear();
      else for (const key of [...series.keys()]) if (key.startsWith(`${ruleId}:`)) series.delete(key);
    },
  };
}

export type AlertEngine = ReturnType<typeof createAlertEngine>;
