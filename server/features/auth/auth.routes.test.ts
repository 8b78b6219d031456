import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OWNER, type TestApp, createTestApp, setupWorkspace } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { countRows } from '../../../test/support/factories';

const setupBody = (token: string) => ({
  token,
  workspaceName: 'Toko Maju',
  name: OWNER.name,
  email: OWNER.email,
  password: OWNER.password,
  locale: 'id',
});

describe.each(testDialects())('first-time setup (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => {
    await t.destroy();
  });

  it('says setup is needed until the first user exists', async () => {
    const client = t.client();
    expect((await client.get('/api/setup/status')).body).toEqual({ needsSetup: true });
    await setupWorkspace(t);
    expect((await client.get('/api/setup/status')).body).toEqual({ needsSetup: false });
  });

  it('refuses a wrong setup token and creates nothing', async () => {
    await t.ctx.services.auth.issueSetupToken();
    const res = await t.client().post('/api/setup', setupBody('not-the-printed-token'));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_setup_token');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await countRows(t, 'users')).toBe(0);
    expect(await countRows(t, 'workspaces')).toBe(0);
    expect((await t.client().get('/api/setup/status')).body.needsSetup).toBe(true);
  });

  it('refuses a setup token replaced by a newer one', async () => {
    const first = await t.ctx.services.auth.issueSetupToken();
    await t.ctx.services.auth.issueSetupToken();
    const res = await t.client().post('/api/setup', setupBody(first as string));
    expect(res.body.error?.code).toBe('invalid_setup_token');
    expect(await countRows(t, 'users')).toBe(0);
  });

  it('refuses a setup token after 24 hours', async () => {
    const token = await t.ctx.services.auth.issueSetupToken();
    t.clock.advance(24 * 3_600_000);
    const res = await t.client().post('/api/setup', setupBody(token as string));
    expect(res.body.error?.code).toBe('invalid_setup_token');
  });

  it('creates the owner and workspace with the printed token, signed in, only once', async () => {
    const token = (await t.ctx.services.auth.issueSetupToken()) as string;
    const client = t.client();
    const res = await client.post('/api/setup', setupBody(token));
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ email: OWNER.email, name: OWNER.name, locale: 'id' });
    expect(res.body.workspaces).toEqual([{ id: expect.any(Number), slug: 'toko-maju', name: 'Toko Maju', role: 'owner' }]);
    expect(res.headers.get('set-cookie')).toMatch(/siaga_session=.+; .*HttpOnly/i);
    expect((await client.get('/api/auth/me')).body.user.email).toBe(OWNER.email);

    const again = await t.client().post('/api/setup', { ...setupBody(token), email: 'other@example.com' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('setup_done');
    expect(await countRows(t, 'users')).toBe(1);
    expect(await countRows(t, 'workspaces')).toBe(1);
  });

  it('issues no setup token once a user exists', async () => {
    expect(await t.ctx.services.auth.issueSetupToken()).toEqual(expect.any(String));
    await setupWorkspace(t);
    expect(await t.ctx.services.auth.issueSetupToken()).toBeNull();
  });

  it('stops setup tokens working once a user is created from the shell', async () => {
    const token = (await t.ctx.services.auth.issueSetupToken()) as string;
    await t.ctx.services.auth.createUser({
      email: 'cli@example.com',
      name: 'Cli',
      password: 'rahasia-sekali-123',
      locale: 'id',
      workspaceName: 'Dari Shell',
    });
    const res = await t.client().post('/api/setup', setupBody(token));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('setup_done');
  });
});

describe.each(testDialects())('sign-in (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect, { SIAGA_LOGIN_ATTEMPTS_PER_15_MIN: '3' });
    await setupWorkspace(t);
  });
  afterEach(async () => {
    await t.destroy();
  });

  const login = (password: string, email: string = OWNER.email) => {
    const client = t.client();
    return { client, res: client.post('/api/auth/login', { email, password }) };
  };

  it('signs in with the right password and sets an httpOnly session cookie', async () => {
    const { client, res } = login(OWNER.password);
    const response = await res;
    expect(response.status).toBe(200);
    expect(response.body.user.email).toBe(OWNER.email);
    expect(response.body.csrfToken).toEqual(expect.any(String));
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^siaga_session=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await client.get('/api/auth/me')).status).toBe(200);
  });

  it('accepts the e-mail in any case', async () => {
    expect((await login(OWNER.password, OWNER.email.toUpperCase()).res).status).toBe(200);
  });

  it('refuses a wrong password or unknown e-mail with the same answer and no cookie', async () => {
    for (const attempt of [login('salah-sekali-123'), login(OWNER.password, 'nobody@example.com')]) {
      const res = await attempt.res;
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('invalid_credentials');
      expect(res.headers.get('set-cookie')).toBeNull();
      expect((await attempt.client.get('/api/auth/me')).status).toBe(401);
    }
  });

  it('rate-limits after SIAGA_LOGIN_ATTEMPTS_PER_15_MIN failures, even the right password, and lifts after 15 minutes', async () => {
    for (let i = 0; i < 3; i++) expect((await login('salah-sekali-123').res).status).toBe(401);
    const limited = await login(OWNER.password).res;
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');

    t.clock.advance(15 * 60_000 - 1);
    expect((await login(OWNER.password).res).status).toBe(429);
    t.clock.advance(1);
    expect((await login(OWNER.password).res).status).toBe(200);
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    for (let i = 0; i < 2; i++) await login('salah-sekali-123').res;
    expect((await login(OWNER.password).res).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await login('salah-sekali-123').res).status).toBe(401);
    expect((await login(OWNER.password).res).status).toBe(200);
  });

  it('ends the session on logout, also for a copy of the cookie', async () => {
    const { client, res } = login(OWNER.password);
    await res;
    const stolen = client.withCsrf(client.csrfToken);
    const out = await client.post('/api/auth/logout');
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/siaga_session=;/);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    const reused = await stolen.get('/api/auth/me');
    expect(reused.status).toBe(401);
    expect(reused.body.error.code).toBe('unauthenticated');
  });

  it('expires a session that is not used for the session lifetime', async () => {
    const { client, res } = login(OWNER.password);
    await res;
    t.clock.advance(14 * 24 * 3_600_000);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });
});
