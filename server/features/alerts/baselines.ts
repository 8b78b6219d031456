import { runSqliteTransaction } from '../../db/sqlite-session';
import type { ServiceDeps } from '../../deps';
import type { ClosedInterval } from './series';

const INSERT_BASELINE = `insert into signal_baselines (rule_id, brand_id, workspace_id, t, observed, expected, lower, upper, score)
  values (?, ?, ?, ?, ?, ?, ?, ?, ?)
  on conflict (rule_id, brand_id, t) do nothing`;

/**
 * Closed intervals' bands on SQLite through one prepared statement: a batch in random time order
 * closes thousands of intervals per rule and brand at once. Null when the connection cannot be reached
 * this way (the caller then writes them through Kysely).
 */
export function saveBaselinesOnSqlite(
  db: ServiceDeps['db'],
  workspaceId: number,
  ruleId: number,
  brandId: number,
  points: readonly ClosedInterval[],
): Promise<true | null> {
  return runSqliteTransaction(db, (session) => {
    const insert = session.prepare(INSERT_BASELINE);
    for (const { t, output } of points)
      insert.run(ruleId, brandId, workspaceId, t, output.value, output.expected, output.lower, output.upper, output.score);
    return true;
  });
}
