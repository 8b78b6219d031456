import { describe, expect, it } from 'vitest';
import { useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { inviteMember, userIdOf } from '../../../test/support/factories';
import { createPlaybook, makeStep } from '../../../test/support/plan';

describe.each(testDialects())('playbooks (%s)', (dialect) => {
  const app = useWorkspaceApp(dialect);

  async function auditActions(prefix: string) {
    const res = await app.owner.get(`${app.ws}/audit?action=${prefix}`);
    return (res.body.items as any[]).map((e) => ({ action: e.action, targetId: e.targetId, details: e.details }));
  }

  it('saves every edit as a new version, keeps old versions readable and says who changed what', async () => {
    const created = await createPlaybook(app.owner, app.workspaceId, { crisisType: 'outage', title: 'Layanan mati' });
    expect(created).toMatchObject({ version: 1, crisisType: 'outage', stepCount: 2, archived: false, language: 'id' });
    expect(created.steps.map((s) => s.key)).toEqual(['akui', 'selidiki']);

    const saved = await app.owner.post(`${app.ws}/playbooks/${created.id}/versions`, {
      title: 'Layanan terganggu',
      steps: [makeStep('akui', { dueAfterMinutes: 30 }), makeStep('pulihkan', { ownerRole: 'responder' })],
      note: 'Tenggat pengakuan dipercepat',
      basedOn: 1,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, title: 'Layanan terganggu', note: 'Tenggat pengakuan dipercepat' });

    const first = await app.owner.get(`${app.ws}/playbooks/${created.id}/versions/1`);
    expect(first.body).toMatchObject({ version: 1, title: 'Layanan mati' });
    expect(first.body.steps[0].dueAfterMinutes).toBe(60);

    const history = (await app.owner.get(`${app.ws}/playbooks/${created.id}/versions`)).body as any[];
    const ownerId = await userIdOf(app.owner);
    expect(history.map((h) => h.version)).toEqual([2, 1]);
    expect(history[0].savedBy).toEqual({ userId: ownerId, name: 'Sari Owner' });
    expect(history[0].changes).toEqual({
      title: { from: 'Layanan mati', to: 'Layanan terganggu' },
      added: [{ key: 'pulihkan', title: 'Langkah pulihkan' }],
      removed: [{ key: 'selidiki', title: 'Langkah selidiki' }],
      changed: [{ key: 'akui', title: 'Langkah akui', fields: ['dueAfterMinutes'] }],
      reordered: false,
    });
    expect(history[1].changes).toBeNull();

    const audit = await auditActions('playbook.');
    // The new playbook replaced the starter outage playbook, which is archived.
    expect(audit.map((a) => a.action)).toEqual(['playbook.version_saved', 'playbook.created', 'playbook.archived']);
    expect(audit[2]?.details).toMatchObject({ crisisType: 'outage', replacedBy: created.id });
    expect(audit[0]?.details).toMatchObject({ version: 2, note: 'Tenggat pengakuan dipercepat' });
  });

  it('refuses a save based on an outdated version, and a save that changes nothing', async () => {
    const { id, steps } = await createPlaybook(app.owner, app.workspaceId, { crisisType: 'hoax' });
    const edit = { title: 'Hoaks', steps, basedOn: 1 };
    expect((await app.owner.post(`${app.ws}/playbooks/${id}/versions`, edit)).status).toBe(200);
    const stale = await app.owner.post(`${app.ws}/playbooks/${id}/versions`, { ...edit, title: 'Hoaks lagi' });
    expect(stale.status).toBe(409);
    const same = await app.owner.post(`${app.ws}/playbooks/${id}/versions`, { title: 'Hoaks', steps });
    expect(same.status).toBe(400);
    expect((await app.owner.get(`${app.ws}/playbooks/${id}`)).body.version).toBe(2);
  });

  it('rejects bad steps with the path of each bad field and stores nothing', async () => {
    const before = (await app.owner.get(`${app.ws}/playbooks?archived=any`)).body;
    const res = await app.owner.post(`${app.ws}/playbooks`, {
      crisisType: 'outage',
      title: 'Rusak',
      language: 'id',
      steps: [makeStep('a'), { ...makeStep('a'), ownerRole: 'intern', dueAfterMinutes: -5 }, { ...makeStep('c'), title: '' }],
    });
    expect(res.status).toBe(400);
    const paths = (res.body.error.details.issues as { path: string }[]).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['steps.1.ownerRole', 'steps.1.dueAfterMinutes', 'steps.2.title']));
    const duplicate = await app.owner.post(`${app.ws}/playbooks`, {
      crisisType: 'outage',
      title: 'Rusak',
      language: 'id',
      steps: [makeStep('a'), makeStep('a')],
    });
    expect(duplicate.body.error.details.issues).toEqual([{ path: 'steps.1.key', message: '"a" is used by an earlier step' }]);
    expect((await app.owner.get(`${app.ws}/playbooks?archived=any`)).body).toEqual(before);
  });

  it('keeps one active playbook per crisis type: a new or restored playbook archives the one it replaces', async () => {
    const starter = ((await app.owner.get(`${app.ws}/playbooks?crisisType=scandal_legal`)).body as any[])[0];
    expect(starter).toMatchObject({ starterKey: 'scandal', archived: false });
    const own = await createPlaybook(app.owner, app.workspaceId, { crisisType: 'scandal_legal', title: 'Skandal kami' });

    const active = (await app.owner.get(`${app.ws}/playbooks?crisisType=scandal_legal`)).body as any[];
    expect(active.map((p) => p.id)).toEqual([own.id]);
    const archived = (await app.owner.get(`${app.ws}/playbooks?archived=true`)).body as any[];
    expect(archived.map((p) => p.id)).toEqual([starter.id]);

    expect((await app.owner.post(`${app.ws}/playbooks/${starter.id}/restore`)).body.archived).toBe(false);
    expect((await app.owner.get(`${app.ws}/playbooks/${own.id}`)).body.archived).toBe(true);
    expect((await app.owner.post(`${app.ws}/playbooks/${starter.id}/archive`)).body.archived).toBe(true);
    expect((await app.owner.get(`${app.ws}/playbooks?crisisType=scandal_legal`)).body).toEqual([]);
    const audit = await auditActions('playbook.');
    expect(audit.slice(0, 4).map((a) => [a.action, a.targetId])).toEqual([
      ['playbook.archived', String(starter.id)],
      ['playbook.restored', String(starter.id)],
      ['playbook.archived', String(own.id)],
      ['playbook.created', String(own.id)],
    ]);
  });

  it('lets every member read the plan and only crisis leads write it', async () => {
    const { id, steps } = await createPlaybook(app.owner, app.workspaceId, { crisisType: 'outage' });
    const viewer = await inviteMember(app.t, app.owner, app.workspaceId, 'viewer');
    expect((await viewer.get(`${app.ws}/playbooks/${id}`)).status).toBe(200);
    expect((await viewer.post(`${app.ws}/playbooks/${id}/versions`, { title: 'X', steps })).status).toBe(403);
    expect((await viewer.post(`${app.ws}/playbooks/${id}/archive`)).status).toBe(403);
    expect((await viewer.post(`${app.ws}/playbooks`, { crisisType: 'hoax', title: 'X', language: 'id', steps })).status).toBe(403);
    const lead = await inviteMember(app.t, app.owner, app.workspaceId, 'crisis_lead');
    expect((await lead.post(`${app.ws}/playbooks/${id}/versions`, { title: 'Oleh lead', steps })).status).toBe(200);
  });

  it('gives incidents the playbook for the crisis type, else the `other` one, else none', async () => {
    const plan = app.t.ctx.services.plan;
    const starterOutage = await plan.findPlaybook(app.workspaceId, 'outage');
    expect(starterOutage).toMatchObject({ crisisType: 'outage', version: 1, title: 'Gangguan layanan' });
    expect(starterOutage?.steps[0]).toMatchObject({ key: 'confirm-outage', ownerRole: 'monitor', dueAfterMinutes: 10 });

    const outage = await createPlaybook(app.owner, app.workspaceId, { crisisType: 'outage', title: 'Gangguan' });
    await app.owner.post(`${app.ws}/playbooks/${outage.id}/versions`, { title: 'Gangguan v2', steps: [makeStep('satu')] });
    expect(await plan.findPlaybook(app.workspaceId, 'outage')).toEqual({
      playbookId: outage.id,
      version: 2,
      crisisType: 'outage',
      title: 'Gangguan v2',
      steps: [makeStep('satu')],
    });

    // No starter covers billing: the general playbook answers for it, until it is archived too.
    const general = await plan.findPlaybook(app.workspaceId, 'price_billing');
    expect(general).toMatchObject({ crisisType: 'other', title: 'Krisis umum' });
    await app.owner.post(`${app.ws}/playbooks/${general?.playbookId}/archive`);
    expect(await plan.findPlaybook(app.workspaceId, 'price_billing')).toBeNull();
    expect(await plan.findPlaybook(app.workspaceId, 'other')).toBeNull();
  });

  it('starts a workspace with the starter library in its owner’s language, and installs only what is missing', async () => {
    const starters = (await app.owner.get(`${app.ws}/playbooks`)).body as any[];
    expect(starters).toHaveLength(10);
    expect(starters.every((p) => p.language === 'id' && p.version === 1 && p.starterKey)).toBe(true);
    const history = (await app.owner.get(`${app.ws}/playbooks/${starters[0].id}/versions`)).body;
    expect(history[0].note).toBe('Dari pustaka panduan awal Siaga');

    const again = await app.owner.post(`${app.ws}/playbooks/install-starter`, { language: 'en' });
    expect(again.body).toMatchObject({ added: [] });
    expect(again.body.kept).toHaveLength(10);

    // A workspace set up before the library existed has only what its people wrote.
    const { steps } = await app.owner.get(`${app.ws}/playbooks/${starters.find((p) => p.crisisType === 'hoax').id}`).then((r) => r.body);
    await app.t.ctx.db.deleteFrom('playbooks').where('workspace_id', '=', app.workspaceId).where('crisis_type', '!=', 'outage').execute();
    const outage = starters.find((p) => p.crisisType === 'outage');
    await app.owner.post(`${app.ws}/playbooks/${outage.id}/versions`, { title: 'Gangguan versi kami', steps: [makeStep('a')] });
    const own = await createPlaybook(app.owner, app.workspaceId, { crisisType: 'hoax', title: 'Hoaks versi kami', steps });

    const installed = await app.owner.post(`${app.ws}/playbooks/install-starter`, { language: 'en' });
    expect(installed.status).toBe(200);
    expect(installed.body.kept.sort()).toEqual(['hoax', 'service-outage']);
    expect(installed.body.added).toHaveLength(8);
    expect(installed.body.added.every((p: any) => p.language === 'en')).toBe(true);
    expect((await app.owner.get(`${app.ws}/playbooks/${outage.id}`)).body).toMatchObject({ title: 'Gangguan versi kami', version: 2 });
    expect((await app.owner.get(`${app.ws}/playbooks/${own.id}`)).body.archived).toBe(false);

    const audit = await auditActions('plan.starter_installed');
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({ language: 'en', kept: expect.arrayContaining(['hoax', 'service-outage']) });
    const viewer = await inviteMember(app.t, app.owner, app.workspaceId, 'viewer');
    expect((await viewer.post(`${app.ws}/playbooks/install-starter`, { language: 'id' })).status).toBe(403);
  });

  it('gives a workspace made by an English speaker the English starter library, and documents the plan API', async () => {
    const { userId, workspace } = await app.t.ctx.services.auth.createUser({
      email: 'james@example.com',
      name: 'James',
      password: 'a-long-enough-password-1',
      locale: 'en',
      workspaceName: 'Corner Shop',
    });
    expect(userId).toBeGreaterThan(0);
    const rows = await app.t.ctx.db
      .selectFrom('playbooks')
      .select(['title', 'language'])
      .where('workspace_id', '=', workspace!.id)
      .execute();
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.language === 'en')).toBe(true);
    expect(rows.map((r) => r.title)).toContain('Data or privacy breach');

    const doc = (await app.owner.get('/api/openapi.json')).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/workspaces/{workspaceId}/playbooks/{playbookId}/versions',
        '/workspaces/{workspaceId}/crisis-team/{scope}',
        '/workspaces/{workspaceId}/policy/acknowledge',
      ]),
    );
  });
});
