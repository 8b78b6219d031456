import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, type TestClient, createTestApp, setupWorkspace } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { countRows, createApiToken, inviteMember, tokenClient, userIdOf } from '../../../test/support/factories';

describe.each(testDialects())('members and role refusals (%s)', (dialect) => {
  let t: TestApp;
  let owner: TestClient;
  let workspaceId: number;
  let ws: string;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    ({ owner, workspaceId } = await setupWorkspace(t));
    ws = `/api/workspaces/${workspaceId}`;
  });
  afterEach(async () => {
    await t.destroy();
  });

  const expectError = (res: { status: number; body: any }, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
  };

  it('invites by a one-time link that signs the new member in with the invited role', async () => {
    const invited = await owner.post(`${ws}/members`, { email: 'Dewi@Example.com', role: 'analyst' });
    expect(invited.status).toBe(200);
    expect(invited.body.inviteUrl).toMatch(/^http:\/\/localhost:8080\/invite\/[\w-]+$/);
    const secret = invited.body.inviteUrl.split('/invite/')[1];
    expect((await t.client().get(`/api/invitations/${secret}`)).body).toEqual({
      email: 'dewi@example.com',
      workspaceName: 'Toko Maju',
      role: 'analyst',
      userExists: false,
    });

    const dewi = t.client();
    const accepted = await dewi.post(`/api/invitations/${secret}/accept`, { name: 'Dewi', password: 'kata-sandi-dewi-1' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.workspaces).toEqual([expect.objectContaining({ id: workspaceId, role: 'analyst' })]);
    expect((await dewi.get('/api/auth/me')).body.user.email).toBe('dewi@example.com');

    const again = await t.client().post(`/api/invitations/${secret}/accept`, { name: 'Dewi 2', password: 'kata-sandi-dewi-2' });
    expectError(again, 404, 'not_found');
    const members = (await owner.get(`${ws}/members`)).body;
    expect(members.members.map((m: any) => [m.email, m.role])).toEqual([
      ['owner@example.com', 'owner'],
      ['dewi@example.com', 'analyst'],
    ]);
    expect(members.invitations).toEqual([]);
  });

  it('refuses an invitation link after seven days', async () => {
    const invited = await owner.post(`${ws}/members`, { email: 'late@example.com', role: 'viewer' });
    t.clock.advance(7 * 24 * 3_600_000);
    const secret = invited.body.inviteUrl.split('/invite/')[1];
    expectError(
      await t.client().post(`/api/invitations/${secret}/accept`, { name: 'Late', password: 'kata-sandi-late-1' }),
      404,
      'not_found',
    );
    expect(await countRows(t, 'users')).toBe(1);
  });

  it('lets an analyst create brands but not a viewer', async () => {
    const viewer = await inviteMember(t, owner, workspaceId, 'viewer');
    const analyst = await inviteMember(t, owner, workspaceId, 'analyst');
    expectError(await viewer.post(`${ws}/brands`, { name: 'Dari Viewer' }), 403, 'forbidden');
    expect(await countRows(t, 'brands')).toBe(0);
    expect((await viewer.get(`${ws}/brands`)).status).toBe(200);
    const created = await analyst.post(`${ws}/brands`, { name: 'Dari Analyst' });
    expect(created.status).toBe(200);
    expect(created.body.name).toBe('Dari Analyst');
  });

  it('keeps API tokens, invitations and the audit log from a responder', async () => {
    const responder = await inviteMember(t, owner, workspaceId, 'responder');
    expectError(await responder.get(`${ws}/tokens`), 403, 'forbidden');
    expectError(await responder.post(`${ws}/tokens`, { name: 'x', scopes: ['mentions:read'] }), 403, 'forbidden');
    const { id } = await createApiToken(owner, workspaceId, ['mentions:read']);
    expectError(await responder.delete(`${ws}/tokens/${id}`), 403, 'forbidden');
    expectError(await responder.post(`${ws}/members`, { email: 'x@example.com', role: 'viewer' }), 403, 'forbidden');
    expectError(await responder.get(`${ws}/audit`), 403, 'forbidden');
    const tokens = await owner.get(`${ws}/tokens`);
    expect(tokens.body).toEqual([expect.objectContaining({ id, revokedAt: null })]);
  });

  it('answers 404 to a non-member, exactly as for a workspace that does not exist', async () => {
    const other = await owner.post('/api/workspaces', { name: 'Klien Lain' });
    expect(other.status).toBe(200);
    const otherId = other.body.id as number;
    const viewer = await inviteMember(t, owner, workspaceId, 'viewer');
    const { secret } = await createApiToken(owner, workspaceId, ['mentions:read', 'brands:read']);
    const api = tokenClient(t, secret);

    for (const client of [viewer, api]) {
      const foreign = await client.get(`/api/workspaces/${otherId}/brands`);
      const missing = await client.get('/api/workspaces/999999/brands');
      expectError(foreign, 404, 'not_found');
      expectError(missing, 404, 'not_found');
      expect(foreign.body.error.message).toBe(missing.body.error.message);
    }
    expectError(await viewer.get(`/api/workspaces/${otherId}/mentions`), 404, 'not_found');
    expect((await owner.get(`/api/workspaces/${otherId}/brands`)).status).toBe(200);
  });

  it('does not let an admin demote, remove or create an owner', async () => {
    const admin = await inviteMember(t, owner, workspaceId, 'admin');
    const ownerId = await userIdOf(owner);
    expectError(await admin.patch(`${ws}/members/${ownerId}`, { role: 'viewer' }), 403, 'forbidden');
    expectError(await admin.delete(`${ws}/members/${ownerId}`), 403, 'forbidden');
    expectError(await admin.post(`${ws}/members`, { email: 'boss@example.com', role: 'owner' }), 403, 'forbidden');
    const adminId = await userIdOf(admin);
    expectError(await admin.patch(`${ws}/members/${adminId}`, { role: 'owner' }), 403, 'forbidden');
    const roles = (await owner.get(`${ws}/members`)).body.members.map((m: any) => m.role);
    expect(roles).toEqual(['owner', 'admin']);
  });

  it('lets an admin change and remove members ranked below', async () => {
    const admin = await inviteMember(t, owner, workspaceId, 'admin');
    const viewer = await inviteMember(t, owner, workspaceId, 'viewer');
    const viewerId = await userIdOf(viewer);
    const changed = await admin.patch(`${ws}/members/${viewerId}`, { role: 'responder' });
    expect(changed.status).toBe(200);
    expect(changed.body.role).toBe('responder');
    expect((await admin.delete(`${ws}/members/${viewerId}`)).status).toBe(200);
    expectError(await viewer.get(`${ws}/brands`), 404, 'not_found');
  });

  it('never leaves a workspace without an owner', async () => {
    const ownerId = await userIdOf(owner);
    expectError(await owner.patch(`${ws}/members/${ownerId}`, { role: 'admin' }), 409, 'conflict');
    expectError(await owner.delete(`${ws}/members/${ownerId}`), 409, 'conflict');
    expect((await owner.get(`${ws}/members`)).body.members).toEqual([expect.objectContaining({ userId: ownerId, role: 'owner' })]);

    const second = await inviteMember(t, owner, workspaceId, 'admin', 'second@example.com');
    const secondId = await userIdOf(second);
    expect((await owner.patch(`${ws}/members/${secondId}`, { role: 'owner' })).body.role).toBe('owner');
    const steppedDown = await owner.patch(`${ws}/members/${ownerId}`, { role: 'admin' });
    expect(steppedDown.status).toBe(200);
    expect(steppedDown.body.role).toBe('admin');
    expectError(await second.delete(`${ws}/members/${secondId}`), 409, 'conflict');
  });

  it('records member changes in the audit log', async () => {
    const viewer = await inviteMember(t, owner, workspaceId, 'viewer');
    const viewerId = await userIdOf(viewer);
    await owner.patch(`${ws}/members/${viewerId}`, { role: 'analyst' });
    await owner.delete(`${ws}/members/${viewerId}`);
    const actions = (await owner.get(`${ws}/audit`)).body.items.map((e: any) => e.action);
    expect(actions).toEqual(['member.removed', 'member.role_changed', 'member.joined', 'member.invited', 'workspace.created']);
  });
});
