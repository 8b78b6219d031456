import { describe, expect, it } from 'vitest';
import { T0, type WorkspaceApp, useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { createBrand, ingestMentions, inviteMember, makeMention, userIdOf } from '../../../test/support/factories';
import { createSandboxAccount, grantPublishing } from '../../../test/support/outbox';

const MINUTE = 60_000;

/** A brand watched by the query `rasamie` with a sandbox account `@rasamie_id`. */
async function brandWithAccount(app: WorkspaceApp) {
  const { brandId, accountId } = await createSandboxAccount(app.owner, app.workspaceId);
  const q = await app.owner.post(`${app.ws}/brands/${brandId}/queries`, { name: 'Rasamie', query: 'rasamie' });
  if (q.status !== 200) throw new Error(JSON.stringify(q.body));
  return { brandId, accountId };
}

describe.each(testDialects())('inbox (%s)', (dialect) => {
  const app = useWorkspaceApp(dialect);
  const items = async (query = '') => (await app.owner.get(`${app.ws}/inbox/items${query}`)).body as any[];

  it('makes items of the mentions the rules pick, ranked by risk with the factors explained', async () => {
    const { brandId } = await brandWithAccount(app);
    await ingestMentions(app.t, app.workspaceId, [
      makeMention({ text: 'Rasamie enak banget, makasih!', externalId: 'happy' }),
      makeMention({ text: 'Kapan promo Rasamie mulai?', externalId: 'question' }),
      makeMention({
        text: 'Rasamie basi, saya keracunan, pelayanan buruk sekali dan mengecewakan',
        externalId: 'angry',
        reach: 250_000,
        likes: 900,
        authorFollowers: 80_000,
      }),
      makeMention({ text: 'Halo @rasamie_id tolong cek DM saya', externalId: 'owned' }),
    ]);
    const list = await items();
    expect(list.map((i) => i.mention.externalId).sort()).toEqual(['angry', 'owned', 'question']);
    expect(list[0].mention.externalId).toBe('angry');
    expect(list[0].reasons).toContain('negative');
    expect(list[0].brandId).toBe(brandId);
    const scores = list.map((i) => i.risk.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const sum = list[0].risk.factors.reduce((s: number, f: any) => s + f.points, 0);
    expect(Math.abs(sum - list[0].risk.score)).toBeLessThan(0.5);
    expect(list.find((i) => i.mention.externalId === 'question').reasons).toContain('question');
    expect(list.find((i) => i.mention.externalId === 'owned').reasons).toContain('owned_thread');

    // The same batch again creates nothing new.
    await ingestMentions(app.t, app.workspaceId, [makeMention({ text: 'Kapan promo Rasamie mulai?', externalId: 'question' })]);
    expect(await items()).toHaveLength(3);
  });

  it('follows changed rules for new mentions and re-scans older ones', async () => {
    await brandWithAccount(app);
    const none = { negative: false, question: false, complaintCategories: [], ownedThread: false, minReach: null };
    const settings = (await app.owner.get(`${app.ws}/inbox/settings`)).body;
    const put = await app.owner.put(`${app.ws}/inbox/settings`, { ...settings, rules: none });
    expect(put.status).toBe(200);
    await ingestMentions(app.t, app.workspaceId, [
      makeMention({ text: 'Kapan promo Rasamie mulai?', externalId: 'q1', createdAt: T0 - MINUTE }),
    ]);
    expect(await items()).toHaveLength(0);

    await app.owner.put(`${app.ws}/inbox/settings`, { ...settings, rules: { ...none, question: true } });
    const rescan = await app.owner.post(`${app.ws}/inbox/rescan`, { days: 7 });
    expect(rescan.body).toMatchObject({ created: 1 });
    expect((await items()).map((i) => i.mention.externalId)).toEqual(['q1']);

    const bad = await app.owner.put(`${app.ws}/inbox/settings`, { ...settings, brandRules: [{ brandId: 9999, rules: none }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues[0].path).toBe('brandRules.0.brandId');
  });

  it('forgets the rules of a brand that was deleted, so the settings as read can be saved again', async () => {
    const own = { negative: true, question: false, complaintCategories: [], ownedThread: false, minReach: 5000 };
    const kept = await createBrand(app.owner, app.workspaceId, 'Rasamie');
    const gone = await createBrand(app.owner, app.workspaceId, 'Mie Jempol');
    const settings = (await app.owner.get(`${app.ws}/inbox/settings`)).body;
    const brandRules = [
      { brandId: kept.brandId, rules: own },
      { brandId: gone.brandId, rules: own },
    ];
    expect((await app.owner.put(`${app.ws}/inbox/settings`, { ...settings, brandRules })).status).toBe(200);
    expect((await app.owner.delete(`${app.ws}/brands/${gone.brandId}`)).status).toBe(200);

    const read = (await app.owner.get(`${app.ws}/inbox/settings`)).body;
    expect(read.brandRules).toEqual([{ brandId: kept.brandId, rules: own }]);
    expect((await app.owner.put(`${app.ws}/inbox/settings`, read)).status).toBe(200);
  });

  it('keeps mentions that arrive long after they were posted (a history import) out, unless the window is off', async () => {
    await brandWithAccount(app);
    const settings = (await app.owner.get(`${app.ws}/inbox/settings`)).body;
    expect(settings.maxAgeDays).toBe(7);
    const day = 24 * 60 * MINUTE;
    await ingestMentions(app.t, app.workspaceId, [
      makeMention({ text: 'Kapan promo Rasamie mulai?', externalId: 'recent', createdAt: T0 - 6 * day }),
      makeMention({ text: 'Kapan promo Rasamie berakhir?', externalId: 'old', createdAt: T0 - 8 * day }),
    ]);
    expect((await items()).map((i) => i.mention.externalId)).toEqual(['recent']);

    const put = await app.owner.put(`${app.ws}/inbox/settings`, { ...settings, maxAgeDays: null });
    expect(put.body.maxAgeDays).toBeNull();
    await ingestMentions(app.t, app.workspaceId, [
      makeMention({ text: 'Rasamie buka cabang baru di mana?', externalId: 'older', createdAt: T0 - 30 * day }),
    ]);
    expect((await items()).map((i) => i.mention.externalId).sort()).toEqual(['older', 'recent']);

    const bad = await app.owner.put(`${app.ws}/inbox/settings`, { ...settings, maxAgeDays: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues[0].path).toBe('maxAgeDays');
  });

  it('moves statuses, assigns, keeps notes and acts in bulk with a result per item', async () => {
    await brandWithAccount(app);
    await ingestMentions(app.t, app.workspaceId, [
      makeMention({ text: 'Kapan promo Rasamie mulai?' }),
      makeMention({ text: 'Berapa harga Rasamie sekarang?' }),
    ]);
    const [a, b] = await items();
    const ownerId = await userIdOf(app.owner);
    const analyst = await inviteMember(app.t, app.owner, app.workspaceId, 'analyst');
    const analystId = await userIdOf(analyst);

    expect((await app.owner.patch(`${app.ws}/inbox/items/${a.id}`, { assigneeId: ownerId })).body).toMatchObject({ assigneeId: ownerId });
    const notToAnalyst = await app.owner.patch(`${app.ws}/inbox/items/${a.id}`, { assigneeId: analystId });
    expect(notToAnalyst.status).toBe(400);
    expect((await items('?assignee=me')).map((i) => i.id)).toEqual([a.id]);
    expect((await app.owner.patch(`${app.ws}/inbox/items/${a.id}`, { status: 'closed' })).body.status).toBe('closed');
    expect((await app.owner.patch(`${app.ws}/inbox/items/${a.id}`, { status: 'replied' })).status).toBe(409);
    expect((await app.owner.patch(`${app.ws}/inbox/items/${a.id}`, { status: 'open' })).body.status).toBe('open');

    const note = await app.owner.post(`${app.ws}/inbox/items/${a.id}/notes`, { body: 'Sudah dicek ke tim gudang' });
    expect(note.body).toMatchObject({ body: 'Sudah dicek ke tim gudang', authorName: 'Sari Owner' });
    expect((await app.owner.get(`${app.ws}/inbox/items/${a.id}`)).body.notes).toHaveLength(1);

    const bulk = await app.owner.post(`${app.ws}/inbox/bulk`, { itemIds: [a.id, b.id, 999_999], action: { type: 'close' } });
    expect(bulk.body).toEqual([
      { itemId: a.id, ok: true, error: null },
      { itemId: b.id, ok: true, error: null },
      { itemId: 999_999, ok: false, error: { code: 'not_found', message: expect.any(String) } },
    ]);
    expect(await items()).toHaveLength(0);
    expect((await items('?status=closed')).map((i) => i.id).sort()).toEqual([a.id, b.id].sort());

    const audit = ((await app.owner.get(`${app.ws}/audit?action=inbox.`)).body.items as any[]).map((e) => e.action);
    expect(audit).toContain('inbox.note_added');
    expect(audit.filter((x) => x === 'inbox.item_updated').length).toBeGreaterThanOrEqual(5);
  });

  it('refuses by role: a viewer cannot read, an analyst cannot reply or change items', async () => {
    const { accountId } = await brandWithAccount(app);
    await ingestMentions(app.t, app.workspaceId, [makeMention({ text: 'Kapan promo Rasamie mulai?' })]);
    const [item] = await items();
    const viewer = await inviteMember(app.t, app.owner, app.workspaceId, 'viewer');
    const analyst = await inviteMember(app.t, app.owner, app.workspaceId, 'analyst');
    expect((await viewer.get(`${app.ws}/inbox/items`)).status).toBe(403);
    expect((await analyst.get(`${app.ws}/inbox/items`)).status).toBe(200);
    const reply = await analyst.post(`${app.ws}/inbox/items/${item.id}/replies`, { accountId, text: 'Halo kak' });
    expect(reply.status).toBe(403);
    expect((await analyst.patch(`${app.ws}/inbox/items/${item.id}`, { status: 'closed' })).status).toBe(403);
  });

  it('warns about someone else on the item, until the heartbeat expires', async () => {
    await brandWithAccount(app);
    await ingestMentions(app.t, app.workspaceId, [makeMention({ text: 'Kapan promo Rasamie mulai?' })]);
    const [item] = await items();
    const responder = await inviteMember(app.t, app.owner, app.workspaceId, 'responder');
    const seen: any[] = [];
    const stop = app.t.ctx.events.subscribe(app.workspaceId, (e) => e.type === 'inbox.presence' && seen.push(e));
    expect((await app.owner.post(`${app.ws}/inbox/items/${item.id}/presence`, { drafting: true })).body).toEqual([]);
    const others = (await responder.post(`${app.ws}/inbox/items/${item.id}/presence`, {})).body;
    expect(others).toMatchObject([{ name: 'Sari Owner', drafting: true }]);
    expect((await responder.get(`${app.ws}/inbox/items/${item.id}`)).body.presence).toMatchObject([{ name: 'Sari Owner' }]);
    expect(seen).toHaveLength(2);
    stop();
    app.t.clock.advance(31_000);
    expect((await responder.get(`${app.ws}/inbox/items/${item.id}`)).body.presence).toEqual([]);
  });

  it('sends a reply through the outbox to the sandbox, marks the item replied, and never twice', async () => {
    const { accountId } = await brandWithAccount(app);
    await ingestMentions(app.t, app.workspaceId, [makeMention({ text: 'Kapan promo Rasamie mulai?', externalId: 'tw-q' })]);
    const [item] = await items();
    const text = 'Halo Kak, promo mulai Senin depan. Info lengkap ada di aplikasi Rasamie ya. Terima kasih sudah bertanya!';
    const sent = await app.owner.post(`${app.ws}/inbox/items/${item.id}/replies`, { accountId, text });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'queued', approvalReason: null });
    expect((await app.owner.get(`${app.ws}/inbox/items/${item.id}`)).body.status).toBe('pending');

    expect(await app.t.ctx.sendOutbox()).toMatchObject({ sent: 1 });
    const detail = (await app.owner.get(`${app.ws}/inbox/items/${item.id}`)).body;
    expect(detail).toMatchObject({ status: 'replied', firstResponseAt: T0 });
    expect(detail.replies[0]).toMatchObject({ status: 'sent', outboxItemId: sent.body.outboxItemId });
    const outbox = (await app.owner.get(`${app.ws}/outbox/${sent.body.outboxItemId}`)).body;
    expect(outbox).toMatchObject({ kind: 'reply', targetExternalId: 'tw-q', idempotencyKey: `reply:${sent.body.id}`, state: 'sent' });
    const posts = (await app.owner.get(`${app.ws}/accounts/${accountId}/sandbox-posts`)).body as any[];
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ action: 'reply', text, targetExternalId: 'tw-q' });

    // A retry of the same key posts nothing new.
    expect(await app.t.ctx.sendOutbox()).toMatchObject({ sent: 0 });
    expect((await app.owner.get(`${app.ws}/accounts/${accountId}/sandbox-posts`)).body).toHaveLength(1);
  });

  it('refuses a reply the tone check blocks, with the findings', async () => {
    const { accountId } = await brandWithAccount(app);
    await ingestMentions(app.t, app.workspaceId, [makeMention({ text: 'Rasamie basi, saya kecewa berat', externalId: 'neg' })]);
    const [item] = await items();
    const res = await app.owner.post(`${app.ws}/inbox/items/${item.id}/replies`, {
      accountId,
      text: 'Halo {name}, itu salah Anda sendiri.',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.findings.some((f: any) => f.severity === 'block')).toBe(true);
    expect((await app.owner.get(`${app.ws}/outbox`)).body).toEqual([]);
  });

  it('holds a reply for approval by role; it cannot go out before an approver (not the author) approves', async () => {
    const { accountId } = await brandWithAccount(app);
    const settings = (await app.owner.get(`${app.ws}/inbox/settings`)).body;
    await app.owner.put(`${app.ws}/inbox/settings`, { ...settings, approval: { duringIncident: true, roles: ['responder'] } });
    await ingestMentions(app.t, app.workspaceId, [makeMention({ text: 'Kapan promo Rasamie mulai?' })]);
    const [item] = await items();
    const responder = await inviteMember(app.t, app.owner, app.workspaceId, 'responder');
    const approver = await inviteMember(app.t, app.owner, app.workspaceId, 'approver');
    await grantPublishing(app.owner, app.workspaceId, accountId, responder);

    const text = 'Halo Kak, promo mulai Senin depan. Info lengkap ada di aplikasi Rasamie ya. Terima kasih!';
    const held = await responder.post(`${app.ws}/inbox/items/${item.id}/replies`, { accountId, text });
    expect(held.body).toMatchObject({ status: 'in_review', approvalReason: 'role', outboxItemId: null });
    expect(await app.t.ctx.sendOutbox()).toMatchObject({ sent: 0 });
    expect((await app.owner.get(`${app.ws}/outbox`)).body).toEqual([]);
    expect((await responder.post(`${app.ws}/inbox/replies/${held.body.id}/approve`, {})).status).toBe(403);
    expect((await approver.get(`${app.ws}/inbox/replies/in-review`)).body.map((r: any) => r.id)).toEqual([held.body.id]);

    const approved = await approver.post(`${app.ws}/inbox/replies/${held.body.id}/approve`, {});
    expect(approved.body).toMatchObject({ status: 'queued', approverName: 'Anggota approver' });
    expect((await approver.post(`${app.ws}/inbox/replies/${held.body.id}/approve`, {})).status).toBe(409);
    const queued = (await app.owner.get(`${app.ws}/outbox/${approved.body.outboxItemId}`)).body;
    expect(queued).toMatchObject({ createdBy: 'Anggota responder', approvedBy: 'Anggota approver' });
    expect(await app.t.ctx.sendOutbox()).toMatchObject({ sent: 1 });
    expect((await app.owner.get(`${app.ws}/inbox/items/${item.id}`)).body.status).toBe('replied');
  });

  it('holds every reply during an open incident of the brand; a rejection reopens the item', async () => {
    const { accountId, brandId } = await brandWithAccount(app);
    await ingestMentions(app.t, app.workspaceId, [makeMention({ text: 'Kapan aplikasi Rasamie pulih?' })]);
    const [item] = await items();
    const incident = await app.owner.post(`${app.ws}/incidents`, { title: 'Aplikasi mati', crisisType: 'outage', brandId });
    expect(incident.status).toBe(200);
    const approver = await inviteMember(app.t, app.owner, app.workspaceId, 'approver');
    const text = 'Halo Kak, mohon maaf atas gangguannya. Tim kami sedang memperbaiki; kabar terbaru ada di status.rasamie.id.';
    const held = await app.owner.post(`${app.ws}/inbox/items/${item.id}/replies`, { accountId, text });
    expect(held.body).toMatchObject({ status: 'in_review', approvalReason: 'incident' });
    expect((await approver.post(`${app.ws}/inbox/replies/${held.body.id}/reject`, {})).status).toBe(400);
    const rejected = await approver.post(`${app.ws}/inbox/replies/${held.body.id}/reject`, { comment: 'Tunggu fakta resmi' });
    expect(rejected.body).toMatchObject({ status: 'rejected', decisionComment: 'Tunggu fakta resmi' });
    expect((await app.owner.get(`${app.ws}/inbox/items/${item.id}`)).body.status).toBe('open');
    expect(await app.t.ctx.sendOutbox()).toMatchObject({ sent: 0 });
  });

  it('closes the loop when answered elsewhere, without sending', async () => {
    await brandWithAccount(app);
    await ingestMentions(app.t, app.workspaceId, [makeMention({ text: 'Kapan promo Rasamie mulai?' })]);
    const [item] = await items();
    app.t.clock.advance(5 * MINUTE);
    const res = await app.owner.post(`${app.ws}/inbox/items/${item.id}/answered-elsewhere`, { note: 'Dijawab lewat telepon' });
    expect(res.body).toMatchObject({ status: 'answered_elsewhere' });
    expect((await app.owner.get(`${app.ws}/inbox/items/${item.id}`)).body).toMatchObject({
      status: 'replied',
      firstResponseAt: T0 + 5 * MINUTE,
    });
    expect((await app.owner.get(`${app.ws}/outbox`)).body).toEqual([]);
  });
  it('drafts from a template with the values it knows, and keeps a non-approver on approved templates during a crisis', async () => {
    const { accountId, brandId } = await brandWithAccount(app);
    await ingestMentions(app.t, app.workspaceId, [makeMention({ text: 'Kenapa Rasamie basi?', authorHandle: 'budi_s' })]);
    const [item] = await items();
    const template = await app.owner.post(`${app.ws}/templates`, {
      name: 'Balasan keluhan',
      crisisType: 'product_quality',
      kind: 'reply',
      channel: 'x',
      language: 'id',
      body: 'Halo {name}, mohon maaf. Kami cek pesanan {case_id} dari {brand} sekarang.',
      changeNote: 'Versi pertama',
    });
    expect(template.status).toBe(200);
    const draft = await app.owner.post(`${app.ws}/inbox/items/${item.id}/reply-draft`, { templateId: template.body.id });
    expect(draft.body).toMatchObject({
      text: 'Halo @budi_s, mohon maaf. Kami cek pesanan {case_id} dari Rasamie sekarang.',
      missing: ['case_id'],
      templateVersion: 1,
    });

    const responder = await inviteMember(app.t, app.owner, app.workspaceId, 'responder');
    await grantPublishing(app.owner, app.workspaceId, accountId, responder);
    expect((await responder.post(`${app.ws}/inbox/items/${item.id}/reply-draft`, { templateId: template.body.id })).status).toBe(200);
    await app.owner.post(`${app.ws}/incidents`, { title: 'Produk basi', crisisType: 'product_quality', brandId });
    const refused = await responder.post(`${app.ws}/inbox/items/${item.id}/reply-draft`, { templateId: template.body.id });
    expect(refused.status).toBe(403);
    const text = 'Halo @budi_s, mohon maaf atas ketidaknyamanannya. Kami cek pesanan Anda sekarang dan kabari lewat DM hari ini.';
    const send = await responder.post(`${app.ws}/inbox/items/${item.id}/replies`, { accountId, text, templateId: template.body.id });
    expect(send.status).toBe(403);
    expect((await app.owner.get(`${app.ws}/inbox/replies/in-review`)).body).toEqual([]);
    // An approver-level lead may still use the latest words.
    expect((await app.owner.post(`${app.ws}/inbox/items/${item.id}/reply-draft`, { templateId: template.body.id })).status).toBe(200);
  });
});
