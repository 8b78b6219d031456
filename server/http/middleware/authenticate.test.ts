import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OWNER, type TestApp, type TestClient, createTestApp, setupWorkspace } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { countRows, createApiToken, createBrand, makeMention, tokenClient } from '../../../test/support/factories';

describe.each(testDialects())('CSRF protection and authentication (%s)', (dialect) => {
  let t: TestApp;
  let owner: TestClient;
  let workspaceId: number;
  let brandsPath: string;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    ({ owner, workspaceId } = await setupWorkspace(t));
    brandsPath = `/api/workspaces/${workspaceId}/brands`;
  });
  afterEach(async () => {
    await t.destroy();
  });

  const expectCsrfRefusal = (res: { status: number; body: any }) => {
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf_failed');
  };

  it('refuses a cookie-authenticated POST without X-CSRF-Token and creates nothing', async () => {
    expectCsrfRefusal(await owner.withCsrf(null).post(brandsPath, { name: 'Kopi Kenangan' }));
    expect(await countRows(t, 'brands')).toBe(0);
    expect(await countRows(t, 'audit_log', workspaceId)).toBe(1); // only workspace.created
  });

  it('refuses a wrong X-CSRF-Token, including the token of another session', async () => {
    expectCsrfRefusal(await owner.withCsrf('forged-token').post(brandsPath, { name: 'Kopi Kenangan' }));
    const other = t.client();
    await other.post('/api/auth/login', { email: OWNER.email, password: OWNER.password });
    expect(other.csrfToken).not.toBe(owner.csrfToken);
    expectCsrfRefusal(await owner.withCsrf(other.csrfToken).post(brandsPath, { name: 'Kopi Kenangan' }));
    expect(await countRows(t, 'brands')).toBe(0);
  });

  it('refuses PATCH and DELETE without the token and leaves the brand as it was', async () => {
    const { brandId } = await createBrand(owner, workspaceId, 'Kopi Kenangan');
    const noCsrf = owner.withCsrf(null);
    expectCsrfRefusal(await noCsrf.patch(`${brandsPath}/${brandId}`, { name: 'Diganti' }));
    expectCsrfRefusal(await noCsrf.delete(`${brandsPath}/${brandId}`));
    expectCsrfRefusal(await owner.withCsrf('salah').delete(`${brandsPath}/${brandId}`));
    const brand = await owner.get(`${brandsPath}/${brandId}`);
    expect(brand.status).toBe(200);
    expect(brand.body.name).toBe('Kopi Kenangan');
  });

  it('lets GET through without the token', async () => {
    await createBrand(owner, workspaceId, 'Kopi Kenangan');
    const res = await owner.withCsrf(null).get(brandsPath);
    expect(res.status).toBe(200);
    expect(res.body.map((b: { name: string }) => b.name)).toEqual(['Kopi Kenangan']);
  });

  it('accepts the change with the session’s own token', async () => {
    const res = await owner.post(brandsPath, { name: 'Kopi Kenangan' });
    expect(res.status).toBe(200);
    expect(await countRows(t, 'brands')).toBe(1);
  });

  it('asks an API-token request for no CSRF token', async () => {
    const { secret } = await createApiToken(owner, workspaceId, ['mentions:write', 'brands:read']);
    const api = tokenClient(t, secret);
    expect(api.csrfToken).toBeNull();
    const res = await api.post(`/api/workspaces/${workspaceId}/mentions/batch`, { mentions: [makeMention()] });
    expect(res.status).toBe(200);
    expect(res.body.imported).toBe(1);
  });

  it('refuses an unknown bearer token even next to a valid session cookie', async () => {
    const client = owner.withCsrf(owner.csrfToken);
    client.bearer = 'siaga_nope_nottoken';
    const res = await client.get(brandsPath);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('answers 401 to a request without any credentials', async () => {
    const res = await t.client().get(brandsPath);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
    const post = await t.client().post(brandsPath, { name: 'X' });
    expect(post.status).toBe(401);
    expect(await countRows(t, 'brands')).toBe(0);
  });
});
