import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { T0, type TestApp, type TestClient, createTestApp, setupWorkspace } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { createApiToken, tokenClient } from '../../../test/support/factories';

describe.each(testDialects())('API tokens (%s)', (dialect) => {
  let t: TestApp;
  let owner: TestClient;
  let workspaceId: number;
  let tokensPath: string;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    ({ owner, workspaceId } = await setupWorkspace(t));
    tokensPath = `/api/workspaces/${workspaceId}/tokens`;
  });
  afterEach(async () => {
    await t.destroy();
  });

  it('shows the secret once, at creation, and stores only its hash', async () => {
    const res = await owner.post(tokensPath, { name: 'Zapier', scopes: ['mentions:write', 'mentions:write', 'brands:read'] });
    expect(res.status).toBe(200);
    const { token, secret } = res.body;
    expect(secret).toMatch(/^siaga_[A-Za-z0-9]{8}_[\w-]+$/);
    expect(secret.startsWith(`${token.prefix}_`)).toBe(true);
    expect(token).toEqual({
      id: expect.any(Number),
      name: 'Zapier',
      prefix: expect.any(String),
      scopes: ['mentions:write', 'brands:read'],
      createdAt: T0,
      lastUsedAt: null,
      revokedAt: null,
    });

    const list = await owner.get(tokensPath);
    expect(list.body).toEqual([token]);
    expect(JSON.stringify(list.body)).not.toContain(secret);
    const row = await t.ctx.db.selectFrom('api_tokens').selectAll().executeTakeFirstOrThrow();
    expect(Object.values(row).map(String)).not.toContain(secret);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lists tokens newest first and keeps revoked ones with their revocation time', async () => {
    const first = await createApiToken(owner, workspaceId, ['mentions:read'], 'pertama');
    t.clock.advance(5000);
    await createApiToken(owner, workspaceId, ['brands:read'], 'kedua');
    expect((await owner.delete(`${tokensPath}/${first.id}`)).status).toBe(200);
    const list = (await owner.get(tokensPath)).body;
    expect(list.map((x: any) => [x.name, x.revokedAt])).toEqual([
      ['kedua', null],
      ['pertama', T0 + 5000],
    ]);
    const again = await owner.delete(`${tokensPath}/${first.id}`);
    expect(again.status).toBe(404);
    const actions = (await owner.get(`/api/workspaces/${workspaceId}/audit?action=token.`)).body.items.map((e: any) => e.action);
    expect(actions).toEqual(['token.revoked', 'token.created', 'token.created']);
  });

  it('refuses unknown scopes and an empty scope list', async () => {
    expect((await owner.post(tokensPath, { name: 'x', scopes: ['admin'] })).status).toBe(400);
    expect((await owner.post(tokensPath, { name: 'x', scopes: [] })).status).toBe(400);
    expect((await owner.get(tokensPath)).body).toEqual([]);
  });

  it('never lets a token manage tokens, members or workspaces, whatever its scopes', async () => {
    const { secret } = await createApiToken(owner, workspaceId, ['mentions:write', 'mentions:read', 'brands:read']);
    const api = tokenClient(t, secret);
    expect((await api.get(tokensPath)).status).toBe(403);
    expect((await api.post(tokensPath, { name: 'anak', scopes: ['mentions:read'] })).status).toBe(403);
    expect((await api.post(`/api/workspaces/${workspaceId}/members`, { email: 'x@example.com', role: 'viewer' })).status).toBe(403);
    expect((await api.post('/api/workspaces', { name: 'Baru' })).status).toBe(403);
    expect((await api.post(`/api/workspaces/${workspaceId}/brands`, { name: 'Baru' })).status).toBe(403);
    expect((await api.get(`/api/workspaces/${workspaceId}/brands`)).status).toBe(200);
    expect((await api.get(`/api/workspaces/${workspaceId}/mentions`)).status).toBe(200);
    expect((await owner.get(tokensPath)).body).toHaveLength(1);
  });
});
