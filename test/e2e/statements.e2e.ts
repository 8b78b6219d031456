import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { atPath, field, newIndonesianContext, pageHeading, shows, submitSetup, withPage } from './app';
import { useBrowserAndSiaga } from './browser';
import type { RunningSiaga } from './server';

const TITLE = 'Gangguan pembayaran QRIS';
const BODY =
  'Kami mohon maaf atas gangguan pembayaran QRIS pagi ini. Tim kami sedang memperbaikinya dan kami akan memberi kabar berikutnya pukul 12.00 WIB. Hubungi 1500-123 bila Anda butuh bantuan.';
// The scheduler ticks every 15 s: the sandbox post's receipt reaches the timeline within about that.
const SENT_WITHIN_MS = 45_000;

let browser: Browser;
let siaga: RunningSiaga;
useBrowserAndSiaga((started) => ({ browser, siaga } = started));

async function csrfOf(request: BrowserContext['request']) {
  return ((await (await request.get(`${siaga.url}/api/auth/me`)).json()) as { csrfToken: string }).csrfToken;
}

async function send(request: BrowserContext['request'], method: 'post' | 'put', path: string, data: unknown) {
  const response = await request[method](`${siaga.url}/api${path}`, { data, headers: { 'X-CSRF-Token': await csrfOf(request) } });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

/** Invites a member and signs them in in a browser context of their own. */
async function member(page: Page, workspaceId: string, role: string, email: string): Promise<BrowserContext> {
  const invite = await send(page.request, 'post', `/workspaces/${workspaceId}/members`, { email, role });
  const secret = String(invite.inviteUrl).split('/invite/')[1];
  const context = await newIndonesianContext(browser);
  const accepted = await context.request.post(`${siaga.url}/api/invitations/${secret}/accept`, {
    data: { name: `Penyetuju ${email.split('@')[0]}`, password: 'kata-sandi-penyetuju-1' },
  });
  expect(accepted.status(), await accepted.text()).toBe(200);
  return context;
}

describe('statements in a browser', () => {
  it('drafts a statement for an incident, gets two approvals, publishes it, and sees it on the public page and the timeline', async () => {
    await withPage(browser, siaga, 'statements', async (page) => {
      await page.goto(siaga.url);
      await submitSetup(page, siaga.setupToken);
      await atPath(page, /^\/w\/\d+\/mentions$/);
      const workspaceId = new URL(page.url()).pathname.split('/')[2]!;
      const ws = `/workspaces/${workspaceId}`;
      const brand = await send(page.request, 'post', `${ws}/brands`, { name: 'Rasamie', kind: 'own' });
      await send(page.request, 'post', `${ws}/accounts`, {
        brandId: brand.id,
        platform: 'sandbox',
        handle: 'rasamie_id',
        displayName: 'Rasamie Official',
      });
      await send(page.request, 'put', `${ws}/brands/${String(brand.id)}/update-page`, {
        slug: 'rasamie',
        title: 'Info Rasamie',
        language: 'id',
        enabled: true,
      });
      const incident = await send(page.request, 'post', `${ws}/incidents`, {
        title: 'Gangguan QRIS',
        crisisType: 'service_delivery',
        brandId: brand.id,
      });
      const first = await member(page, workspaceId, 'approver', 'ani@example.com');
      const second = await member(page, workspaceId, 'crisis_lead', 'budi@example.com');

      // From the incident room: a statement for this incident.
      await page.goto(`${siaga.url}/w/${workspaceId}/incidents/${String(incident.id)}`);
      await page.getByRole('link', { name: 'Pernyataan untuk insiden ini' }).click();
      await shows(pageHeading(page, 'Susun pernyataan'));
      await field(page, 'Judul').fill(TITLE);
      await field(page, 'Isi pernyataan').fill(BODY);
      await page.getByRole('checkbox', { name: /@rasamie_id/ }).check();
      // Trusted posting: the preview names exactly which account will post, and counts against its limit.
      const preview = page.getByTestId('preview-account:1');
      await shows(preview.getByText('@rasamie_id · Sandbox'));
      await shows(preview.getByText(`${[...BODY].length} / 2000 karakter`));
      await shows(page.getByTestId('preview-page'));
      await page.getByRole('button', { name: 'Simpan draf' }).click();
      await atPath(page, /^\/w\/\d+\/statements\/\d+$/);
      const statementUrl = page.url();
      await shows(pageHeading(page, TITLE));
      await page.getByRole('button', { name: 'Ajukan untuk persetujuan' }).click();
      await shows(page.getByTestId('approval-count').getByText('0 dari 2 persetujuan'));
      await shows(page.getByText('Aturan dua orang'));

      // The first approver approves in the app; one of two is not enough.
      const approverPage = await first.newPage();
      await approverPage.goto(statementUrl);
      await approverPage.getByRole('button', { name: 'Setujui' }).click();
      await shows(approverPage.getByTestId('approval-count').getByText('1 dari 2 persetujuan'));
      await first.close();
      const statementId = statementUrl.split('/').at(-1)!;
      await send(second.request, 'post', `${ws}/statements/${statementId}/approve`, { comment: 'Setuju' });
      await second.close();

      await page.reload();
      await shows(page.getByTestId('approval-count').getByText('2 dari 2 persetujuan'));
      await page.getByRole('button', { name: 'Terbitkan sekarang' }).click();
      await shows(page.getByTestId('deliveries').getByText('Halaman publik'));

      // The public page, with JavaScript switched off.
      const reader = await browser.newContext({ javaScriptEnabled: false, locale: 'id-ID', viewport: { width: 360, height: 740 } });
      const publicPage = await reader.newPage();
      const response = await publicPage.goto(`${siaga.url}/updates/rasamie`);
      expect(response?.status()).toBe(200);
      await shows(publicPage.getByRole('heading', { name: TITLE }));
      await shows(publicPage.getByText('pukul 12.00 WIB', { exact: false }));
      expect(await publicPage.locator('html').getAttribute('lang')).toBe('id');
      expect(await publicPage.locator('script').count()).toBe(0);
      // Readable on a phone: nothing wider than the screen.
      expect(await publicPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await reader.close();

      // The receipts on the incident timeline: the page at once, the sandbox post once the scheduler has sent it.
      await page.goto(`${siaga.url}/w/${workspaceId}/incidents/${String(incident.id)}`);
      const deadline = Date.now() + SENT_WITHIN_MS;
      for (;;) {
        await shows(page.getByText(/Pernyataan terkirim lewat update_page @rasamie/));
        if ((await page.getByText(/Pernyataan terkirim lewat sandbox @rasamie_id/).count()) > 0) break;
        if (Date.now() > deadline) throw new Error('the sandbox receipt never reached the timeline');
        await page.waitForTimeout(3_000);
        await page.reload();
      }
    });
  }, 150_000);
});
