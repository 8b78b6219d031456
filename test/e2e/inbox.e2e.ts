import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atPath, hides, navLink, newIndonesianContext, pageHeading, shows, submitSetup, withPage } from './app';
import { launchBrowser } from './browser';
import { type RunningSiaga, startSiaga } from './server';

// The scheduler ticks every 15 s and the item refreshes every 10 s: a queued reply is seen sent within about 30 s.
const SENT_WITHIN_MS = 45_000;
const TEMPLATE =
  'Halo {name}, mohon maaf atas ketidaknyamanannya. Kami cek pesanan {case_id} sekarang dan akan mengabari Anda lewat DM hari ini.';
const FIXED =
  'Halo @budi_s, mohon maaf atas ketidaknyamanannya. Kami cek pesanan RSM-1042 sekarang dan akan mengabari Anda lewat DM hari ini.';

let browser: Browser;
let siaga: RunningSiaga;

beforeAll(async () => {
  [browser, siaga] = await Promise.all([launchBrowser(), startSiaga()]);
});

afterAll(async () => {
  await browser?.close();
  await siaga?.stop();
});

async function api(page: Page, method: 'post', path: string, data: unknown) {
  const me = (await (await page.request.get(`${siaga.url}/api/auth/me`)).json()) as { csrfToken: string };
  const response = await page.request[method](`${siaga.url}/api${path}`, { data, headers: { 'X-CSRF-Token': me.csrfToken } });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
  return (await response.json()) as Record<string, any>;
}

describe('inbox in a browser', () => {
  it('answers a negative mention from a template, fixes what the tone check stops, a second user approves, and the outbox sends it', async () => {
    await withPage(browser, siaga, 'inbox', async (page) => {
      await page.goto(siaga.url);
      await submitSetup(page, siaga.setupToken);
      await atPath(page, /^\/w\/\d+\/mentions$/);
      const workspaceId = new URL(page.url()).pathname.split('/')[2]!;
      const ws = `/workspaces/${workspaceId}`;
      const brand = await api(page, 'post', `${ws}/brands`, { name: 'Rasamie', kind: 'own' });
      await api(page, 'post', `${ws}/brands/${brand.id}/queries`, { name: 'Rasamie', query: 'rasamie' });
      await api(page, 'post', `${ws}/accounts`, {
        brandId: brand.id,
        platform: 'sandbox',
        handle: 'rasamie_id',
        displayName: 'Rasamie Official',
      });
      await api(page, 'post', `${ws}/templates`, {
        name: 'Balasan keluhan produk',
        crisisType: 'product_quality',
        kind: 'reply',
        channel: 'x',
        language: 'id',
        body: TEMPLATE,
        changeNote: 'Versi pertama',
      });
      const invited = await api(page, 'post', `${ws}/members`, { email: 'penyetuju@example.com', role: 'approver' });
      const other = await newIndonesianContext(browser);
      const accepted = await other.request.post(`${siaga.url}/api/invitations/${String(invited.inviteUrl).split('/invite/')[1]}/accept`, {
        data: { name: 'Anggota Penyetuju', password: 'kata-sandi-penyetuju-1' },
      });
      expect(accepted.status()).toBe(200);
      await api(page, 'post', `${ws}/mentions/batch`, {
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
        // The owner's replies wait for an approver: the crisis lead's call, in the inbox rules.
        await page.getByRole('button', { name: 'Aturan kotak masuk' }).click();
        const rules = page.getByRole('dialog', { name: 'Aturan kotak masuk' });
        await rules.getByRole('textbox', { name: 'Selalu untuk peran ini' }).click({ force: true });
        await page.getByRole('option', { name: 'Pemilik' }).click();
        await rules.getByRole('button', { name: 'Simpan' }).click();
        await shows(rules.getByText('Aturan disimpan. Sebutan baru mengikutinya.'));
        await page.keyboard.press('Escape');
        await hides(rules);
        const row = page.getByTestId('inbox-row').filter({ hasText: 'Kenapa Rasamie basi?' });
        await row.click();
        const item = drawer(page);
        await item.getByRole('textbox', { name: 'Templat' }).click();
        await page.getByRole('option', { name: 'Balasan keluhan produk (id)' }).click();
        const text = item.getByRole('textbox', { name: 'Teks balasan' });
        await expect.poll(() => text.inputValue()).toContain('@budi_s');
        await shows(item.getByText('Belum terisi: {case_id}'));
        const findings = item.getByTestId('tone-findings');
        await shows(findings.getByText('Menghalangi'));
        const send = item.getByRole('button', { name: 'Kirim', exact: true });
        expect(await send.isDisabled()).toBe(true);

        await text.fill(FIXED);
        await findings.getByText('Menghalangi').waitFor({ state: 'detached' });
        await shows(item.getByText('Akan diposting sebagai'));
        await shows(item.getByTestId('posts-as').getByText('@rasamie_id · Sandbox'));
        await send.click();
        await shows(item.getByTestId('reply-status').getByText('Menunggu persetujuan'));

        const approverPage = await other.newPage();
        await approverPage.goto(`${siaga.url}/w/${workspaceId}/inbox`);
        const queue = approverPage.getByTestId('approval-queue');
        await shows(queue.getByText(FIXED));
        await queue.getByRole('button', { name: 'Setujui' }).click();
        await queue.waitFor({ state: 'detached' });
      } finally {
        await other.close();
      }
      await drawer(page).getByTestId('reply-status').getByText('Terkirim').waitFor({ timeout: SENT_WITHIN_MS });
      await shows(drawer(page).getByTestId('drawer-status').getByText('Sudah dijawab'));
    });
  }, 150_000);
});

const drawer = (page: Page) => page.getByTestId('inbox-item');
