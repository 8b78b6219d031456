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
    expect(audit.map((a) => a.action)).toEqual(['playbook.version_saved', 'playbook.created']);
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
    expect((await app.owner.get(`${app.ws}/playbooks`)).body).toEqual([]);
  });

  it('keeps one active playbook per crisis type; archiving frees the type and restoring checks it again', async () => {
    const first = await createPlaybook(app.owner, app.workspaceId, { crisisType: 'scandal_legal' });
    await expect(createPlaybook(app.owner, app.workspaceId, { crisisType: 'scandal_legal' })).rejects.toThrow(/conflict/);
    expect((await app.owner.post(`${app.ws}/playbooks/${first.id}/archive`)).body.archived).toBe(true);
    const second = await createPlaybook(app.owner, app.workspaceId, { crisisType: 'scandal_legal', title: 'Skandal baru' });
    expect((await app.owner.post(`${app.ws}/playbooks/${first.id}/restore`)).status).toBe(409);

    const active = (await app.owner.get(`${app.ws}/playbooks`)).body as any[];
    expect(active.map((p) => p.id)).toEqual([second.id]);
    const archived = (await app.owner.get(`${app.ws}/playbooks?archived=true`)).body as any[];
    expect(archived.map((p) => p.id)).toEqual([first.id]);
    expect((await auditActions('playbook.archived')).map((a) => a.targetId)).toEqual([String(first.id)]);
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
    expect(await plan.findPlaybook(app.workspaceId, 'outage')).toBeNull();
    const other = await createPlaybook(app.owner, app.workspaceId, { crisisType: 'other', title: 'Umum' });
    const outage = await createPlaybook(app.owner, app.workspaceId, { crisisType: 'outage', title: 'Gangguan' });
    await app.owner.post(`${app.ws}/playbooks/${outage.id}/versions`, { title: 'Gangguan v2', steps: [makeStep('satu')] });

    expect(await plan.findPlaybook(app.workspaceId, 'outage')).toEqual({
      playbookId: outage.id,
      version: 2,
      crisisType: 'outage',
      title: 'Gangguan v2',
      steps: [makeStep('satu')],
    });
    expect(await plan.findPlaybook(app.workspaceId, 'hoax')).toMatchObject({ playbookId: other.id, crisisType: 'other', version: 1 });
    await app.owner.post(`${app.ws}/playbooks/${outage.id}/archive`);
    expect(await plan.findPlaybook(app.workspaceId, 'outage')).toMatchObject({ playbookId: other.id });
  });
});
