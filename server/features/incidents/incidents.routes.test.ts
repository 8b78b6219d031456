import { describe, expect, it } from 'vitest';
import { T0, useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { createBrand, ingestMentions, inviteMember, makeMention, userIdOf } from '../../../test/support/factories';
import { insertAlert, storedNotifications } from '../../../test/support/incidents';
import { createPlaybook, makeStep } from '../../../test/support/plan';

const MINUTE = 60_000;

describe.each(testDialects())('incidents (%s)', (dialect) => {
  const app = useWorkspaceApp(dialect);

  /** A brand with five mentions in the alert's window, an alert on them, a playbook and a default team. */
  async function crisisSetup() {
    const lead = await inviteMember(app.t, app.owner, app.workspaceId, 'crisis_lead');
    const analyst = await inviteMember(app.t, app.owner, app.workspaceId, 'analyst');
    const leadId = await userIdOf(lead);
    const analystId = await userIdOf(analyst);
    const { brandId } = await createBrand(app.owner, app.workspaceId, 'Rasamie', 'rasamie');
    await ingestMentions(
      app.t,
      app.workspaceId,
      [1, 2, 3, 4, 5].map((i) => makeMention({ text: `Rasamie basi, keracunan ${i}`, createdAt: T0 - i * MINUTE })),
    );
    const alertId = await insertAlert(app.t, app.workspaceId, brandId);
    await createPlaybook(app.owner, app.workspaceId, {
      crisisType: 'product_quality',
      title: 'Produk bermasalah',
      steps: [
        makeStep('akui', { ownerRole: 'crisis_lead', dueAfterMinutes: 60, checklist: ['Cek fakta', 'Setujui pernyataan'] }),
        makeStep('pantau', { ownerRole: 'monitor', dueAfterMinutes: 120 }),
        makeStep('evaluasi', { ownerRole: 'scribe', dueAfterMinutes: null }),
      ],
    });
    const team = await app.owner.put(`${app.ws}/crisis-team/all`, {
      assignments: [
        { role: 'crisis_lead', userId: leadId },
        { role: 'monitor', userId: analystId },
      ],
    });
    expect(team.status).toBe(200);
    return { lead, analyst, leadId, analystId, brandId, alertId };
  }

  async function declareFromAlert(alertId: number) {
    const res = await app.owner.post(`${app.ws}/incidents`, { alertId });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  it('declares from an alert: its numbers, category and mentions, the team and tasks from the plan, and the brand paused', async () => {
    const { brandId, alertId, leadId, analystId } = await crisisSetup();
    const incident = await declareFromAlert(alertId);

    expect(incident).toMatchObject({ state: 'declared', crisisType: 'product_quality', brandId, brandName: 'Rasamie', alertId });
    expect(incident.title).toMatch(/Rasamie/);
    expect(incident.assessment).toMatchObject({ reach: 250_000, speedRatio: 6, negativeShare: 0.75, scope: 'national', mediaPickup: 2 });
    // Reach, speed and media each point to 3, and the tone (75% negative) does not hold it back.
    expect(incident.severity).toBe(3);
    expect(incident.severitySuggested).toBe(3);
    expect(incident.playbook).toMatchObject({ title: 'Produk bermasalah', version: 1 });
    expect(incident.team.map((m: any) => [m.role, m.userId])).toEqual([
      ['crisis_lead', leadId],
      ['monitor', analystId],
    ]);
    expect(incident.tasks.map((t: any) => [t.stepKey, t.dueAt, t.assigneeUserId])).toEqual([
      ['akui', T0 + 60 * MINUTE, leadId],
      ['pantau', T0 + 120 * MINUTE, analystId],
      ['evaluasi', null, null],
    ]);
    expect(incident.tasks[0].checklist).toEqual([
      { text: 'Cek fakta', done: false },
      { text: 'Setujui pernyataan', done: false },
    ]);
    expect(incident.evidenceCount).toBe(5);
    expect(incident.pause).toMatchObject({ brandId, incidentId: incident.id });
    expect(await app.t.ctx.services.pauses.isBrandPaused(app.workspaceId, brandId)).toBe(true);

    const alert = (await app.owner.get(`${app.ws}/alerts/${alertId}`)).body;
    expect(alert.incidentId).toBe(incident.id);
    expect((await app.owner.post(`${app.ws}/incidents`, { alertId })).status).toBe(409);

    const timeline = (await app.owner.get(`${app.ws}/incidents/${incident.id}/timeline`)).body as any[];
    expect(timeline.map((e) => e.kind)).toEqual(['declared', 'alert_linked', 'evidence_added', 'posts_paused']);
    const notices = await storedNotifications(app.t, app.workspaceId);
    expect(notices.map((n) => n.key)).toEqual([
      `incident:${incident.id}:declared`,
      `incident:${incident.id}:task:${incident.tasks[0].id}:assigned:${leadId}`,
      `incident:${incident.id}:task:${incident.tasks[1].id}:assigned:${analystId}`,
    ]);
    expect(notices[0]!.body).toMatch(/Insiden dinyatakan oleh Sari Owner/);
    expect(notices[0]!.body).toMatch(/Incident declared by Sari Owner/);

    // A later wave of the same crisis joins the incident.
    const later = await insertAlert(app.t, app.workspaceId, brandId, {
      reason: { windowStart: T0 + 60 * MINUTE, windowEnd: T0 + 70 * MINUTE },
    });
    const linked = await app.owner.post(`${app.ws}/incidents/${incident.id}/alerts`, { alertId: later });
    expect(linked.status).toBe(200);
    expect((await app.owner.get(`${app.ws}/alerts/${later}`)).body.incidentId).toBe(incident.id);
    expect((await app.owner.post(`${app.ws}/incidents/${incident.id}/alerts`, { alertId: later })).status).toBe(409);

    const list = (await app.owner.get(`${app.ws}/incidents?state=open`)).body as any[];
    expect(list.map((i) => [i.id, i.openTasks, i.overdueTasks])).toEqual([[incident.id, 3, 0]]);
  });

  it('declares by hand with an overridden severity, and refuses a missing title or a foreign brand', async () => {
    const noTitle = await app.owner.post(`${app.ws}/incidents`, { crisisType: 'hoax' });
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.error.details.issues[0].path).toBe('title');
    const badBrand = await app.owner.post(`${app.ws}/incidents`, { title: 'Hoaks', brandId: 999 });
    expect(badBrand.status).toBe(400);
    const noReason = await app.owner.post(`${app.ws}/incidents`, { title: 'Hoaks', severity: { level: 4, reason: '' } });
    expect(noReason.status).toBe(400);
    expect((await app.owner.get(`${app.ws}/incidents`)).body).toEqual([]);

    const res = await app.owner.post(`${app.ws}/incidents`, {
      title: 'Hoaks penarikan produk',
      crisisType: 'hoax',
      assessment: { reach: 5000, scope: 'local' },
      severity: { level: 3, reason: 'Menyebut nama direktur' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      severity: 3,
      severitySuggested: 1,
      severityReason: 'Menyebut nama direktur',
      pause: null,
      brandId: null,
    });
  });

  it('reminds the owner before a deadline and escalates to the lead once it passes, once each', async () => {
    const { alertId } = await crisisSetup();
    const incident = await declareFromAlert(alertId);
    const [akui, pantau] = incident.tasks;
    const check = () => app.t.ctx.checkIncidentDeadlines();

    app.t.clock.set(T0 + 30 * MINUTE);
    expect(await check()).toEqual({ reminded: 0, escalated: 0 });
    app.t.clock.set(T0 + 46 * MINUTE);
    expect(await check()).toEqual({ reminded: 1, escalated: 0 });
    expect(await check()).toEqual({ reminded: 0, escalated: 0 });

    // The monitor finishes in time; the lead's step is missed.
    expect((await app.owner.post(`${app.ws}/incidents/${incident.id}/tasks/${pantau.id}/complete`)).status).toBe(200);
    app.t.clock.set(T0 + 61 * MINUTE);
    expect(await check()).toEqual({ reminded: 0, escalated: 1 });
    app.t.clock.set(T0 + 200 * MINUTE);
    expect(await check()).toEqual({ reminded: 0, escalated: 0 });

    const keys = (await storedNotifications(app.t, app.workspaceId)).map((n) => n.key);
    expect(keys).toContain(`incident:${incident.id}:task:${akui.id}:due-soon`);
    expect(keys).toContain(`incident:${incident.id}:task:${akui.id}:overdue`);
    expect(keys).not.toContain(`incident:${incident.id}:task:${pantau.id}:overdue`);
    const overdue = (await storedNotifications(app.t, app.workspaceId)).find((n) => n.key.endsWith(':overdue'))!;
    expect(overdue.body).toMatch(/Anggota crisis_lead: tenggat "Langkah akui" terlewat/);

    const kinds = (
      (await app.owner.get(`${app.ws}/incidents/${incident.id}/timeline?kinds=reminder_sent,deadline_missed`)).body as any[]
    ).map((e) => [e.kind, e.details.taskId]);
    expect(kinds).toEqual([
      ['reminder_sent', akui.id],
      ['deadline_missed', akui.id],
    ]);
    const room = (await app.owner.get(`${app.ws}/incidents/${incident.id}`)).body;
    expect(room.overdueTasks).toBe(1);
  });

  it('lets only members with the right role declare, work and resolve, and asks for what each move needs', async () => {
    const { alertId, lead } = await crisisSetup();
    const viewer = await inviteMember(app.t, app.owner, app.workspaceId, 'viewer');
    const responder = await inviteMember(app.t, app.owner, app.workspaceId, 'responder');
    expect((await viewer.post(`${app.ws}/incidents`, { alertId })).status).toBe(403);
    expect((await viewer.get(`${app.ws}/incidents`)).status).toBe(200);

    const incident = (await responder.post(`${app.ws}/incidents`, { alertId })).body;
    const move = (client: typeof responder, body: object) => client.post(`${app.ws}/incidents/${incident.id}/transition`, body);
    expect((await move(viewer, { to: 'active' })).status).toBe(403);
    expect((await move(responder, { to: 'contained' })).status).toBe(409);
    expect((await move(responder, { to: 'active' })).body.state).toBe('active');
    expect((await move(responder, { to: 'resolved', resolutionSummary: 'Produk ditarik' })).status).toBe(403);

    const noSummary = await move(lead, { to: 'resolved' });
    expect(noSummary.status).toBe(400);
    expect(noSummary.body.error.details.issues).toEqual([{ path: 'resolutionSummary', message: 'required for this move' }]);
    expect((await app.owner.get(`${app.ws}/incidents/${incident.id}`)).body.state).toBe('active');

    expect((await move(responder, { to: 'contained' })).body.state).toBe('contained');
    expect((await move(responder, { to: 'active' })).status).toBe(400);
    expect((await move(responder, { to: 'active', note: 'Keluhan naik lagi' })).body.state).toBe('active');
    const resolved = await move(lead, { to: 'resolved', resolutionSummary: 'Produk ditarik, klarifikasi terbit' });
    expect(resolved.body).toMatchObject({ state: 'resolved', resolutionSummary: 'Produk ditarik, klarifikasi terbit', resolvedAt: T0 });
    expect((await move(lead, { to: 'reviewed' })).status).toBe(400);
    expect((await move(lead, { to: 'reviewed', reviewNote: 'Tenggat pengakuan terlalu longgar' })).body.state).toBe('reviewed');
    // A reviewed incident is a closed record.
    expect((await app.owner.post(`${app.ws}/incidents/${incident.id}/notes`, { text: 'terlambat' })).status).toBe(409);

    const states = ((await app.owner.get(`${app.ws}/incidents/${incident.id}/timeline?kinds=state_changed`)).body as any[]).map(
      (e) => `${e.details.from}>${e.details.to}`,
    );
    expect(states).toEqual(['declared>active', 'active>contained', 'contained>active', 'active>resolved', 'resolved>reviewed']);
    expect((await app.owner.get(`${app.ws}/incidents/${incident.id}/timeline?kinds=bogus`)).status).toBe(400);
  });

  it('pauses the brand on declaring and resumes it with one click by the lead, on the timeline and in the audit log', async () => {
    const { alertId, brandId, lead } = await crisisSetup();
    const responder = await inviteMember(app.t, app.owner, app.workspaceId, 'responder');
    const incident = await declareFromAlert(alertId);
    const active = (await app.owner.get(`${app.ws}/pauses?active=true`)).body as any[];
    expect(active).toHaveLength(1);
    expect(active[0]).toMatchObject({ brandId, brandName: 'Rasamie', incidentId: incident.id, pausedBy: 'Sari Owner' });
    expect(active[0].reason).toContain(`Insiden #${incident.id}`);
    expect((await app.owner.post(`${app.ws}/pauses`, { brandId, reason: 'lagi' })).status).toBe(409);

    expect((await responder.post(`${app.ws}/pauses/${active[0].id}/resume`)).status).toBe(403);
    const resumed = await lead.post(`${app.ws}/pauses/${active[0].id}/resume`);
    expect(resumed.status).toBe(200);
    expect(resumed.body.resumedBy).toBe('Anggota crisis_lead');
    expect(await app.t.ctx.services.pauses.isBrandPaused(app.workspaceId, brandId)).toBe(false);
    expect((await lead.post(`${app.ws}/pauses/${active[0].id}/resume`)).status).toBe(409);
    expect((await app.owner.get(`${app.ws}/incidents/${incident.id}`)).body.pause).toBeNull();

    const kinds = ((await app.owner.get(`${app.ws}/incidents/${incident.id}/timeline`)).body as any[]).map((e) => e.kind);
    expect(kinds.slice(-1)).toEqual(['posts_resumed']);
    const audit = ((await app.owner.get(`${app.ws}/audit?action=brand.posting`)).body.items as any[]).map((e) => e.action);
    expect(audit).toEqual(['brand.posting_resumed', 'brand.posting_paused']);

    // By hand, for a brand without an incident.
    const paused = await responder.post(`${app.ws}/pauses`, { brandId, reason: 'Menunggu klarifikasi' });
    expect(paused.body).toMatchObject({ incidentId: null, reason: 'Menunggu klarifikasi' });
    expect(await app.t.ctx.services.pauses.isBrandPaused(app.workspaceId, brandId)).toBe(true);
  });
});
