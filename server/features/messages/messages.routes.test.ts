import { describe, expect, it } from 'vitest';
import { useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { inviteMember, userIdOf } from '../../../test/support/factories';
import { listStarterTemplates } from '../../../core/messaging';

const DAY = 86_400_000;
const CALM =
  'Kami mohon maaf atas {issue}. Tim kami sedang memeriksanya dan akan mengabari perkembangan berikutnya {next_update} melalui {contact}.';
const BLAMING = 'Anda yang salah baca! Informasi {issue} sudah jelas tertulis.';

describe.each(testDialects())('message library (%s)', (dialect) => {
  const app = useWorkspaceApp(dialect);

  async function team() {
    const approver = await inviteMember(app.t, app.owner, app.workspaceId, 'approver', 'approver@example.com');
    const lead = await inviteMember(app.t, app.owner, app.workspaceId, 'crisis_lead', 'lead@example.com');
    const responder = await inviteMember(app.t, app.owner, app.workspaceId, 'responder', 'responder@example.com');
    const ids = {
      owner: await userIdOf(app.owner),
      approver: await userIdOf(approver),
      lead: await userIdOf(lead),
      responder: await userIdOf(responder),
    };
    return { approver, lead, responder, ids };
  }

  async function createTemplate(client = app.owner, overrides: Record<string, unknown> = {}) {
    const res = await client.post(`${app.ws}/templates`, {
      name: 'Gangguan pembayaran',
      crisisType: 'outage',
      kind: 'holding_statement',
      channel: 'update_page',
      language: 'id',
      body: CALM,
      ...overrides,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  it('installs the starter library on first use, as drafts written by Siaga that parse and pass the tone check', async () => {
    // Two first visits at once install it once.
    const [first, second] = await Promise.all([app.owner.get(`${app.ws}/templates`), app.owner.get(`${app.ws}/templates`)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const list = (await app.owner.get(`${app.ws}/templates`)).body as any[];
    expect(list).toHaveLength(listStarterTemplates().length);
    expect(list.every((t) => t.status === 'draft' && t.key.startsWith('starter.'))).toBe(true);
    expect(new Set(list.map((t) => t.language))).toEqual(new Set(['id', 'en']));
    const one = (await app.owner.get(`${app.ws}/templates/${list[0].id}`)).body;
    expect(one.versions[0].authorId).toBeNull();
    for (const t of list.slice(0, 20)) {
      const check = (
        await app.owner.post(`${app.ws}/templates/check`, { body: t.body, kind: t.kind, channel: t.channel, language: t.language })
      ).body;
      expect(check.blocking).toBe(false);
      expect(check.findings).toEqual([]);
    }
    // Installing again adds nothing; filters narrow the list.
    expect((await app.owner.post(`${app.ws}/templates/install-starter`, { language: 'en' })).body).toEqual({
      installed: 0,
      skipped: list.length / 2,
    });
    const hoaxId = (await app.owner.get(`${app.ws}/templates?crisisType=hoax&language=id`)).body as any[];
    expect(hoaxId.length).toBeGreaterThan(0);
    expect(hoaxId.every((t) => t.crisisType === 'hoax' && t.language === 'id')).toBe(true);
    const audit = (await app.owner.get(`${app.ws}/audit?action=message_library.`)).body.items as any[];
    expect(audit.map((e) => [e.action, e.details.installed])).toEqual([
      ['message_library.starter_installed', 0],
      ['message_library.starter_installed', list.length],
    ]);
  });

  it('refuses a body that does not parse, naming the position, and stores nothing', async () => {
    const res = await app.owner.post(`${app.ws}/templates`, {
      name: 'Typo',
      crisisType: 'outage',
      kind: 'update',
      channel: 'x',
      language: 'id',
      body: 'Halo {brnad}, kami {issue',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.templateErrors.map((e: any) => [e.code, e.position])).toEqual([
      ['unknown_variable', 5],
      ['unclosed_brace', 19],
    ]);
    expect(res.body.error.message).toContain('{brand}');
    const mine = ((await app.owner.get(`${app.ws}/templates`)).body as any[]).filter((t) => t.key === null);
    expect(mine).toEqual([]);
  });

  it('blocks submitting a draft the tone check stops, then submits the fixed version and one approver approves (any)', async () => {
    const { approver, ids } = await team();
    const created = await createTemplate(app.owner, { body: BLAMING });
    expect(created.approval.approverIds).toEqual([ids.owner, ids.approver, ids.lead].sort((a, b) => a - b));
    const url = `${app.ws}/templates/${created.id}`;

    const blocked = await app.owner.post(`${url}/submit`);
    expect(blocked.status).toBe(400);
    expect(blocked.body.error.details.findings.map((f: any) => f.rule)).toContain('confrontation');
    expect((await app.owner.get(url)).body.status).toBe('draft');

    const fixed = await app.owner.post(`${url}/versions`, { body: CALM, changeNote: 'nada diperbaiki' });
    expect(fixed.body.latestVersion).toBe(2);
    expect(fixed.body.versions.map((v: any) => [v.version, v.body === CALM, v.changeNote])).toEqual([
      [2, true, 'nada diperbaiki'],
      [1, false, ''],
    ]);
    expect((await app.owner.post(`${url}/submit`)).body.status).toBe('in_review');
    // The author does not approve their own words; a second approver does.
    const own = await app.owner.post(`${url}/approve`, {});
    expect(own.status).toBe(403);
    expect(own.body.error.details.code).toBe('author_cannot_approve');
    const approved = await approver.post(`${url}/approve`, { comment: 'Siap dipakai' });
    expect(approved.body.status).toBe('approved');
    expect(approved.body.approvedVersion).toBe(2);
    expect(approved.body.versions[0].decisions).toMatchObject([{ userId: ids.approver, decision: 'approved', comment: 'Siap dipakai' }]);

    const audit = ((await app.owner.get(`${app.ws}/audit?action=message_template.`)).body.items as any[]).map((e) => e.action).reverse();
    expect(audit).toEqual([
      'message_template.created',
      'message_template.version_added',
      'message_template.submitted',
      'message_template.approved',
    ]);
  });

  it('needs all approvers in all mode and follows the order in sequence mode; a non-approver and a responder are refused', async () => {
    const { approver, lead, responder, ids } = await team();
    const created = await createTemplate(app.owner);
    const url = `${app.ws}/templates/${created.id}`;
    // Configuring approvers is the crisis lead's; an unknown or non-approving member is named.
    expect((await responder.post(`${url}/approval`, { mode: 'all', approverIds: [ids.approver], validForDays: null })).status).toBe(403);
    const wrong = await lead.post(`${url}/approval`, { mode: 'all', approverIds: [ids.approver, ids.responder], validForDays: null });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.issues[0].path).toBe('approval.approverIds.1');

    expect((await lead.post(`${url}/approval`, { mode: 'all', approverIds: [ids.approver, ids.lead], validForDays: null })).status).toBe(
      200,
    );
    await app.owner.post(`${url}/submit`);
    expect((await approver.post(`${url}/approve`, {})).body.status).toBe('in_review');
    expect((await lead.post(`${url}/approve`, {})).body.status).toBe('approved');

    // Sequence: the lead first, then the approver.
    await lead.post(`${url}/approval`, { mode: 'sequence', approverIds: [ids.lead, ids.approver], validForDays: null });
    await app.owner.post(`${url}/versions`, { body: `${CALM} Terima kasih.`, changeNote: '' });
    const inReview = (await app.owner.post(`${url}/submit`)).body;
    expect(inReview.versions[0].pendingApproverIds).toEqual([ids.lead]);
    // The approved version 1 stays usable while version 2 is reviewed.
    expect(inReview.approvedVersion).toBe(1);
    const early = await approver.post(`${url}/approve`, {});
    expect(early.status).toBe(403);
    expect(early.body.error.details).toMatchObject({ code: 'not_your_turn', waitingFor: ids.lead });
    expect((await responder.post(`${url}/approve`, {})).status).toBe(403);
    expect((await lead.post(`${url}/approve`, {})).body.versions[0].pendingApproverIds).toEqual([ids.approver]);
    expect((await approver.post(`${url}/approve`, {})).body).toMatchObject({ status: 'approved', approvedVersion: 2 });
  });

  it('rejects only with a reason, keeps the comment thread, and revises a rejected version into a new draft', async () => {
    const { approver } = await team();
    const created = await createTemplate(app.owner);
    const url = `${app.ws}/templates/${created.id}`;
    await app.owner.post(`${url}/submit`);
    expect((await app.owner.post(`${url}/versions`, { body: CALM, changeNote: '' })).status).toBe(409);
    const noReason = await approver.post(`${url}/reject`, { comment: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.issues[0].path).toBe('comment');
    const rejected = await approver.post(`${url}/reject`, { comment: 'Sebutkan kapan pembaruan berikutnya.' });
    expect(rejected.body.status).toBe('rejected');
    await approver.post(`${url}/comments`, { body: 'Tambahkan jam.' });
    const revised = (await app.owner.post(`${url}/versions`, { body: `${CALM} Pukul {time}.`, changeNote: 'jam ditambahkan' })).body;
    expect(revised).toMatchObject({ status: 'draft', latestVersion: 2 });
    expect(revised.versions[1].status).toBe('rejected');
    expect(revised.comments.map((c: any) => [c.version, c.body])).toEqual([[1, 'Tambahkan jam.']]);
  });

  it('lets an approval expire at its review date, after which the template must be reviewed again', async () => {
    const { approver, lead, ids } = await team();
    const created = await createTemplate(app.owner);
    const url = `${app.ws}/templates/${created.id}`;
    await lead.post(`${url}/approval`, { mode: 'any', approverIds: [ids.approver], validForDays: 1 });
    await app.owner.post(`${url}/submit`);
    const approved = (await approver.post(`${url}/approve`, {})).body;
    expect(approved.expiresAt).toBe(app.t.clock.now() + DAY);
    expect((await lead.post(`${url}/review-date`, { expiresAt: app.t.clock.now() - 1 })).status).toBe(400);
    app.t.clock.advance(DAY + 1);
    const later = (await app.owner.get(url)).body;
    expect(later).toMatchObject({ status: 'expired', approvedVersion: null });
    expect((await app.owner.get(`${app.ws}/templates?status=expired`)).body.map((t: any) => t.id)).toEqual([created.id]);
    expect((await app.owner.post(`${url}/versions`, { body: CALM, changeNote: 'ditinjau ulang' })).body.status).toBe('draft');
  });

  it('lets viewers read but not write, and resolves templates by id and starter key for playbooks', async () => {
    const viewer = await inviteMember(app.t, app.owner, app.workspaceId, 'viewer', 'viewer@example.com');
    expect((await viewer.get(`${app.ws}/templates`)).status).toBe(200);
    const refused = await viewer.post(`${app.ws}/templates`, {
      name: 'x',
      crisisType: 'hoax',
      kind: 'reply',
      channel: 'x',
      language: 'id',
      body: CALM,
    });
    expect(refused.status).toBe(403);
    const created = await createTemplate(app.owner);
    const { resolveTemplates } = await import('./template-use');
    const resolved = await resolveTemplates(
      app.t.ctx.db,
      app.workspaceId,
      [String(created.id), 'starter.outage.update', '99999'],
      app.t.clock.now(),
    );
    expect(resolved.map((t) => [t.ref, t.language])).toEqual([
      [String(created.id), 'id'],
      ['starter.outage.update', 'id'],
      ['starter.outage.update', 'en'],
    ]);
  });

  it('during an active crisis offers a non-approver only approved words; outside one, the latest', async () => {
    const { approver, ids } = await team();
    const created = await createTemplate(app.owner);
    const { checkTemplateForStatement } = await import('./template-use');
    const use = (active: boolean, userId: number, role: 'responder' | 'approver') =>
      checkTemplateForStatement(app.t.ctx.db, () => Promise.resolve(active), {
        workspaceId: app.workspaceId,
        templateId: created.id,
        userId,
        role,
        now: app.t.clock.now(),
      });
    expect(await use(false, ids.responder, 'responder')).toMatchObject({ ok: true, version: 1 });
    expect(await use(true, ids.responder, 'responder')).toEqual({ ok: false, reason: 'not_approved_during_crisis' });
    expect(await use(true, ids.approver, 'approver')).toMatchObject({ ok: true, version: 1 });
    await app.owner.post(`${app.ws}/templates/${created.id}/submit`);
    await approver.post(`${app.ws}/templates/${created.id}/approve`, {});
    await app.owner.post(`${app.ws}/templates/${created.id}/versions`, { body: `${CALM} Terima kasih.`, changeNote: '' });
    expect(await use(true, ids.responder, 'responder')).toMatchObject({ ok: true, version: 1, body: CALM });
  });
});
