import { type AnyDb, notNull, ref, withId } from './migration-kit';

const counts = ['mentions', 'negative', 'neutral', 'positive', 'reach', 'negative_reach'] as const;

/** Minute rollups of each brand's signals, alert rules, the detectors' state, alerts and the on-call order. */
export async function up(db: AnyDb): Promise<void> {
  // One row per brand and minute (event time): charts and detectors read these, never the raw mentions.
  let rollups = db.schema
    .createTable('signal_rollups')
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('brand_id', 'bigint', ref('brands'))
    .addColumn('minute', 'bigint', notNull);
  for (const column of counts) rollups = rollups.addColumn(column, 'bigint', (c) => c.notNull().defaultTo(0));
  await rollups.addPrimaryKeyConstraint('signal_rollups_pk', ['workspace_id', 'brand_id', 'minute']).execute();

  await db.schema
    .createTable('signal_category_rollups')
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('brand_id', 'bigint', ref('brands'))
    .addColumn('minute', 'bigint', notNull)
    .addColumn('category', 'text', notNull)
    .addColumn('mentions', 'bigint', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('signal_category_rollups_pk', ['workspace_id', 'brand_id', 'minute', 'category'])
    .execute();

  await withId(db, db.schema.createTable('alert_rules'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('brand_id', 'bigint', (c) => c.references('brands.id').onDelete('cascade'))
    .addColumn('signal', 'text', notNull)
    .addColumn('category', 'text')
    .addColumn('sensitivity', 'text', notNull)
    .addColumn('min_per_hour', 'integer', notNull)
    .addColumn('enabled', 'integer', notNull)
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    .execute();
  await db.schema.createIndex('alert_rules_workspace_idx').on('alert_rules').columns(['workspace_id']).execute();

  // A detector's learnt baseline per rule and brand, so a restart (or another process) carries on from it.
  await db.schema
    .createTable('detector_states')
    .addColumn('rule_id', 'bigint', ref('alert_rules'))
    .addColumn('brand_id', 'bigint', ref('brands'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('state', 'text', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    .addPrimaryKeyConstraint('detector_states_pk', ['rule_id', 'brand_id'])
    .execute();

  // The baseline band of each closed interval, for the charts.
  await db.schema
    .createTable('signal_baselines')
    .addColumn('rule_id', 'bigint', ref('alert_rules'))
    .addColumn('brand_id', 'bigint', ref('brands'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('t', 'bigint', notNull)
    .addColumn('observed', 'real', notNull)
    .addColumn('expected', 'real', notNull)
    .addColumn('lower', 'real', notNull)
    .addColumn('upper', 'real', notNull)
    .addColumn('score', 'real', notNull)
    .addPrimaryKeyConstraint('signal_baselines_pk', ['rule_id', 'brand_id', 't'])
    .execute();

  await withId(db, db.schema.createTable('alerts'))
    .addColumn('workspace_id', 'bigint', ref('workspaces'))
    .addColumn('brand_id', 'bigint', ref('brands'))
    .addColumn('rule_id', 'bigint', (c) => c.references('alert_rules.id').onDelete('set null'))
    // One unfolding event is one alert: firings with the same key update the open alert.
    .addColumn('group_key', 'text', notNull)
    .addColumn('severity', 'text', notNull)
    .addColumn('status', 'text', notNull)
    .addColumn('reason', 'text', notNull)
    .addColumn('impact', 'text', notNull)
    .addColumn('firings', 'integer', notNull)
    .addColumn('first_fired_at', 'bigint', notNull)
    .addColumn('last_fired_at', 'bigint', notNull)
    .addColumn('acknowledged_at', 'bigint')
    .addColumn('acknowledged_by', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('snoozed_until', 'bigint')
    .addColumn('resolved_at', 'bigint')
    .addColumn('resolved_by', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('resolution', 'text')
    .addColumn('escalation_step', 'integer', notNull)
    .addColumn('escalated_at', 'bigint', notNull)
    .addColumn('incident_id', 'bigint')
    .addColumn('created_at', 'bigint', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    .execute();
  await db.schema.createIndex('alerts_timeline_idx').on('alerts').columns(['workspace_id', 'last_fired_at', 'id']).execute();
  await db.schema.createIndex('alerts_group_idx').on('alerts').columns(['workspace_id', 'group_key', 'status']).execute();
  await db.schema.createIndex('alerts_escalation_idx').on('alerts').columns(['status', 'severity', 'escalated_at']).execute();

  await db.schema
    .createTable('oncall_orders')
    .addColumn('workspace_id', 'bigint', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('escalate_after_minutes', 'integer', notNull)
    .addColumn('steps', 'text', notNull)
    .addColumn('updated_at', 'bigint', notNull)
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'oncall_orders',
    'alerts',
    'signal_baselines',
    'detector_states',
    'alert_rules',
    'signal_category_rollups',
    'signal_rollups',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
