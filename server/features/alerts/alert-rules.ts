import type { Selectable } from 'kysely';
import type { CrisisCategory } from '../../../core/analysis';
import type { AlertRule, AlertRuleInput, Sensitivity, SignalKind } from '../../../core/api';
import type { AlertRulesTable } from '../../db/schema';
import type { ServiceDeps } from '../../deps';

type RuleRow = Selectable<AlertRulesTable>;

/**
 * The rules a workspace starts with: a surge of negative mentions, a surge of all mentions, the
 * categories that are crises even in small numbers (leaked data, hijacked accounts, unsafe products),
 * a jump in the negative share while volume stays flat, phrases that burst (information, unless the
 * talk is negative), near-identical posts from many new accounts, a negative post on course to
 * draw 100 replies and reshares, and a negative post gaining likes, comments and shares far faster than
 * the brand's usual posts or at 500 an hour. Floors keep a small brand from being woken by three comments.
 */
export const DEFAULT_ALERT_RULES: readonly Omit<AlertRuleInput, 'brandId'>[] = [
  { signal: 'negative_volume', category: null, sensitivity: 'medium', minPerHour: 20 },
  { signal: 'volume', category: null, sensitivity: 'low', minPerHour: 50 },
  { signal: 'category_volume', category: 'data_privacy', sensitivity: 'high', minPerHour: 5 },
  { signal: 'category_volume', category: 'account_security', sensitivity: 'high', minPerHour: 5 },
  { signal: 'category_volume', category: 'product_quality', sensitivity: 'medium', minPerHour: 10 },
  { signal: 'negative_share', category: null, sensitivity: 'medium', minPerHour: 30 },
  { signal: 'emerging_term', category: null, sensitivity: 'medium', minPerHour: 10 },
  { signal: 'coordinated', category: null, sensitivity: 'medium', minPerHour: 10 },
  { signal: 'virality', category: null, sensitivity: 'medium', minPerHour: 100 },
  { signal: 'engagement_velocity', category: null, sensitivity: 'medium', minPerHour: 500 },
];

export function toAlertRule(row: RuleRow): AlertRule {
  return {
    id: row.id,
    brandId: row.brand_id,
    signal: row.signal as SignalKind,
    category: row.category as CrisisCategory | null,
    sensitivity: row.sensitivity as Sensitivity,
    minPerHour: row.min_per_hour,
    enabled: row.enabled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The workspace's rules, oldest first. A workspace that has never had rules gets the defaults on
 * first use; one whose members deleted them all keeps none (a row in workspace settings says so).
 */
export async function listAlertRules({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>, workspaceId: number): Promise<AlertRule[]> {
  const rows = await db.selectFrom('alert_rules').selectAll().where('workspace_id', '=', workspaceId).orderBy('id').execute();
  if (rows.length > 0) return rows.map(toAlertRule);
  const seeded = await db.selectFrom('oncall_orders').select('workspace_id').where('workspace_id', '=', workspaceId).executeTakeFirst();
  if (seeded) return [];
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    // The on-call row marks the workspace as set up, so deleting every rule later is respected.
    await trx
      .insertInto('oncall_orders')
      .values({ workspace_id: workspaceId, escalate_after_minutes: 15, steps: '[]', updated_at: now })
      .onConflict((oc) => oc.column('workspace_id').doNothing())
      .execute();
    await trx
      .insertInto('alert_rules')
      .values(
        DEFAULT_ALERT_RULES.map((rule) => ({
          workspace_id: workspaceId,
          brand_id: null,
          signal: rule.signal,
          category: rule.category ?? null,
          sensitivity: rule.sensitivity ?? 'medium',
          min_per_hour: rule.minPerHour ?? 20,
          enabled: 1,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
  });
  return listAlertRules({ db, clock }, workspaceId);
}
