import { Hono } from 'hono';
import { sql } from 'kysely';
import { pendingMigrations } from '../db/migrate';
import type { ServiceDeps } from '../deps';
import type { AppEnv } from '../security/principal';

/** Liveness, readiness (database reachable, schema current) and Prometheus metrics. */
export function opsRoutes({ db, metrics }: Pick<ServiceDeps, 'db' | 'metrics'>) {
  return new Hono<AppEnv>()
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .get('/readyz', async (c) => {
      try {
        await sql`select 1`.execute(db);
        const pending = await pendingMigrations(db);
        if (pending.length > 0) return c.json({ status: 'not_ready', reason: 'migrations pending', pending }, 503);
        return c.json({ status: 'ready' });
      } catch (error) {
        return c.json({ status: 'not_ready', reason: 'database unreachable', detail: String(error) }, 503);
      }
    })
    .get('/metrics', async (c) => c.text(await metrics.metrics(), 200, { 'Content-Type': metrics.contentType }));
}
