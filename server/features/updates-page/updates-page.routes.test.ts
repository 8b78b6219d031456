import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, type TestClient } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { type MailingApp, mailBody, startMailingApp, stopMailingApp } from '../../../test/support/mail';
import { inviteMember } from '../../../test/support/factories';
import { createSandboxAccount } from '../../../test/support/outbox';
import { CALM_BODY, enableUpdatePage, formTokenOf, postForm } from '../../../test/support/statements';
import { CONFIRM_TTL_MS, SUBSCRIBE_ATTEMPTS_PER_HOUR } from './index';

const PUBLIC_URL = 'https://siaga.example';
const MINUTE = 60_000;

/** Checks that every element is closed in order (a small well-formedness check) and returns the element names in order. */
function xmlElements(xml: string): string[] {
  const names: string[] = [];
  const stack: string[] = [];
  for (const m of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([A-Za-z][\w:.-]*)([^>]*?)(\/?)>/g)) {
    const [, closing, name, , selfClosing] = m;
    if (closing) {
      expect(stack.pop(), `</${name}> closes the wrong element`).toBe(name);
    } else {
      names.push(name!);
      if (!selfClosing) stack.push(name!);
    }
  }
  expect(stack).toEqual([]);
  return names;
}

describe.each(testDialects())('public update page (%s)', (dialect) => {
  let smtp: MailingApp['smtp'];
  let t: TestApp;
  let owner: TestClient;
  let ws: string;
  let workspaceId: number;

  beforeEach(async () => {
    ({ smtp, t, owner, workspaceId, ws } = await startMailingApp(dialect, {
      SIAGA_PUBLIC_URL: PUBLIC_URL,
      // The rate limit counts per client address, which comes from X-Forwarded-For behind a proxy.
      SIAGA_TRUST_PROXY: 'true',
    }));
  });
  afterEach(() => stopMailingApp({ t, smtp }));

  const page = async (slug = 'rasamie') => {
    const res = await t.app.request(`/updates/${slug}`);
    return { status: res.status, html: await res.text(), headers: res.headers };
  };

  /** A statement approved by an approver and published by the owner at once. */
  async function publish(brandId: number, body: Record<string, unknown>) {
    const approver = await inviteMember(t, owner, workspaceId, 'approver', `approver${Math.random()}@example.com`);
    const created = await owner.post(`${ws}/statements`, {
      brandId,
      language: 'id',
      title: 'Gangguan layanan',
      body: CALM_BODY,
      targets: { page: true, subscribers: true },
      ...body,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const id = created.body.id as number;
    expect((await owner.post(`${ws}/statements/${id}/submit`)).status).toBe(200);
    expect((await approver.post(`${ws}/statements/${id}/approve`, {})).body.state).toBe('approved');
    const published = await owner.post(`${ws}/statements/${id}/publish`, {});
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    return id;
  }

  async function subscribe(email: string, ip = '198.51.100.7') {
    const res = await postForm(t, '/updates/rasamie/subscribe', { email, token: await formTokenOf(t, 'rasamie'), language: 'id' }, ip);
    const token = /confirm\?token=([\w-]+)/.exec(mailBody(smtp.mails.at(-1)?.raw ?? ''))?.[1];
    return { res, token: token! };
  }

  it('serves the page without script, escaped, in the statement language, with corrections and their history', async () => {
    const { brandId } = await createSandboxAccount(owner, workspaceId);
    expect((await page()).status).toBe(404);
    await enableUpdatePage(owner, workspaceId, brandId);
    const id = await publish(brandId, { title: 'Gangguan <b>pembayaran</b> & "QRIS"', nextUpdateAt: t.clock.now() + 90 * MINUTE });
    const englishId = await publish(brandId, {
      language: 'en',
      title: 'Payment outage',
      body: 'We are sorry for the payment outage this morning. Our team is fixing it and we will post the next update at 12:00 WIB. Call 1500-123 if you need help.',
    });

    const first = await page();
    expect(first.status).toBe(200);
    expect(first.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(first.html).not.toMatch(/<script/i);
    expect(first.html).toMatch(/^<!doctype html><html lang="id">/);
    expect(first.html).toContain('<meta name="viewport" content="width=device-width,initial-scale=1">');
    expect(first.html).toContain('Gangguan &lt;b&gt;pembayaran&lt;/b&gt; &amp; &quot;QRIS&quot;');
    expect(first.html).not.toContain('<b>pembayaran</b>');
    expect(first.html).toContain(`<article id="s${id}" lang="id">`);
    expect(first.html).toContain(`<article id="s${englishId}" lang="en">`);
    // Newest first, each with labels in its own language.
    expect(first.html.indexOf(`id="s${englishId}"`)).toBeLessThan(first.html.indexOf(`id="s${id}"`));
    expect(first.html).toMatch(/Published <time datetime="2026-11-01T08:00:00.000Z">/);
    expect(first.html).toMatch(/Diterbitkan <time/);
    expect(first.html).not.toContain('Pembaruan berikutnya');

    t.clock.advance(5 * MINUTE);
    const corrected = await owner.post(`${ws}/statements/${id}/corrections`, {
      body: `${CALM_BODY} Pembayaran tunai tetap bisa dilakukan.`,
      reason: 'Menambah cara bayar yang masih berfungsi',
    });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    expect(corrected.body.revisions.map((r: any) => [r.revision, r.reason])).toEqual([
      [2, 'Menambah cara bayar yang masih berfungsi'],
      [1, null],
    ]);
    const second = await page();
    expect(second.html).toContain('Pembayaran tunai tetap bisa dilakukan.');
    expect(second.html).toContain('<span class="edited">Disunting <time datetime="2026-11-01T08:05:00.000Z">');
    expect(second.html).toContain('Alasan: Menambah cara bayar yang masih berfungsi');
    expect(second.html).toContain('<summary>Riwayat suntingan (1)</summary>');
    // The corrected statement moved up? No: statements keep their first publication order.
    expect(second.html.indexOf(`id="s${englishId}"`)).toBeLessThan(second.html.indexOf(`id="s${id}"`));

    const feed = await t.app.request('/updates/rasamie/feed.atom');
    expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await feed.text();
    const names = xmlElements(xml);
    expect(names[0]).toBe('feed');
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">');
    expect(names.filter((n) => n === 'entry')).toHaveLength(3);
    const entries = [...xml.matchAll(/<entry xml:lang="(\w+)"><id>([^<]+)<\/id><title>([^<]+)<\/title><updated>([^<]+)<\/updated>/g)].map(
      (m) => m.slice(1),
    );
    expect(entries).toEqual([
      [
        'id',
        `${PUBLIC_URL}/updates/rasamie#s${id}-r2`,
        'Koreksi: Gangguan &lt;b&gt;pembayaran&lt;/b&gt; &amp; &quot;QRIS&quot;',
        '2026-11-01T08:05:00.000Z',
      ],
      ['en', `${PUBLIC_URL}/updates/rasamie#s${englishId}-r1`, 'Payment outage', '2026-11-01T08:00:00.000Z'],
      [
        'id',
        `${PUBLIC_URL}/updates/rasamie#s${id}-r1`,
        'Gangguan &lt;b&gt;pembayaran&lt;/b&gt; &amp; &quot;QRIS&quot;',
        '2026-11-01T08:00:00.000Z',
      ],
    ]);
    expect(xml).toMatch(
      /<feed[^>]*><id>https:\/\/siaga\.example\/updates\/rasamie<\/id><title>Info gangguan Rasamie<\/title><updated>2026-11-01T08:05:00.000Z<\/updated>/,
    );
  });

  it('subscribes with double opt-in: nothing before confirming, the link works once, an expired one is refused, one-click unsubscribe', async () => {
    const { brandId } = await createSandboxAccount(owner, workspaceId);
    await enableUpdatePage(owner, workspaceId, brandId);

    const badToken = await postForm(t, '/updates/rasamie/subscribe', { email: 'a@example.com', token: '123.abc' });
    expect(badToken.status).toBe(400);
    expect(smtp.mails).toHaveLength(0);

    const unconfirmed = await subscribe('belum@example.com');
    expect(unconfirmed.res.status).toBe(200);
    expect(unconfirmed.res.html).toContain('Periksa kotak masuk Anda');
    const confirmedOne = await subscribe('sudah@example.com');
    const expired = await subscribe('lambat@example.com');
    const link = await t.app.request(`/updates/rasamie/confirm?token=${confirmedOne.token}`);
    expect(await link.text()).toContain('<form method="post" action="/updates/rasamie/confirm">');
    expect((await postForm(t, '/updates/rasamie/confirm', { token: confirmedOne.token })).status).toBe(200);
    expect((await postForm(t, '/updates/rasamie/confirm', { token: confirmedOne.token })).status).toBe(400);
    t.clock.advance(CONFIRM_TTL_MS + MINUTE);
    expect((await postForm(t, '/updates/rasamie/confirm', { token: expired.token })).status).toBe(400);

    const pages = (await owner.get(`${ws}/update-pages`)).body;
    expect(pages).toEqual([expect.objectContaining({ slug: 'rasamie', subscriberCount: 1, url: `${PUBLIC_URL}/updates/rasamie` })]);
    const lead = await inviteMember(t, owner, workspaceId, 'crisis_lead');
    const responder = await inviteMember(t, owner, workspaceId, 'responder');
    expect((await responder.get(`${ws}/update-pages/${pages[0].id}/subscribers`)).status).toBe(403);
    const subscribers = (await lead.get(`${ws}/update-pages/${pages[0].id}/subscribers`)).body as any[];
    expect(subscribers.map((s) => [s.email, s.confirmedAt !== null])).toEqual([
      ['belum@example.com', false],
      ['sudah@example.com', true],
      ['lambat@example.com', false],
    ]);

    const before = smtp.mails.length;
    await publish(brandId, {});
    await t.ctx.tickStatements();
    const sent = smtp.mails.slice(before);
    expect(sent.map((m) => m.to[0])).toEqual(['sudah@example.com']);
    const unsubscribe = sent[0]!.headers['list-unsubscribe']!.slice(1, -1).replace(PUBLIC_URL, '');

    // RFC 8058: the mail client POSTs `List-Unsubscribe=One-Click`, with no session and no form token.
    const oneClick = await postForm(t, unsubscribe, { 'List-Unsubscribe': 'One-Click' });
    expect(oneClick.status).toBe(200);
    expect((await postForm(t, unsubscribe.replace(/t=[\w-]+/, 't=forged'), { 'List-Unsubscribe': 'One-Click' })).status).toBe(404);
    const after = smtp.mails.length;
    await publish(brandId, { title: 'Pembaruan kedua' });
    await t.ctx.tickStatements();
    expect(smtp.mails.length).toBe(after);
  });

  it('limits subscription attempts per client', async () => {
    const { brandId } = await createSandboxAccount(owner, workspaceId);
    await enableUpdatePage(owner, workspaceId, brandId);
    for (let i = 0; i < SUBSCRIBE_ATTEMPTS_PER_HOUR; i++) expect((await subscribe(`orang${i}@example.com`)).res.status).toBe(200);
    const limited = await subscribe('lagi@example.com');
    expect(limited.res.status).toBe(429);
    expect(limited.res.html).toContain('Terlalu banyak percobaan');
    expect((await subscribe('lain@example.com', '192.0.2.44')).res.status).toBe(200);
    t.clock.advance(61 * MINUTE);
    expect((await subscribe('lagi@example.com')).res.status).toBe(200);
  });

  it('reminds when the promised next update passes without a newer statement, once', async () => {
    const { brandId } = await createSandboxAccount(owner, workspaceId);
    await enableUpdatePage(owner, workspaceId, brandId);
    const incident = (await owner.post(`${ws}/incidents`, { title: 'Gangguan', crisisType: 'service_delivery', brandId })).body;
    await owner.put(`${ws}/statement-settings`, { twoPersonRule: false });
    const id = await publish(brandId, { incidentId: incident.id, nextUpdateAt: t.clock.now() + 60 * MINUTE });
    expect((await page()).html).toContain('Pembaruan berikutnya:</strong> <time datetime="2026-11-01T09:00:00.000Z">');
    expect((await t.ctx.tickStatements()).reminded).toBe(0);
    t.clock.advance(61 * MINUTE);
    expect((await t.ctx.tickStatements()).reminded).toBe(1);
    expect((await t.ctx.tickStatements()).reminded).toBe(0);
    const timeline = ((await owner.get(`${ws}/incidents/${incident.id}/timeline`)).body as any[]).filter((e) => e.kind === 'reminder_sent');
    expect(timeline).toEqual([expect.objectContaining({ details: expect.objectContaining({ statementId: id }) })]);
  });
});
