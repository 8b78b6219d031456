import { describe, expect, it } from 'vitest';
import { T0, useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { createBrand, ingestMentions, inviteMember, makeMention, userIdOf } from '../../../test/support/factories';
import { createPlaybook, makeStep } from '../../../test/support/plan';

const MINUTE = 60_000;

describe.each(testDialects())('the crisis room (%s)', (dialect) => {
  const app = useWorkspaceApp(dialect);

  async function room() {
    const { brandId } = await createBrand(app.owner, app.workspaceId, 'Rasamie', 'rasamie');
    const stored = await ingestMentions(
      app.t,
      app.workspaceId,
      [1, 2, 3].map((i) => makeMention({ text: `Rasamie bikin mual ${i}`, createdAt: T0 - i * MINUTE })),
    );
    expect(stored.imported).toBe(3);
    await createPlaybook(app.owner, app.workspaceId, {
      crisisType: 'outage',
      steps: [makeStep('akui', { checklist: ['Cek fakta', 'Kirim'] }), makeStep('pulihkan', { ownerRole: 'responder' })],
    });
    const res = await app.owner.post(`${app.ws}/incidents`, { title: 'Aplikasi mati', crisisType: 'outage', brandId });
    expect(res.status).toBe(200);
    const mentionIds = (await app.owner.get(`${app.ws}/mentions?brandId=${brandId}`)).body.items.map((m: any) => m.id) as number[];
    return { incident: res.body, base: `${app.ws}/incidents/${res.body.id}`, mentionIds };
  }

  it('works the tasks: tick, complete, reopen, assign and add, each on the timeline', async () => {
    const { incident, base } = await room();
    const responder = await inviteMember(app.t, app.owner, app.workspaceId, 'responder');
    const responderId = await userIdOf(responder);
    const [akui, pulihkan] = incident.tasks;

    const ticked = await responder.put(`${base}/tasks/${akui.id}/checklist/1`, { done: true });
    expect(ticked.body.tasks[0].checklist).toEqual([
      { text: 'Cek fakta', done: false },
      { text: 'Kirim', done: true },
    ]);
    expect((await responder.put(`${base}/tasks/${akui.id}/checklist/5`, { done: true })).status).toBe(400);

    app.t.clock.set(T0 + 10 * MINUTE);
    const done = await responder.post(`${base}/tasks/${akui.id}/complete`);
    expect(done.body.tasks[0]).toMatchObject({ status: 'done', completedAt: T0 + 10 * MINUTE, completedBy: 'Anggota responder' });
    expect((await responder.post(`${base}/tasks/${akui.id}/complete`)).status).toBe(409);
    expect((await responder.post(`${base}/tasks/${akui.id}/reopen`)).body.tasks[0].status).toBe('open');

    const assigned = await app.owner.post(`${base}/tasks/${pulihkan.id}/assign`, { assigneeUserId: responderId });
    expect(assigned.body.tasks[1]).toMatchObject({ assigneeUserId: responderId, assigneeName: 'Anggota responder' });
    expect((await app.owner.post(`${base}/tasks/${pulihkan.id}/assign`, { assigneeUserId: 9999 })).status).toBe(400);

    const added = await app.owner.post(`${base}/tasks`, {
      title: 'Hubungi regulator',
      ownerRole: 'approver',
      dueAt: T0 + 90 * MINUTE,
      checklist: ['Siapkan kronologi'],
    });
    expect(added.body.tasks[2]).toMatchObject({ title: 'Hubungi regulator', position: 2, dueAt: T0 + 90 * MINUTE, stepKey: null });

    const kinds = ((await app.owner.get(`${base}/timeline`)).body as any[]).map((e) => e.kind);
    expect(kinds).toEqual(['declared', 'posts_paused', 'checklist_ticked', 'task_done', 'task_reopened', 'task_assigned', 'task_added']);
  });

  it('keeps every fact sheet version and links and unlinks evidence, refusing unknown mentions', async () => {
    const { base, mentionIds } = await room();
    const sheet = {
      whatHappened: 'Aplikasi tidak bisa dibuka sejak 08.00',
      whatWeKnow: 'Server pembayaran mati',
      whatWeDoNotKnow: 'Penyebabnya',
      whatWeAreDoing: 'Tim TI memulihkan',
      nextUpdateAt: T0 + 30 * MINUTE,
    };
    expect((await app.owner.post(`${base}/fact-sheets`, sheet)).body).toMatchObject({ version: 1, createdBy: 'Sari Owner' });
    const second = await app.owner.post(`${base}/fact-sheets`, { ...sheet, whatWeDoNotKnow: '', whatWeKnow: 'Basis data penuh' });
    expect(second.body.version).toBe(2);
    expect((await app.owner.post(`${base}/fact-sheets`, { ...sheet, nextUpdateAt: 'besok' })).status).toBe(400);
    const versions = (await app.owner.get(`${base}/fact-sheets`)).body as any[];
    expect(versions.map((v) => [v.version, v.whatWeKnow])).toEqual([
      [2, 'Basis data penuh'],
      [1, 'Server pembayaran mati'],
    ]);
    expect((await app.owner.get(base)).body.factSheet.version).toBe(2);

    const bad = await app.owner.post(`${base}/evidence`, { mentionIds: [mentionIds[0], 987654] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues[0].path).toBe('mentionIds.1');
    expect((await app.owner.get(`${base}/evidence`)).body).toEqual([]);
    expect((await app.owner.post(`${base}/evidence`, { mentionIds })).body.added).toBe(3);
    expect((await app.owner.post(`${base}/evidence`, { mentionIds })).body.added).toBe(0);
    const evidence = (await app.owner.get(`${base}/evidence`)).body as any[];
    expect(evidence).toHaveLength(3);
    expect(evidence[0]).toMatchObject({ platform: 'twitter', addedBy: 'Sari Owner' });
    expect((await app.owner.delete(`${base}/evidence/${mentionIds[0]}`)).status).toBe(200);
    expect((await app.owner.delete(`${base}/evidence/${mentionIds[0]}`)).status).toBe(404);
    expect((await app.owner.get(base)).body.evidenceCount).toBe(2);
  });

  it('exports the filtered timeline as CSV and Markdown, and audits every change in the room', async () => {
    const { base, incident } = await room();
    await app.owner.post(`${base}/notes`, { text: 'Pelanggan, "marah" | di Twitter' });
    expect((await app.owner.post(`${base}/severity`, { level: 4, reason: '' })).status).toBe(400);
    const raised = await app.owner.post(`${base}/severity`, { level: 4, reason: 'Diliput media nasional' });
    expect(raised.body).toMatchObject({ severity: 4, severityReason: 'Diliput media nasional' });
    await app.owner.post(`${base}/tasks/${incident.tasks[0].id}/complete`);
    const ownerId = await userIdOf(app.owner);
    await app.owner.put(`${base}/team`, { members: [{ role: 'spokesperson', userId: ownerId }] });
    expect((await app.owner.put(`${base}/team`, { members: [{ role: 'spokesperson', userId: 424242 }] })).status).toBe(400);

    const csv = await app.owner.get(`${base}/timeline/export?format=csv&language=en&kinds=note,severity_changed`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.body).toBe(
      'Time (UTC),Kind,By,What happened\r\n' +
        '2026-11-01T08:00:00Z,note,Sari Owner,"Pelanggan, ""marah"" | di Twitter"\r\n' +
        '2026-11-01T08:00:00Z,severity_changed,Sari Owner,Severity changed from 1 to 4: Diliput media nasional\r\n',
    );
    const md = await app.owner.get(`${base}/timeline/export?format=markdown`);
    expect(md.headers.get('content-disposition')).toContain(`incident-${incident.id}-timeline.md`);
    expect(md.body).toContain('# Linimasa insiden: #');
    expect(md.body).toContain('Pelanggan, "marah" \\| di Twitter');
    expect(md.body).toContain('Tugas selesai: Langkah akui');

    const actions = ((await app.owner.get(`${app.ws}/audit?action=incident.&limit=200`)).body.items as any[])
      .map((e) => e.action)
      .reverse();
    expect(actions).toEqual([
      'incident.declared',
      'incident.posts_paused',
      'incident.note_added',
      'incident.severity_changed',
      'incident.task_completed',
      'incident.team_changed',
    ]);
  });
});
