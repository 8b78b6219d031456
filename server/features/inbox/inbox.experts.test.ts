import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { T0, type TestApp, type TestClient } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { type MailingApp, mailBody, startMailingApp, stopMailingApp } from '../../../test/support/mail';
import { ingestMentions, makeMention } from '../../../test/support/factories';

describe.each(testDialects())('inbox experts (%s)', (dialect) => {
  let smtp: MailingApp['smtp'];
  let t: TestApp;
  let owner: TestClient;
  let ws: string;
  let workspaceId: number;

  beforeEach(async () => {
    ({ smtp, t, owner, workspaceId, ws } = await startMailingApp(dialect, { SIAGA_PUBLIC_URL: 'https://siaga.example' }));
  });
  afterEach(() => stopMailingApp({ t, smtp }));

  it('emails the expert a one-time link; their answer reaches the item once, HTML escaped on the page', async () => {
    await ingestMentions(t, workspaceId, [makeMention({ text: 'Apakah mie <b>Rasamie</b> mengandung babi?', externalId: 'halal' })]);
    const [item] = (await owner.get(`${ws}/inbox/items`)).body;
    const contact = await owner.post(`${ws}/contacts`, {
      kind: 'internal_expert',
      name: 'Dewi Pangan',
      topic: 'product',
      email: 'dewi@rasamie.example',
    });
    expect(contact.status).toBe(200);
    const noEmail = await owner.post(`${ws}/contacts`, { kind: 'internal_expert', name: 'Tanpa Surel' });

    const refused = await owner.post(`${ws}/inbox/items/${item.id}/experts`, { contactId: noEmail.body.id, question: 'Halal?' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.issues[0].path).toBe('contactId');

    const asked = await owner.post(`${ws}/inbox/items/${item.id}/experts`, {
      contactId: contact.body.id,
      question: 'Bahan apa saja yang dipakai?',
      locale: 'id',
    });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({ contactName: 'Dewi Pangan', answer: null });
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.to).toEqual(['dewi@rasamie.example']);
    const body = mailBody(smtp.mails[0]!.raw);
    expect(body).toContain('Bahan apa saja yang dipakai?');
    expect(body).toContain('Apakah mie <b>Rasamie</b> mengandung babi?');
    const link = /https:\/\/siaga\.example\/expert\/([\w-]+)/.exec(body);
    expect(link).not.toBeNull();
    const token = link![1]!;
    const stored = await t.ctx.db.selectFrom('inbox_expert_requests').select('token_hash').executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);

    const page = await t.app.request(`/expert/${token}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('&lt;b&gt;Rasamie&lt;/b&gt;');
    expect(html).not.toContain('<b>Rasamie</b>');

    const answered: unknown[] = [];
    const stop = t.ctx.events.subscribe(workspaceId, (e) => e.type === 'inbox.expert_answered' && answered.push(e));
    t.clock.advance(60_000);
    const form = new URLSearchParams({ answer: 'Semua bahan bersertifikat halal MUI.' });
    const posted = await t.app.request(`/expert/${token}`, {
      method: 'POST',
      body: form,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(posted.status).toBe(200);
    stop();
    expect(answered).toHaveLength(1);
    const again = await t.app.request(`/expert/${token}`, {
      method: 'POST',
      body: form,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(again.status).toBe(410);
    expect((await t.app.request(`/expert/${token}`)).status).toBe(410);

    const detail = (await owner.get(`${ws}/inbox/items/${item.id}`)).body;
    expect(detail.experts).toMatchObject([
      { contactName: 'Dewi Pangan', answer: 'Semua bahan bersertifikat halal MUI.', answeredAt: T0 + 60_000 },
    ]);
  });

  it('refuses an expired link', async () => {
    await ingestMentions(t, workspaceId, [makeMention({ text: 'Apakah Rasamie halal?' })]);
    const [item] = (await owner.get(`${ws}/inbox/items`)).body;
    const contact = await owner.post(`${ws}/contacts`, {
      kind: 'internal_expert',
      name: 'Dewi',
      topic: 'product',
      email: 'dewi@rasamie.example',
    });
    const asked = await owner.post(`${ws}/inbox/items/${item.id}/experts`, {
      contactId: contact.body.id,
      question: 'Halal?',
      locale: 'en',
    });
    expect(asked.body).toMatchObject({ contactName: 'Dewi' });
    const token = /\/expert\/([\w-]+)/.exec(mailBody(smtp.mails[0]!.raw))![1]!;
    expect(mailBody(smtp.mails[0]!.raw)).toContain('asks for your view to answer the post');
    t.clock.advance(8 * 86_400_000);
    expect((await t.app.request(`/expert/${token}`)).status).toBe(410);
  });
});
