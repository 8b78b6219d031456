import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiOf, atPath, navLink, newIndonesianContext, pageHeading, shows, submitSetup, withPage } from './app';
import { launchBrowser } from './browser';
import { type RunningSiaga, startSiaga } from './server';

// The scheduler ticks every 15 s: a queued reply is sent, and its receipt written, within about 30 s.
const SENT_WITHIN_MS = 45_000;
const TEMPLATE =
  'Halo {name}, mohon maaf atas ketidaknyamanannya. Kami cek pesanan {case_id} sekarang dan akan mengabari Anda lewat DM hari ini.';
const FIXED =
  'Halo @budi_s, mohon maaf atas ketidaknyamanannya. Kami cek pesanan RSM-1042 sekarang dan akan mengabari Anda lewat DM hari ini.';
const UPDATE = 'Pembaruan: kami menarik produk batch 12 dan menghubungi setiap pelanggan yang terdampak. Info: 0800-123-456.';

let browser: Browser;
let siaga: RunningSiaga;

beforeAll(async () => {
  [browser, siaga] = await Promise.all([launchBrowser(), startSiaga()]);
});

afterAll(async () => {
  await browser?.close();
  await siaga?.stop();
});

/** Reloads until `text` shows, for what the scheduler does in the background; `loaded` tells the page is there. */
async function waitForText(page: Page, loaded: RegExp, text: RegExp, what: string): Promise<void> {
  const deadline = Date.now() + SENT_WITHIN_MS;
  for (;;) {
    await shows(page.getByText(loaded));
    if ((await page.getByText(text).count()) > 0) return;
    if (Date.now() > deadline) throw new Error(`${what} never showed`);
    await page.waitForTimeout(3_000);
    await page.reload();
  }
}

describe('the response journey in a browser', () => {
  it('answers a negative mention during a crisis from a template the tone check stops, gets it approved, and sees it on the timeline and the public page', async () => {
    await withPage(browser, siaga, 'response', async (page) => {
      await page.goto(siaga.url);
      await submitSetup(page, siaga.setupToken);
      await atPath(page, /^\/w\/\d+\/mentions$/);
      const workspaceId = new URL(page.url()).pathname.split('/')[2]!;
      const api = await apiOf(page, siaga, workspaceId);
      const put = async (path: string, data: unknown) => {
        const me = (await (await page.request.get(`${siaga.url}/api/auth/me`)).json()) as { csrfToken: string };
        const response = await page.request.put(`${siaga.url}/api/workspaces/${workspaceId}${path}`, {
          data,
          headers: { 'X-CSRF-Token': me.csrfToken },
        });
        expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
      };

      const brand = await api.post('/brands', { name: 'Rasamie', kind: 'own' });
      await api.post(`/brands/${String(brand.id)}/queries`, { name: 'Rasamie', query: 'rasamie' });
      const account = await api.post('/accounts', {
        brandId: brand.id,
        platform: 'sandbox',
        handle: 'rasamie_id',
        displayName: 'Rasamie Official',
      });
      await put(`/brands/${String(brand.id)}/update-page`, { slug: 'rasamie', title: 'Info Rasamie', language: 'id', enabled: true });
      await put('/statement-settings', { twoPersonRule: false });
      await api.post('/templates', {
        name: 'Balasan keluhan produk',
        crisisType: 'product_quality',
        kind: 'reply',
        channel: 'x',
        language: 'id',
        body: TEMPLATE,
        changeNote: 'Versi pertama',
      });
      const invited = await api.post('/members', { email: 'penyetuju@example.com', role: 'approver' });
      const approver = await newIndonesianContext(browser);
      const accepted = await approver.request.post(
        `${siaga.url}/api/invitations/${String(invited.inviteUrl).split('/invite/')[1]}/accept`,
        {
          data: { name: 'Anggota Penyetuju', password: 'kata-sandi-penyetuju-1' },
        },
      );
      expect(accepted.status()).toBe(200);
      // A crisis is declared for the brand: from now on every reply waits for an approver.
      const incident = await api.post('/incidents', { title: 'Produk basi', crisisType: 'product_quality', brandId: brand.id });
      await api.post('/mentions/batch', {
        mentions: [
          {
            platform: 'x',
            externalId: 'x-991',
            text: 'Kenapa Rasamie basi? Kecewa berat, anak saya sakit perut.',
            createdAt: new Date().toISOString(),
            authorHandle: 'budi_s',
            language: 'id',
          },
        ],
      });

      try {
        await navLink(page, 'Kotak masuk').click();
        await shows(pageHeading(page, 'Kotak masuk tanggapan'));
        await page.getByTestId('inbox-row').filter({ hasText: 'Kenapa Rasamie basi?' }).click();
        const item = page.getByTestId('inbox-item');
        await item.getByRole('textbox', { name: 'Templat' }).click();
        await page.getByRole('option', { name: 'Balasan keluhan produk (id)' }).click();
        const text = item.getByRole('textbox', { name: 'Teks balasan' });
        await expect.poll(() => text.inputValue()).toContain('@budi_s');
        // The first draft still has a blank the tone check will not let out.
        const findings = item.getByTestId('tone-findings');
        await shows(findings.getByText('Menghalangi'));
        const send = item.getByRole('button', { name: 'Kirim', exact: true });
        expect(await send.isDisabled()).toBe(true);

        await text.fill(FIXED);
        await findings.getByText('Menghalangi').waitFor({ state: 'detached' });
        await shows(item.getByTestId('posts-as').getByText('@rasamie_id · Sandbox'));
        await send.click();
        await shows(item.getByTestId('reply-status').getByText('Menunggu persetujuan'));

        const approverPage = await approver.newPage();
        await approverPage.goto(`${siaga.url}/w/${workspaceId}/inbox`);
        const queue = approverPage.getByTestId('approval-queue');
        await shows(queue.getByText(FIXED));
        await queue.getByRole('button', { name: 'Setujui' }).click();
        await queue.waitFor({ state: 'detached' });
      } finally {
        await approver.close();
      }
      await page.getByTestId('inbox-item').getByTestId('reply-status').getByText('Terkirim').waitFor({ timeout: SENT_WITHIN_MS });

      // The team tells everyone where things stand: a statement on the public page, approved by someone else.
      const statement = await api.post('/statements', {
        brandId: brand.id,
        incidentId: incident.id,
        language: 'id',
        title: 'Penarikan produk batch 12',
        body: UPDATE,
        targets: { accountIds: [account.id], page: true },
      });
      await api.post(`/statements/${String(statement.id)}/submit`, {});
      const reviewer = await newIndonesianContext(browser);
      try {
        const login = await reviewer.request.post(`${siaga.url}/api/auth/login`, {
          data: { email: 'penyetuju@example.com', password: 'kata-sandi-penyetuju-1' },
        });
        expect(login.status()).toBe(200);
        const csrf = ((await (await reviewer.request.get(`${siaga.url}/api/auth/me`)).json()) as { csrfToken: string }).csrfToken;
        const approved = await reviewer.request.post(
          `${siaga.url}/api/workspaces/${workspaceId}/statements/${String(statement.id)}/approve`,
          {
            data: {},
            headers: { 'X-CSRF-Token': csrf },
          },
        );
        expect(approved.status(), await approved.text()).toBe(200);
      } finally {
        await reviewer.close();
      }
      await api.post(`/statements/${String(statement.id)}/publish`, {});

      // The incident timeline tells both: the reply's receipt and the statement's.
      await page.goto(`${siaga.url}/w/${workspaceId}/incidents/${String(incident.id)}`);
      await waitForText(page, /Pernyataan terkirim lewat update_page/, /Balasan terkirim lewat sandbox @rasamie_id/, "the reply's receipt");

      // The public page, as a customer reads it on a phone with JavaScript off.
      const reader = await browser.newContext({ javaScriptEnabled: false, locale: 'id-ID', viewport: { width: 360, height: 740 } });
      try {
        const publicPage = await reader.newPage();
        expect((await publicPage.goto(`${siaga.url}/updates/rasamie`))?.status()).toBe(200);
        await shows(publicPage.getByRole('heading', { name: 'Penarikan produk batch 12' }));
        await shows(publicPage.getByText(/kami menarik produk batch 12/));
        expect(await publicPage.locator('script').count()).toBe(0);
      } finally {
        await reader.close();
      }
    });
  }, 180_000);
});
