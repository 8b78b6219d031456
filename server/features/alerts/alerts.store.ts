import type { Kysely, Selectable } from 'kysely';
import type { Alert, AlertImpact, AlertReason, AlertSeverity, AlertStatus } from '../../../core/api';
import type { AlertsTable, Database } from '../../db/schema';
import { decodeCursor, encodeCursor } from '../../db/keyset-cursor';
import { AppError } from '../../errors';

type AlertRow = Selectable<AlertsTable>;

const HOUR = 3_600_000;
const NEGATIVE_SIGNALS = new Set(['negative_volume', 'negative_share', 'reach_negativity', 'net_sentiment']);

function mentionsFilter(row: AlertRow, reason: AlertReason): Alert['mentions'] {
  // A post going viral: the post and its replies and reshares, which need not name the brand.
  if (reason.post)
    return {
      from: reason.post.createdAt,
      to: Math.max(row.last_fired_at, reason.windowEnd),
      platform: reason.post.platform,
      post: reason.post.externalId,
    };
  return {
    brandId: row.brand_id,
    from: reason.windowStart - HOUR,
    to: Math.max(row.last_fired_at, reason.windowEnd),
    ...(NEGATIVE_SIGNALS.has(reason.signal) ? { sentiment: 'negative' as const } : {}),
    ...(reason.category ? { category: reason.category } : {}),
    ...(reason.clusterKey ? { cluster: reason.clusterKey } : {}),
    // The term as a phrase search (a hashtag is searched by its words).
    ...(reason.term ? { q: `"${reason.term.replace(/["#]/g, ' ').trim()}"` } : {}),
  };
}

async function namesOf(db: Kysely<Database>, rows: readonly AlertRow[]) {
  const brandIds = [...new Set(rows.map((r) => r.brand_id))];
  const userIds = [...new Set(rows.flatMap((r) => [r.acknowledged_by, r.resolved_by]).filter((id): id is number => id !== null))];
  const brands = brandIds.length ? await db.selectFrom('brands').select(['id', 'name']).where('id', 'in', brandIds).execute() : [];
  const users = userIds.length ? await db.selectFrom('users').select(['id', 'name', 'email']).where('id', 'in', userIds).execute() : [];
  return {
    brand: new Map(brands.map((b) => [b.id, b.name])),
    user: new Map(users.map((u) => [u.id, u.name || u.email])),
  };
}

export async function toAlerts(db: Kysely<Database>, rows: readonly AlertRow[]): Promise<Alert[]> {
  const names = await namesOf(db, rows);
  return rows.map((row) => {
    const reason = JSON.parse(row.reason) as AlertReason;
    return {
      id: row.id,
      brandId: row.brand_id,
      brandName: names.brand.get(row.brand_id) ?? '',
      ruleId: row.rule_id,
      severity: row.severity as AlertSeverity,
      status: row.status as AlertStatus,
      reason,
      impact: JSON.parse(row.impact) as AlertImpact,
      firings: row.firings,
      firstFiredAt: row.first_fired_at,
      lastFiredAt: row.last_fired_at,
      acknowledgedAt: row.acknowledged_at,
      acknowledgedBy: row.acknowledged_by === null ? null : (names.user.get(row.acknowledged_by) ?? null),
      snoozedUntil: row.snoozed_until,
      resolvedAt: row.resolved_at,
      resolvedBy: row.resolved_by === null ? null : (names.user.get(row.resolved_by) ?? null),
      resolution: row.resolution,
      escalationStep: row.escalation_step,
      mentions: mentionsFilter(row, reason),
      incidentId: row.incident_id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  });
}

export async function loadAlert(db: Kysely<Database>, workspaceId: number, alertId: number): Promise<Alert> {
  const row = await db
    .selectFrom('alerts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', alertId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('alert');
  return (await toAlerts(db, [row]))[0]!;
}

export interface AlertListFilter {
  status?: AlertStatus | 'active' | undefined;
  severity?: AlertSeverity | undefined;
  brandId?: number | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** Newest activity first; `active` means open, acknowledged or snoozed (everything not resolved). */
export async function listAlerts(db: Kysely<Database>, workspaceId: number, filter: AlertListFilter) {
  let query = db.selectFrom('alerts').selectAll().where('workspace_id', '=', workspaceId);
  if (filter.status === 'active') query = query.where('status', '!=', 'resolved');
  else if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.severity) query = query.where('severity', '=', filter.severity);
  if (filter.brandId) query = query.where('brand_id', '=', filter.brandId);
  if (filter.cursor) {
    const { at, id } = decodeCursor(filter.cursor);
    query = query.where((eb) => eb.or([eb('last_fired_at', '<', at), eb.and([eb('last_fired_at', '=', at), eb('id', '<', id)])]));
  }
  const rows = await query
    .orderBy('last_fired_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
    .execute();
  const page = rows.slice(0, filter.limit);
  const last = page[page.length - 1];
  return {
    items: await toAlerts(db, page),
    nextCursor: rows.length > filter.limit && last ? encodeCursor({ at: last.last_fired_at, id: last.id }) : null,
  };
}

const SEVERITY_RANK: Record<AlertSeverity, number> = { info: 0, warning: 1, critical: 2 };

export function higherSeverity(a: AlertSeverity, b: AlertSeverity): AlertSeverity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}
