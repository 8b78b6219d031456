import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, type TestClient } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { type MailingApp, mailBody, startMailingApp, stopMailingApp } from '../../../test/support/mail';
import { inviteMember } from '../../../test/support/factories';
import { createSandboxAccount, grantPublishing } from '../../../test/support/outbox';
import { CALM_BODY, enableUpdatePage, formTokenOf, postForm } from '../../../test/support/statements';

const PUBLIC_URL = 'https://siaga.example';
const MINUTE = 60_000;

describe.each(testDialects())('statements (%s)', (dialect) => {
  let smtp: MailingApp['smtp'];
  let t: TestApp;
  let owner: TestClient;
  let ws: string;
  let workspaceId: number;

  beforeEach(async () => {
    ({ smtp, t, owner, workspaceId, ws } = await startMailingApp(dialect, { SIAGA_PUBLIC_URL: PUBLIC_URL }));
  });
  afterEach(() => stopMailingApp({ t, smtp }));

  /** Subscribes through the public form and confirms through the e-mailed link; returns the address. */
  async function subscribe(slug: string, email: string, ip = '203.0.113.9') {
    const sent = smtp.mails.length;
    const res = await postForm(t, `/updates/${slug}/subscribe`, { email, token: await formTokenOf(t, slug), language: 'id' }, ip);
    expect(res.status, res.html).toBe(200);
    expect(smtp.mails).toHaveLength(sent + 1);
    const token = /confirm\?token=([\w-]+)/.exec(mailBody(smtp.mails.at(-1)!.raw))![1]!;
    return { token, confirm: () => postForm(t, `/updates/${slug}/confirm`, { token }) };
  }

  async function setting() {
    const { accountId, brandId } = await createSandboxAccount(owner, workspaceId);
    const page = await enableUpdatePage(owner, workspaceId, brandId);
    const incident = (await owner.post(`${ws}/incidents`, { title: 'Gangguan layanan', crisisType: 'service_delivery', brandId })).body;
    expect(incident.id).toBeGreaterThan(0);
    const lead = await inviteMember(t, owner, workspaceId, 'crisis_lead');
    const approver = await inviteMember(t, owner, workspaceId, 'approver');
    return { accountId, brandId, page, incidentId: incident.id as number, lead, approver };
  }

  async function draft(body: Record<string, unknown>, by = owner) {
    const res = await by.post(`${ws}/statements`, { language: 'id', title: 'Gangguan layanan pagi ini', body: CALM_BODY, ...body });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  it('fans one statement out to the sandbox, the page and e-mail with one receipt each, and never twice on retry', async () => {
    const { accountId, brandId, incidentId, lead, approver } = await setting();
    const reader = await subscribe('rasamie', 'warga@example.com');
    expect((await reader.confirm()).status).toBe(200);
    await owner.post(`${ws}/contacts`, { kind: 'media', name: 'Redaksi Kabar', email: 'redaksi@kabar.example' });
    const mailsBefore = smtp.mails.length;

    const statement = await draft({
      brandId,
      incidentId,
      targets: { accountIds: [accountId], page: true, subscribers: true, contactKinds: ['media'] },
      nextUpdateAt: t.clock.now() + 120 * MINUTE,
    });
    expect(statement).toMatchObject({ state: 'draft', revision: 1, authorName: 'Sari Owner' });
    const submitted = await owner.post(`${ws}/statements/${statement.id}/submit`);
    expect(submitted.body).toMatchObject({ state: 'in_review', requiredApprovals: 2 });

    // The two-person rule: the author may not approve, one approval is not enough, nobody counts twice.
    expect((await owner.post(`${ws}/statements/${statement.id}/approve`, {})).status).toBe(403);
    const first = await approver.post(`${ws}/statements/${statement.id}/approve`, {});
    expect(first.body).toMatchObject({ state: 'in_review', approvals: [{ decision: 'approved', name: 'Anggota approver' }] });
    expect((await approver.post(`${ws}/statements/${statement.id}/approve`, {})).status).toBe(403);
    expect((await owner.post(`${ws}/statements/${statement.id}/publish`, {})).status).toBe(409);
    const second = await lead.post(`${ws}/statements/${statement.id}/approve`, { comment: 'Setuju' });
    expect(second.body).toMatchObject({ state: 'approved' });

    const published = await owner.post(`${ws}/statements/${statement.id}/publish`, {});
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body).toMatchObject({
      state: 'published',
      publishedAt: t.clock.now(),
      pageUrl: `${PUBLIC_URL}/updates/rasamie#s${statement.id}`,
    });
    expect((await owner.post(`${ws}/statements/${statement.id}/publish`, {})).status).toBe(409);

    const queued = (await owner.get(`${ws}/outbox?kind=statement`)).body as any[];
    expect(queued.map((i) => [i.createdBy, i.approvedBy])).toEqual([[expect.any(String), 'Anggota crisis_lead']]);

    // The outbox runs twice: one post.
    expect(await t.ctx.sendOutbox()).toMatchObject({ sent: 1 });
    expect(await t.ctx.sendOutbox()).toMatchObject({ sent: 0 });
    const posts = (await owner.get(`${ws}/accounts/${accountId}/sandbox-posts`)).body as any[];
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      action: 'publish',
      text: CALM_BODY,
      idempotencyKey: `statement:${statement.id}:account-${accountId}:1`,
    });

    // The SMTP server refuses once: that mail waits and goes later, the other goes at once; nobody gets two.
    smtp.failNext(1, 451, 'try later');
    expect((await t.ctx.tickStatements()).emails).toEqual({ sent: 1, retrying: 1, failed: 0 });
    expect((await t.ctx.tickStatements()).emails).toEqual({ sent: 0, retrying: 0, failed: 0 });
    t.clock.advance(10 * MINUTE);
    expect((await t.ctx.tickStatements()).emails).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect((await t.ctx.tickStatements()).emails).toEqual({ sent: 0, retrying: 0, failed: 0 });
    const mails = smtp.mails.slice(mailsBefore);
    expect(mails.map((m) => m.to[0]).sort()).toEqual(['redaksi@kabar.example', 'warga@example.com']);
    const toReader = mails.find((m) => m.to[0] === 'warga@example.com')!;
    expect(toReader.headers['list-unsubscribe']).toMatch(/^<https:\/\/siaga\.example\/updates\/rasamie\/unsubscribe\?s=\d+&t=[\w-]+>$/);
    expect(toReader.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(toReader.headers['message-id']).toMatch(new RegExp(`^<statement\\.${statement.id}\\.email-[0-9a-f]{16}\\.1@siaga>$`));
    expect(mails.find((m) => m.to[0] === 'redaksi@kabar.example')!.headers['list-unsubscribe']).toBeUndefined();

    const detail = (await owner.get(`${ws}/statements/${statement.id}`)).body;
    expect(detail.deliveries).toEqual([
      expect.objectContaining({
        channel: 'account',
        state: 'sent',
        account: { id: accountId, platform: 'sandbox', handle: 'rasamie_id' },
        url: posts[0].url,
      }),
      expect.objectContaining({
        channel: 'page',
        state: 'sent',
        url: `${PUBLIC_URL}/updates/rasamie#s${statement.id}`,
        sentAt: published.body.publishedAt,
      }),
    ]);
    expect(detail.emails).toEqual([{ revision: 1, total: 2, sent: 2, failed: 0, pending: 0 }]);

    const timeline = ((await owner.get(`${ws}/incidents/${incidentId}/timeline`)).body as any[]).filter((e) => e.kind === 'delivered');
    expect(timeline.map((e) => e.details.channel).sort()).toEqual(['email', 'sandbox', 'update_page']);
    expect(timeline.find((e) => e.details.channel === 'email').details).toMatchObject({ recipients: 2 });
    expect(timeline.find((e) => e.details.channel === 'sandbox').details).toMatchObject({ url: posts[0].url, kind: 'statement' });

    const audit = ((await owner.get(`${ws}/audit?action=statement.`)).body.items as any[]).map((e) => e.action);
    expect(audit).toEqual(['statement.published', 'statement.approved', 'statement.approved', 'statement.submitted', 'statement.created']);

    // A correction goes out again: a new post that says so, the page, and the same people by e-mail.
    t.clock.advance(MINUTE);
    const corrected = await lead.post(`${ws}/statements/${statement.id}/corrections`, {
      body: `${CALM_BODY} Pembayaran tunai tetap bisa.`,
      reason: 'Cara bayar lain',
    });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(400);
    expect(corrected.body.error.details.issues[0].message).toContain('@rasamie_id');
    const byOwner = await owner.post(`${ws}/statements/${statement.id}/corrections`, {
      body: `${CALM_BODY} Pembayaran tunai tetap bisa.`,
      reason: 'Cara bayar lain',
    });
    expect(byOwner.body).toMatchObject({ revision: 2, state: 'published' });
    expect(await t.ctx.sendOutbox()).toMatchObject({ sent: 1 });
    const after = (await owner.get(`${ws}/accounts/${accountId}/sandbox-posts`)).body as any[];
    expect(after.map((p) => p.text).sort()).toEqual([CALM_BODY, `Koreksi: ${CALM_BODY} Pembayaran tunai tetap bisa.`]);
    expect((await t.ctx.tickStatements()).emails).toEqual({ sent: 2, retrying: 0, failed: 0 });
    expect(smtp.mails.slice(-2).map((m) => m.headers.subject)).toEqual([
      'Koreksi: Gangguan layanan pagi ini',
      'Koreksi: Gangguan layanan pagi ini',
    ]);
  });

  it('refuses up front when the author holds no publishing right on an account, naming it', async () => {
    const { accountId, brandId, approver } = await setting();
    const responder = await inviteMember(t, owner, workspaceId, 'responder');
    const statement = await draft({ brandId, targets: { accountIds: [accountId], page: true } }, responder);
    await responder.post(`${ws}/statements/${statement.id}/submit`);
    expect((await approver.post(`${ws}/statements/${statement.id}/approve`, {})).body.state).toBe('approved');
    const refused = await responder.post(`${ws}/statements/${statement.id}/publish`, {});
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.issues).toEqual([{ path: 'targets.accountIds.0', message: expect.stringContaining('@rasamie_id') }]);
    expect((await owner.get(`${ws}/statements/${statement.id}`)).body).toMatchObject({ state: 'approved', deliveries: [] });
    await grantPublishing(owner, workspaceId, accountId, responder);
    expect((await responder.post(`${ws}/statements/${statement.id}/publish`, {})).body.state).toBe('published');
  });

  it('keeps roles apart: a viewer reads nothing, a responder approves nothing, a rejection needs a comment', async () => {
    const { brandId, approver } = await setting();
    const viewer = await inviteMember(t, owner, workspaceId, 'viewer');
    const responder = await inviteMember(t, owner, workspaceId, 'responder');
    const analyst = await inviteMember(t, owner, workspaceId, 'analyst');
    const statement = await draft({ brandId, targets: { page: true } });
    expect((await viewer.get(`${ws}/statements`)).status).toBe(403);
    expect(
      (await analyst.post(`${ws}/statements`, { brandId, language: 'id', title: 'x', body: CALM_BODY, targets: { page: true } })).status,
    ).toBe(403);
    await owner.post(`${ws}/statements/${statement.id}/submit`);
    expect((await owner.get(`${ws}/statements/${statement.id}`)).body.requiredApprovals).toBe(1);
    expect((await responder.post(`${ws}/statements/${statement.id}/approve`, {})).status).toBe(403);
    const noComment = await approver.post(`${ws}/statements/${statement.id}/reject`, {});
    expect(noComment.status).toBe(400);
    expect(noComment.body.error.details.issues[0].path).toBe('comment');
    const rejected = await approver.post(`${ws}/statements/${statement.id}/reject`, { comment: 'Sebutkan jam pemulihan' });
    expect(rejected.body).toMatchObject({ state: 'rejected', rejectionComment: 'Sebutkan jam pemulihan' });
    // Back to the author: edit, submit again, a fresh round of approvals.
    const edited = await owner.patch(`${ws}/statements/${statement.id}`, {
      body: `${CALM_BODY} Layanan pulih paling lambat pukul 14.00 WIB.`,
    });
    expect(edited.body.state).toBe('rejected');
    expect((await owner.post(`${ws}/statements/${statement.id}/submit`)).body).toMatchObject({ state: 'in_review', approvals: [] });
  });

  it('stops a blocking tone finding at submit, naming the channel, and changes nothing', async () => {
    const { brandId, accountId } = await setting();
    const statement = await draft({
      brandId,
      targets: { accountIds: [accountId], page: true },
      variants: { [`account:${accountId}`]: 'Halo {nama_pelanggan}, mohon maaf.' },
    });
    const refused = await owner.post(`${ws}/statements/${statement.id}/submit`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.issues).toEqual([
      { path: `variants.account:${accountId}`, message: `account:${accountId}: unfilled_variable` },
    ]);
    expect((await owner.get(`${ws}/statements/${statement.id}`)).body.state).toBe('draft');
  });

  it('lets a non-approver use only approved templates during an active incident', async () => {
    const { brandId, lead } = await setting();
    const responder = await inviteMember(t, owner, workspaceId, 'responder');
    const template = await owner.post(`${ws}/templates`, {
      name: 'Gangguan',
      crisisType: 'service_delivery',
      kind: 'holding_statement',
      channel: 'update_page',
      language: 'id',
      body: 'Kami mohon maaf atas gangguan {issue}. Tim kami sedang memperbaikinya; kabar berikutnya pukul 12.00 WIB.',
    });
    expect(template.status, JSON.stringify(template.body)).toBe(200);
    const input = {
      brandId,
      language: 'id',
      title: 'Gangguan',
      templateId: template.body.id,
      values: { issue: 'pembayaran' },
      targets: { page: true },
    };
    const refused = await responder.post(`${ws}/statements`, input);
    expect(refused.status).toBe(403);
    expect(refused.body.error.details.issues[0].path).toBe('templateId');
    // The crisis lead approves the library's words; then the responder may use them.
    await owner.post(`${ws}/templates/${template.body.id}/submit`);
    const approved = await lead.post(`${ws}/templates/${template.body.id}/approve`, {});
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const used = await responder.post(`${ws}/statements`, input);
    expect(used.status, JSON.stringify(used.body)).toBe(200);
    expect(used.body.body).toContain('gangguan pembayaran');
    expect(used.body.templateVersion).toBe(1);
    const missing = await responder.post(`${ws}/statements`, { ...input, values: {} });
    expect(missing.body.error.details.issues[0].path).toBe('values.issue');
  });

  it('publishes a scheduled statement at its time, as its author, once', async () => {
    const { accountId, brandId, approver } = await setting();
    await owner.put(`${ws}/statement-settings`, { twoPersonRule: false });
    const statement = await draft({ brandId, targets: { accountIds: [accountId], page: true } });
    await owner.post(`${ws}/statements/${statement.id}/submit`);
    await approver.post(`${ws}/statements/${statement.id}/approve`, {});
    const scheduled = await owner.post(`${ws}/statements/${statement.id}/publish`, { scheduledAt: t.clock.now() + 30 * MINUTE });
    expect(scheduled.body).toMatchObject({ state: 'scheduled', scheduledAt: t.clock.now() + 30 * MINUTE, deliveries: [] });
    expect((await t.ctx.tickStatements()).published).toBe(0);
    expect(await (await t.app.request('/updates/rasamie')).text()).not.toContain(`id="s${statement.id}"`);
    t.clock.advance(30 * MINUTE);
    expect((await t.ctx.tickStatements()).published).toBe(1);
    expect((await t.ctx.tickStatements()).published).toBe(0);
    expect(await t.ctx.sendOutbox()).toMatchObject({ sent: 1 });
    const detail = (await owner.get(`${ws}/statements/${statement.id}`)).body;
    expect(detail).toMatchObject({ state: 'published', publishedAt: t.clock.now() });
    expect(detail.deliveries.map((d: any) => [d.channel, d.state])).toEqual([
      ['account', 'sent'],
      ['page', 'sent'],
    ]);
    expect(await (await t.app.request('/updates/rasamie')).text()).toContain(`id="s${statement.id}"`);
  });
});
