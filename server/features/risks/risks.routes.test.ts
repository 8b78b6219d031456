import { describe, expect, it } from 'vitest';
import { T0, useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { countRows, inviteMember, userIdOf } from '../../../test/support/factories';

const DAY = 24 * 60 * 60 * 1000;

describe.each(testDialects())('risk register API (%s)', (dialect) => {
  const w = useWorkspaceApp(dialect);
  const path = () => `${w.ws}/risks`;
  const leak = {
    title: 'Kebocoran data pelanggan',
    category: 'data_privacy',
    likelihood: 3,
    impact: 5,
    earlySigns: ['Pelanggan mengeluh menerima SMS penipuan', 'Tagar #bocor naik'],
    mitigation: 'Audit akses basis data tiap bulan',
    reviewDueAt: T0 + 30 * DAY,
  };

  it('creates a risk with its score, level and owner, and lists it with the heat map', async () => {
    const ownerId = await userIdOf(w.owner);
    const created = await w.owner.post(path(), { ...leak, ownerUserId: ownerId });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      title: leak.title,
      score: 15,
      level: 'high',
      owner: { userId: ownerId, name: 'Sari Owner' },
      earlySigns: leak.earlySigns,
      playbook: null,
      reviewDueAt: T0 + 30 * DAY,
      lastReviewedAt: null,
      reviewOverdue: false,
    });
    await w.owner.post(path(), { title: 'Gangguan aplikasi', category: 'outage', likelihood: 5, impact: 5 });
    const list = await w.owner.get(path());
    expect(list.body.items.map((r: any) => r.title)).toEqual(['Gangguan aplikasi', leak.title]);
    expect(list.body.heatMap).toHaveLength(25);
    expect(list.body.heatMap.find((c: any) => c.likelihood === 3 && c.impact === 5).riskIds).toEqual([created.body.id]);
    const filtered = await w.owner.get(`${path()}?likelihood=3&impact=5`);
    expect(filtered.body.items.map((r: any) => r.id)).toEqual([created.body.id]);
    expect(filtered.body.heatMap.filter((c: any) => c.riskIds.length > 0)).toHaveLength(2);
  });

  it('flags overdue reviews, and a review clears the flag and sets the next date', async () => {
    const created = await w.owner.post(path(), { ...leak, reviewDueAt: T0 + DAY });
    const other = await w.owner.post(path(), { ...leak, title: 'Hoaks promo palsu', category: 'hoax', reviewDueAt: T0 + 60 * DAY });
    w.t.clock.advance(2 * DAY);
    const list = await w.owner.get(path());
    expect(list.body.overdueCount).toBe(1);
    expect((await w.owner.get(`${path()}?overdue=true`)).body.items.map((r: any) => r.id)).toEqual([created.body.id]);
    expect((await w.owner.get(`${path()}?overdue=false`)).body.items.map((r: any) => r.id)).toEqual([other.body.id]);

    const past = await w.owner.post(`${path()}/${created.body.id}/review`, { nextReviewDueAt: T0 });
    expect(past.status).toBe(400);
    expect(past.body.error.details.issues[0].path).toBe('nextReviewDueAt');
    const reviewed = await w.owner.post(`${path()}/${created.body.id}/review`, { nextReviewDueAt: '2026-12-31T00:00:00Z' });
    expect(reviewed.body).toMatchObject({ reviewOverdue: false, lastReviewedAt: T0 + 2 * DAY, reviewDueAt: Date.UTC(2026, 11, 31) });
    expect((await w.owner.get(path())).body.overdueCount).toBe(0);
  });

  it('refuses bad input naming the field and stores nothing', async () => {
    const outsider = 999_999;
    const cases: [Record<string, unknown>, string][] = [
      [{ ...leak, likelihood: 6 }, 'likelihood'],
      [{ ...leak, impact: 0 }, 'impact'],
      [{ ...leak, category: 'alien_invasion' }, 'category'],
      [{ ...leak, title: ' ' }, 'title'],
      [{ ...leak, reviewDueAt: 'besok' }, 'reviewDueAt'],
      [{ ...leak, ownerUserId: outsider }, 'ownerUserId'],
    ];
    for (const [body, field] of cases) {
      const res = await w.owner.post(path(), body);
      expect(res.status, field).toBe(400);
      expect(res.body.error.details.issues.map((i: any) => i.path)).toContain(field);
    }
    const count = await w.t.ctx.db
      .selectFrom('risks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('lets everyone read the register and only crisis leads change it', async () => {
    const created = await w.owner.post(path(), leak);
    const viewer = await inviteMember(w.t, w.owner, w.workspaceId, 'viewer');
    const responder = await inviteMember(w.t, w.owner, w.workspaceId, 'responder');
    const lead = await inviteMember(w.t, w.owner, w.workspaceId, 'crisis_lead');
    expect((await viewer.get(path())).body.items).toHaveLength(1);
    expect((await viewer.post(path(), leak)).status).toBe(403);
    expect((await responder.patch(`${path()}/${created.body.id}`, { impact: 1 })).status).toBe(403);
    expect((await responder.delete(`${path()}/${created.body.id}`)).status).toBe(403);
    const changed = await lead.patch(`${path()}/${created.body.id}`, { impact: 1, mitigation: 'Enkripsi kolom sensitif' });
    expect(changed.body).toMatchObject({ impact: 1, score: 3, level: 'low', mitigation: 'Enkripsi kolom sensitif' });
    expect((await w.owner.get(`${path()}/999999`)).status).toBe(404);
  });

  it('links a playbook of the workspace by id, shows its title, and refuses one that does not exist', async () => {
    const playbooks = (await w.owner.get(`${w.ws}/playbooks`)).body as { id: number; title: string; crisisType: string }[];
    const breach = playbooks.find((p) => p.crisisType === 'data_privacy');
    expect(breach).toBeDefined();
    const linked = await w.owner.post(path(), { ...leak, playbookId: breach!.id });
    expect(linked.body.playbook).toEqual({ id: breach!.id, title: breach!.title });
    const missing = await w.owner.patch(`${path()}/${linked.body.id}`, { playbookId: 999_999 });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.issues[0]).toEqual({
      path: 'playbookId',
      message: 'playbook 999999 does not exist in this workspace',
    });
    await w.owner.post(`${w.ws}/playbooks/${breach!.id}/archive`, {});
    expect((await w.owner.get(`${path()}/${linked.body.id}`)).body.playbook).toEqual({ id: breach!.id, title: breach!.title });
  });

  it('audits every change', async () => {
    const created = await w.owner.post(path(), leak);
    const id = created.body.id;
    await w.owner.patch(`${path()}/${id}`, { likelihood: 4 });
    await w.owner.post(`${path()}/${id}/review`, { nextReviewDueAt: null });
    await w.owner.delete(`${path()}/${id}`);
    expect((await w.owner.get(`${path()}/${id}`)).status).toBe(404);
    const entries = (await w.owner.get(`${w.ws}/audit?action=risk.`)).body.items.map((e: any) => [e.action, e.targetId, e.details]);
    expect(entries).toEqual([
      ['risk.deleted', String(id), { title: leak.title }],
      ['risk.reviewed', String(id), { nextReviewDueAt: null }],
      ['risk.updated', String(id), { changed: ['likelihood'] }],
      ['risk.created', String(id), { title: leak.title, category: 'data_privacy', likelihood: 3, impact: 5 }],
    ]);
    expect(await countRows(w.t, 'audit_log', w.workspaceId)).toBeGreaterThanOrEqual(4);
  });
});
