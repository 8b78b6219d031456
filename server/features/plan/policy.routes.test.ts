import { describe, expect, it } from 'vitest';
import { STARTER_POLICY } from '../../../core/plan/starter';
import { useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { createApiToken, inviteMember, tokenClient, userIdOf } from '../../../test/support/factories';

describe.each(testDialects())('social media policy (%s)', (dialect) => {
  const app = useWorkspaceApp(dialect);
  const publish = (client = app.owner, note = '') =>
    client.post(`${app.ws}/policy/versions`, { ...STARTER_POLICY.id, language: 'id', note });

  it('asks every member to acknowledge each published version and shows the leads who has not', async () => {
    const responder = await inviteMember(app.t, app.owner, app.workspaceId, 'responder');
    const viewer = await inviteMember(app.t, app.owner, app.workspaceId, 'viewer');
    expect((await responder.get(`${app.ws}/policy`)).body).toEqual({ current: null, acknowledgedAt: null });

    const published = await publish(app.owner, 'Versi pertama');
    expect(published.status).toBe(200);
    expect(published.body.current).toMatchObject({ version: 1, title: 'Kebijakan media sosial', language: 'id', note: 'Versi pertama' });
    expect(published.body.acknowledgedAt).not.toBeNull();

    expect((await responder.get(`${app.ws}/policy`)).body.acknowledgedAt).toBeNull();
    const acked = await responder.post(`${app.ws}/policy/acknowledge`, { version: 1 });
    expect(acked.status).toBe(200);
    expect(acked.body.acknowledgedAt).toBeGreaterThan(0);
    expect((await responder.post(`${app.ws}/policy/acknowledge`, { version: 1 })).status).toBe(200);

    const status = (await app.owner.get(`${app.ws}/policy/acknowledgements`)).body;
    expect(status.version).toBe(1);
    expect(status.acknowledged.map((m: any) => m.role).sort()).toEqual(['owner', 'responder']);
    expect(status.pending.map((m: any) => [m.userId, m.role])).toEqual([[await userIdOf(viewer), 'viewer']]);

    // A new version asks everyone again, and an acknowledgement of the old one is refused.
    app.t.clock.advance(60_000);
    const second = await app.owner.post(`${app.ws}/policy/versions`, { ...STARTER_POLICY.en, language: 'en', note: 'English' });
    expect(second.body.current.version).toBe(2);
    expect((await responder.post(`${app.ws}/policy/acknowledge`, { version: 1 })).status).toBe(409);
    const again = (await app.owner.get(`${app.ws}/policy/acknowledgements`)).body;
    expect(again.pending.map((m: any) => m.role).sort()).toEqual(['responder', 'viewer']);

    const versions = (await viewer.get(`${app.ws}/policy/versions`)).body as any[];
    expect(versions.map((v) => [v.version, v.acknowledged])).toEqual([
      [2, 1],
      [1, 2],
    ]);
    expect((await viewer.get(`${app.ws}/policy/versions/1`)).body.body).toBe(STARTER_POLICY.id.body.trim());

    const audit = (await app.owner.get(`${app.ws}/audit?action=policy.`)).body.items as any[];
    expect(audit.map((e) => [e.action, e.targetId])).toEqual([
      ['policy.published', '2'],
      ['policy.acknowledged', '1'],
      ['policy.published', '1'],
    ]);
  });

  it('lets only crisis leads publish or see who has not acknowledged, and never a token acknowledge', async () => {
    const responder = await inviteMember(app.t, app.owner, app.workspaceId, 'responder');
    expect((await publish(responder)).status).toBe(403);
    expect((await responder.get(`${app.ws}/policy/acknowledgements`)).status).toBe(403);
    const bad = await app.owner.post(`${app.ws}/policy/versions`, { title: '', language: 'xx', body: 'pendek' });
    expect(bad.status).toBe(400);
    expect((bad.body.error.details.issues as any[]).map((i) => i.path).sort()).toEqual(['body', 'language', 'title']);
    expect((await app.owner.get(`${app.ws}/policy`)).body.current).toBeNull();
    expect((await app.owner.post(`${app.ws}/policy/acknowledge`, { version: 1 })).status).toBe(404);

    const lead = await inviteMember(app.t, app.owner, app.workspaceId, 'crisis_lead');
    expect((await publish(lead)).status).toBe(200);
    const token = await createApiToken(app.owner, app.workspaceId, ['mentions:read']);
    expect((await tokenClient(app.t, token.secret).post(`${app.ws}/policy/acknowledge`, { version: 1 })).status).toBe(403);
  });
});
