import type { AlertImpact, AlertReason } from '../../core/api';
import { T0, type TestApp } from './app';

const MINUTE = 60_000;

/**
 * An alert as the engine stores it, without the days of history a detector needs to fire: the crisis
 * room only reads what an alert says. `signal: 'volume'` keeps its mentions filter to brand and time.
 */
export async function insertAlert(
  t: TestApp,
  workspaceId: number,
  brandId: number,
  overrides: { reason?: Partial<AlertReason>; impact?: Partial<AlertImpact>; severity?: string } = {},
): Promise<number> {
  const reason: AlertReason = {
    signal: 'volume',
    category: null,
    windowStart: T0 - 10 * MINUTE,
    windowEnd: T0,
    observed: 60,
    expected: 8,
    upper: 15,
    score: 0.99,
    lastHour: 90,
    minPerHour: 20,
    ...overrides.reason,
  };
  const impact: AlertImpact = {
    scope: 'national',
    perHour: 90,
    speedRatio: 6,
    reach: 250_000,
    negativeShare: 0.75,
    categories: [{ category: 'product_quality', mentions: 40 }],
    languages: { id: 90 },
    platforms: { twitter: 80, news: 2 },
    ...overrides.impact,
  };
  const row = await t.ctx.db
    .insertInto('alerts')
    .values({
      workspace_id: workspaceId,
      brand_id: brandId,
      rule_id: null,
      group_key: `brand:${brandId}`,
      severity: overrides.severity ?? 'critical',
      status: 'open',
      reason: JSON.stringify(reason),
      impact: JSON.stringify(impact),
      firings: 1,
      first_fired_at: T0,
      last_fired_at: T0,
      acknowledged_at: null,
      acknowledged_by: null,
      snoozed_until: null,
      resolved_at: null,
      resolved_by: null,
      resolution: null,
      escalation_step: 0,
      escalated_at: T0,
      incident_id: null,
      created_at: T0,
      updated_at: T0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The notifications stored for a workspace, oldest first, as kind and dedupe key. */
export async function storedNotifications(t: TestApp, workspaceId: number) {
  const rows = await t.ctx.db
    .selectFrom('notification_messages')
    .select(['kind', 'dedupe_key', 'title', 'body'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ kind: r.kind, key: r.dedupe_key, title: r.title, body: r.body }));
}
