import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, createTestApp, setupWorkspace } from '../../test/support/app';
import { createTestDatabase } from '../../test/support/database';
import { testDialects } from '../../test/support/dialects';
import { createAppContext } from '../app-context';
import { createManualClock } from '../clock';
import { loadConfig } from '../config';
import { MIGRATIONS } from '../db/migrations';
import { createLogger } from '../logger';

describe.each(testDialects())('HTTP surface (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => {
    await t.destroy();
  });

  it('answers an unknown API route with the JSON error shape and a request id', async () => {
    const res = await t.app.request('/api/no-such-thing', { method: 'POST' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = await res.json();
    expect(body).toEqual({
      error: { code: 'not_found', message: expect.stringContaining('/api/no-such-thing'), requestId: expect.any(String) },
    });
    expect(res.headers.get('x-request-id')).toBe(body.error.requestId);
  });

  it('keeps a well-formed incoming X-Request-Id and replaces a malformed one', async () => {
    const kept = await t.app.request('/api/nope', { headers: { 'x-request-id': 'req-123.abc' } });
    expect((await kept.json()).error.requestId).toBe('req-123.abc');
    const replaced = await t.app.request('/api/nope', { headers: { 'x-request-id': 'bad id with spaces' } });
    const id = (await replaced.json()).error.requestId;
    expect(id).not.toBe('bad id with spaces');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('hides the cause of an unexpected failure behind an internal error with a request id', async () => {
    const { owner, workspaceId } = await setupWorkspace(t);
    await sql`drop table audit_log`.execute(t.ctx.db);
    const res = await owner.get(`/api/workspaces/${workspaceId}/audit`);
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('internal');
    expect(res.body.error.requestId).toEqual(expect.any(String));
    expect(JSON.stringify(res.body)).not.toMatch(/audit_log|sqlite|relation/i);
  });

  it('answers /healthz and /readyz when the schema is current', async () => {
    const health = await t.app.request('/healthz');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await t.app.request('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('exposes request durations for Prometheus on /metrics', async () => {
    await t.app.request('/api/setup/status');
    const res = await t.app.request('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toContain('# TYPE siaga_http_request_duration_seconds histogram');
    expect(text).toMatch(/siaga_http_request_duration_seconds_count\{method="GET",route="\/api\/setup\/status",status="200"\} 1/);
    expect(text).toContain('siaga_mentions_ingested_total');
  });

  it('publishes an OpenAPI 3.1 document that lists the mentions batch path', async () => {
    const res = await t.app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: '/api' }]);
    const batch = doc.paths['/workspaces/{workspaceId}/mentions/batch'];
    expect(batch.post.requestBody.content['application/json'].schema).toBeDefined();
    expect(Object.keys(batch.post.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '413']));
    expect(doc.components.securitySchemes.bearerToken).toEqual({ type: 'http', scheme: 'bearer' });
    // The ingest summary counts posts whose engagement rose; a mention's details carry its readings and velocity.
    expect(JSON.stringify(batch.post.responses['200'])).toContain('engagementUpdated');
    const detail = JSON.stringify(doc.paths['/workspaces/{workspaceId}/mentions/{mentionId}'].get.responses['200']);
    expect(detail).toContain('snapshots');
    expect(detail).toContain('perHour');
  });

  it('serves the API reference page', async () => {
    const res = await t.app.request('/api/docs');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('swagger-ui');
  });

  it('sets security headers on every response', async () => {
    const res = await t.app.request('/healthz');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});

describe.each(testDialects())('readiness before migrations (%s)', (dialect) => {
  it('answers /readyz with 503 while migrations are pending, and 200 after migrating', async () => {
    const database = await createTestDatabase(dialect, { migrate: false });
    try {
      const config = loadConfig({ SIAGA_DATA_DIR: database.dataDir, LOG_LEVEL: 'silent' });
      const ctx = createAppContext({ config, database: database.handle, clock: createManualClock(0), logger: createLogger('silent') });
      const app = ctx.createHttpApp();
      const before = await app.request('/readyz');
      expect(before.status).toBe(503);
      expect(await before.json()).toEqual({ status: 'not_ready', reason: 'migrations pending', pending: Object.keys(MIGRATIONS) });
      expect((await app.request('/healthz')).status).toBe(200);
      await ctx.migrate();
      expect((await app.request('/readyz')).status).toBe(200);
      await ctx.pipeline.drain();
    } finally {
      await database.destroy();
    }
  });
});
