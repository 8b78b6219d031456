import { sql } from 'kysely';
import type { z } from 'zod';
import type { AlertSeverity, SignalKind, SignalPoint, SignalQuerySchema, SignalSeries } from '../../../core/api';
import type { CrisisCategory } from '../../../core/analysis';
import type { ServiceDeps } from '../../deps';
import { readRollups } from './rollups';
import { INTERVAL_MS } from './series';

/**
 * A brand's signals between `from` and `to` in intervals of the chosen length, read from the minute
 * rollups, with the volume rule's baseline band where its detector has one (five-minute intervals,
 * combined for longer ones).
 */
export async function readSignalSeries(
  { db }: Pick<ServiceDeps, 'db'>,
  workspaceId: number,
  query: z.output<typeof SignalQuerySchema>,
): Promise<SignalSeries> {
  const step = query.interval * 60_000;
  const from = Math.floor(query.from / step) * step;
  const { to, brandId } = query;
  const rows = await readRollups({ db }, workspaceId, brandId, from, to);
  const points: SignalPoint[] = [];
  for (let t = from; t < to; t += step) {
    points.push({
      t,
      mentions: 0,
      negative: 0,
      neutral: 0,
      positive: 0,
      reach: 0,
      negativeReach: 0,
      authors: 0,
      netSentiment: null,
      expected: null,
      lower: null,
      upper: null,
    });
  }
  const at = (t: number) => points[Math.floor((t - from) / step)];
  for (const row of rows) {
    const point = at(Number(row.minute));
    if (!point) continue;
    point.mentions += Number(row.mentions);
    point.negative += Number(row.negative);
    point.neutral += Number(row.neutral);
    point.positive += Number(row.positive);
    point.reach += Number(row.reach);
    point.negativeReach += Number(row.negative_reach);
    point.authors += Number(row.authors);
  }
  for (const point of points) point.netSentiment = point.mentions > 0 ? (point.positive - point.negative) / point.mentions : null;

  // The band of the volume rule that watches this brand (its own rule first, else the workspace's).
  const rule = await db
    .selectFrom('alert_rules')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('signal', '=', 'volume')
    .where((eb) => eb.or([eb('brand_id', '=', brandId), eb('brand_id', 'is', null)]))
    // A brand's own rule before the workspace's (NULLs sort differently on SQLite and PostgreSQL).
    .orderBy(sql`case when brand_id is null then 1 else 0 end`)
    .orderBy('id')
    .executeTakeFirst();
  if (rule && step % INTERVAL_MS === 0) {
    const baselines = await db
      .selectFrom('signal_baselines')
      .select(['t', 'expected', 'lower', 'upper'])
      .where('rule_id', '=', rule.id)
      .where('brand_id', '=', brandId)
      .where('t', '>=', from)
      .where('t', '<', to)
      .execute();
    // Expected values add up; the band's half-widths add in quadrature (independent intervals), so a
    // longer interval's band is as tight, relative to its total, as the detector's own.
    const spread = new Map<SignalPoint, { below: number; above: number }>();
    for (const b of baselines) {
      const point = at(Number(b.t));
      if (!point) continue;
      point.expected = (point.expected ?? 0) + b.expected;
      const s = spread.get(point) ?? { below: 0, above: 0 };
      s.below += (b.expected - b.lower) ** 2;
      s.above += (b.upper - b.expected) ** 2;
      spread.set(point, s);
    }
    for (const [point, s] of spread) {
      point.lower = Math.max(0, (point.expected ?? 0) - Math.sqrt(s.below));
      point.upper = (point.expected ?? 0) + Math.sqrt(s.above);
    }
  }

  const categories = await db
    .selectFrom('signal_category_rollups')
    .select((eb) => ['category', eb.fn.sum<number>('mentions').as('mentions')])
    .where('workspace_id', '=', workspaceId)
    .where('brand_id', '=', brandId)
    .where('minute', '>=', from)
    .where('minute', '<', to)
    .groupBy('category')
    .execute();
  const alerts = await db
    .selectFrom('alerts')
    .select(['id', 'first_fired_at', 'severity', 'reason'])
    .where('workspace_id', '=', workspaceId)
    .where('brand_id', '=', brandId)
    .where('first_fired_at', '>=', from)
    .where('first_fired_at', '<', to)
    .orderBy('first_fired_at')
    .execute();
  return {
    brandId,
    interval: query.interval,
    points,
    categories: categories
      .map((c) => ({ category: c.category as CrisisCategory, mentions: Number(c.mentions) }))
      .sort((a, b) => b.mentions - a.mentions),
    alerts: alerts.map((a) => ({
      id: a.id,
      at: a.first_fired_at,
      severity: a.severity as AlertSeverity,
      signal: (JSON.parse(a.reason) as { signal: SignalKind }).signal,
    })),
  };
}
