import { describe, expect, it } from 'vitest';
import { useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { inviteMember, userIdOf } from '../../../test/support/factories';

describe.each(testDialects())('crisis team (%s)', (dialect) => {
  const app = useWorkspaceApp(dialect);

  async function members() {
    const lead = await inviteMember(app.t, app.owner, app.workspaceId, 'crisis_lead');
    const analyst = await inviteMember(app.t, app.owner, app.workspaceId, 'analyst');
    const responder = await inviteMember(app.t, app.owner, app.workspaceId, 'responder');
    return {
      ownerId: await userIdOf(app.owner),
      leadId: await userIdOf(lead),
      analystId: await userIdOf(analyst),
      responderId: await userIdOf(responder),
      analyst,
    };
  }

  it('fills each role from the crisis type, else from the all-types team', async () => {
    const { ownerId, leadId, analystId, responderId } = await members();
    const all = await app.owner.put(`${app.ws}/crisis-team/all`, {
      assignments: [
        { role: 'crisis_lead', userId: leadId, deputyUserIds: [ownerId] },
        { role: 'spokesperson', userId: ownerId },
        { role: 'monitor', userId: analystId },
      ],
    });
    expect(all.status).toBe(200);
    const outage = await app.owner.put(`${app.ws}/crisis-team/outage`, {
      assignments: [{ role: 'spokesperson', userId: responderId, deputyUserIds: [ownerId, leadId] }],
    });
    expect(outage.status).toBe(200);
    expect(outage.body.assignments).toHaveLength(1);
    expect(outage.body.effective.map((a: any) => [a.role, a.person.userId, a.from])).toEqual([
      ['crisis_lead', leadId, 'all'],
      ['spokesperson', responderId, 'outage'],
      ['monitor', analystId, 'all'],
    ]);
    expect(outage.body.effective[1].deputies.map((d: any) => d.userId)).toEqual([ownerId, leadId]);

    const plan = app.t.ctx.services.plan;
    expect(await plan.findDefaultTeam(app.workspaceId, 'outage')).toEqual([
      { role: 'crisis_lead', userId: leadId, deputyUserIds: [ownerId] },
      { role: 'spokesperson', userId: responderId, deputyUserIds: [ownerId, leadId] },
      { role: 'monitor', userId: analystId, deputyUserIds: [] },
    ]);
    expect((await plan.findDefaultTeam(app.workspaceId, 'hoax')).map((a) => a.userId)).toEqual([leadId, ownerId, analystId]);

    const overview = (await app.owner.get(`${app.ws}/crisis-team`)).body.scopes as any[];
    expect(overview.find((s) => s.scope === 'all').roles).toBe(3);
    expect(overview.find((s) => s.scope === 'outage').roles).toBe(1);
    expect(overview.find((s) => s.scope === 'hoax').roles).toBe(0);

    const audit = (await app.owner.get(`${app.ws}/audit?action=crisis_team.`)).body.items as any[];
    expect(audit.map((e) => e.targetId)).toEqual(['outage', 'all']);
  });

  it('rejects non-members, roles twice and deputies who are the person or repeat, naming each field, and keeps the team', async () => {
    const { ownerId, leadId } = await members();
    await app.owner.put(`${app.ws}/crisis-team/all`, { assignments: [{ role: 'crisis_lead', userId: leadId }] });
    const outsider = await app.t.ctx.services.auth.createUser({
      email: 'luar@example.com',
      name: 'Orang Luar',
      password: 'kata-sandi-luar-123',
      locale: 'id',
    });
    const res = await app.owner.put(`${app.ws}/crisis-team/all`, {
      assignments: [
        { role: 'crisis_lead', userId: ownerId, deputyUserIds: [ownerId] },
        { role: 'crisis_lead', userId: leadId },
        { role: 'scribe', userId: outsider.userId, deputyUserIds: [leadId, leadId] },
        { role: 'chef', userId: leadId },
      ],
    });
    expect(res.status).toBe(400);
    expect((res.body.error.details.issues as any[]).map((i) => i.path)).toEqual(['assignments.3.role']);
    const checked = await app.owner.put(`${app.ws}/crisis-team/all`, {
      assignments: [
        { role: 'crisis_lead', userId: ownerId, deputyUserIds: [ownerId] },
        { role: 'crisis_lead', userId: leadId },
        { role: 'scribe', userId: outsider.userId, deputyUserIds: [leadId, leadId] },
      ],
    });
    expect(checked.status).toBe(400);
    expect((checked.body.error.details.issues as any[]).map((i) => i.path)).toEqual([
      'assignments.0.deputyUserIds.0',
      'assignments.1.role',
      'assignments.2.userId',
      'assignments.2.deputyUserIds.1',
    ]);
    const team = (await app.owner.get(`${app.ws}/crisis-team/all`)).body;
    expect(team.assignments.map((a: any) => a.person.userId)).toEqual([leadId]);
  });

  it('drops people who left the workspace from the team, as assignee and as deputy', async () => {
    const { ownerId, leadId, analystId } = await members();
    await app.owner.put(`${app.ws}/crisis-team/all`, {
      assignments: [
        { role: 'crisis_lead', userId: ownerId, deputyUserIds: [analystId, leadId] },
        { role: 'monitor', userId: analystId },
      ],
    });
    expect((await app.owner.delete(`${app.ws}/members/${analystId}`)).status).toBe(200);
    expect(await app.t.ctx.services.plan.findDefaultTeam(app.workspaceId, 'hoax')).toEqual([
      { role: 'crisis_lead', userId: ownerId, deputyUserIds: [leadId] },
    ]);
  });

  it('lets a viewer or analyst read the team but not change it', async () => {
    const { analyst, analystId } = await members();
    expect((await analyst.get(`${app.ws}/crisis-team/all`)).status).toBe(200);
    const res = await analyst.put(`${app.ws}/crisis-team/all`, { assignments: [{ role: 'monitor', userId: analystId }] });
    expect(res.status).toBe(403);
    expect((await app.owner.get(`${app.ws}/crisis-team/all`)).body.assignments).toEqual([]);
  });
});
