import type { z } from 'zod';
import type {
  Alert,
  AlertListQuerySchema,
  AlertRule,
  AlertRuleInputSchema,
  AlertRulePatchSchema,
  OnCall,
  SignalQuerySchema,
  SignalSeries,
} from '../../../core/api';
import { AlertRuleInputSchema as RuleInput } from '../../../core/api';
import type { ServiceDeps } from '../../deps';
import { AppError, issuesFromZod } from '../../errors';
import type { LiveEvents } from '../../events/live-events';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';
import type { AlertEngine } from './alert-engine';
import { listAlertRules, toAlertRule } from './alert-rules';
import { listAlerts, loadAlert } from './alerts.store';
import { readSignalSeries } from './signal-series';

const MAX_SERIES_POINTS = 2000;

export function createAlertService(deps: ServiceDeps, engine: AlertEngine, events: LiveEvents) {
  const { db, clock } = deps;

  async function change(
    workspaceId: number,
    alertId: number,
    actor: Actor,
    action: string,
    set: Record<string, unknown>,
    details?: object,
  ) {
    const alert = await loadAlert(db, workspaceId, alertId);
    const now = clock.now();
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('alerts')
        .set({ ...set, updated_at: now })
        .where('id', '=', alertId)
        .execute();
      await recordAudit(trx, actor, now, {
        workspaceId,
        action,
        targetType: 'alert',
        targetId: alertId,
        details: { from: alert.status, ...details },
      });
    });
    const updated = await loadAlert(db, workspaceId, alertId);
    events.publish(workspaceId, { type: 'alert.updated', alert: updated });
    return updated;
  }

  async function ruleRow(workspaceId: number, ruleId: number) {
    const row = await db
      .selectFrom('alert_rules')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', ruleId)
      .executeTakeFirst();
    if (!row) throw AppError.notFound('alert rule');
    return row;
  }

  async function checkBrand(workspaceId: number, brandId: number | null | undefined) {
    if (brandId === null || brandId === undefined) return;
    const brand = await db
      .selectFrom('brands')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', brandId)
      .executeTakeFirst();
    if (!brand) throw AppError.validation([{ path: 'brandId', message: `no brand ${brandId} in this workspace` }]);
  }

  return {
    list: (workspaceId: number, filter: z.output<typeof AlertListQuerySchema>) => listAlerts(db, workspaceId, filter),
    get: (workspaceId: number, alertId: number): Promise<Alert> => loadAlert(db, workspaceId, alertId),

    async acknowledge(workspaceId: number, alertId: number, actor: Actor): Promise<Alert> {
      const alert = await loadAlert(db, workspaceId, alertId);
      if (alert.status === 'resolved') throw new AppError('conflict', 'This alert is already resolved');
      return change(workspaceId, alertId, actor, 'alert.acknowledged', {
        status: 'acknowledged',
        acknowledged_at: clock.now(),
        acknowledged_by: actor.userId,
        snoozed_until: null,
      });
    },

    async snooze(workspaceId: number, alertId: number, minutes: number, actor: Actor): Promise<Alert> {
      const alert = await loadAlert(db, workspaceId, alertId);
      if (alert.status === 'resolved') throw new AppError('conflict', 'This alert is already resolved');
      return change(
        workspaceId,
        alertId,
        actor,
        'alert.snoozed',
        { status: 'snoozed', snoozed_until: clock.now() + minutes * 60_000 },
        { minutes },
      );
    },

    async resolve(workspaceId: number, alertId: number, resolution: string, actor: Actor): Promise<Alert> {
      const alert = await loadAlert(db, workspaceId, alertId);
      if (alert.status === 'resolved') throw new AppError('conflict', 'This alert is already resolved');
      return change(workspaceId, alertId, actor, 'alert.resolved', {
        status: 'resolved',
        resolved_at: clock.now(),
        resolved_by: actor.userId,
        resolution: resolution || null,
        snoozed_until: null,
      });
    },

    listRules: (workspaceId: number): Promise<AlertRule[]> => listAlertRules(deps, workspaceId),

    async createRule(workspaceId: number, input: z.output<typeof AlertRuleInputSchema>, actor: Actor): Promise<AlertRule> {
      await listAlertRules(deps, workspaceId);
      await checkBrand(workspaceId, input.brandId);
      const now = clock.now();
      const id = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('alert_rules')
          .values({
            workspace_id: workspaceId,
            brand_id: input.brandId,
            signal: input.signal,
            category: input.category,
            sensitivity: input.sensitivity,
            min_per_hour: input.minPerHour,
            enabled: input.enabled ? 1 : 0,
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'alert_rule.created',
          targetType: 'alert_rule',
          targetId: row.id,
          details: input,
        });
        return row.id;
      });
      return toAlertRule(await ruleRow(workspaceId, id));
    },

    async updateRule(workspaceId: number, ruleId: number, patch: z.output<typeof AlertRulePatchSchema>, actor: Actor): Promise<AlertRule> {
      const current = toAlertRule(await ruleRow(workspaceId, ruleId));
      const merged = RuleInput.safeParse({ ...current, ...patch });
      if (!merged.success) throw AppError.validation(issuesFromZod(merged.error));
      await checkBrand(workspaceId, merged.data.brandId);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('alert_rules')
          .set({
            brand_id: merged.data.brandId,
            signal: merged.data.signal,
            category: merged.data.category,
            sensitivity: merged.data.sensitivity,
            min_per_hour: merged.data.minPerHour,
            enabled: merged.data.enabled ? 1 : 0,
            updated_at: now,
          })
          .where('id', '=', ruleId)
          .execute();
        // What the detector learnt belongs to the signal it watched; a different signal starts afresh.
        if (merged.data.signal !== current.signal || merged.data.category !== current.category) {
          await trx.deleteFrom('detector_states').where('rule_id', '=', ruleId).execute();
          await trx.deleteFrom('signal_baselines').where('rule_id', '=', ruleId).execute();
        }
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'alert_rule.updated',
          targetType: 'alert_rule',
          targetId: ruleId,
          details: patch,
        });
      });
      engine.forget(ruleId);
      return toAlertRule(await ruleRow(workspaceId, ruleId));
    },

    async deleteRule(workspaceId: number, ruleId: number, actor: Actor): Promise<void> {
      await ruleRow(workspaceId, ruleId);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('alert_rules').where('id', '=', ruleId).execute();
        await recordAudit(trx, actor, now, { workspaceId, action: 'alert_rule.deleted', targetType: 'alert_rule', targetId: ruleId });
      });
      engine.forget(ruleId);
    },

    async getOnCall(workspaceId: number): Promise<OnCall> {
      await listAlertRules(deps, workspaceId);
      const row = await db.selectFrom('oncall_orders').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirstOrThrow();
      return { escalateAfterMinutes: row.escalate_after_minutes, steps: JSON.parse(row.steps) as OnCall['steps'] };
    },

    async setOnCall(workspaceId: number, order: OnCall, actor: Actor, knownChannelIds: ReadonlySet<number>): Promise<OnCall> {
      const issues = order.steps.flatMap((step, i) =>
        step.channelIds
          .map((id, j) => ({ id, j }))
          .filter(({ id }) => !knownChannelIds.has(id))
          .map(({ id, j }) => ({ path: `steps.${i}.channelIds.${j}`, message: `no notification channel ${id} in this workspace` })),
      );
      if (issues.length > 0) throw AppError.validation(issues);
      await listAlertRules(deps, workspaceId);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('oncall_orders')
          .set({ escalate_after_minutes: order.escalateAfterMinutes, steps: JSON.stringify(order.steps), updated_at: now })
          .where('workspace_id', '=', workspaceId)
          .execute();
        await recordAudit(trx, actor, now, { workspaceId, action: 'oncall.updated', details: order });
      });
      return order;
    },

    async signals(workspaceId: number, query: z.output<typeof SignalQuerySchema>): Promise<SignalSeries> {
      if (query.to <= query.from) throw AppError.validation([{ path: 'to', message: 'must be after from' }]);
      const points = Math.ceil((query.to - query.from) / (query.interval * 60_000));
      if (points > MAX_SERIES_POINTS) {
        throw AppError.validation([{ path: 'interval', message: `too many points (${points}); use a longer interval or a shorter range` }]);
      }
      await checkBrand(workspaceId, query.brandId);
      return readSignalSeries(deps, workspaceId, query);
    },
  };
}

export type AlertService = ReturnType<typeof createAlertService>;
