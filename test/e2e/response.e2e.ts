import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { atPath, navLink, newIndonesianContext, pageHeading, shows, submitSetup, withPage } from './app';
import { approveFromQueue, inboxDrawer, ingestComplaint, prepareInbox, replyFromTemplate } from './inbox-steps';
import { useBrowserAndSiaga } from './browser';
import type { RunningSiaga } from './server';

// The scheduler ticks every 15 s: a queued reply is sent, and its receipt written, within about 30 s.
const SENT_WITHIN_MS = 45_000;
const UPDATE = 'Pembaruan: kami menarik produk batch 12 dan menghubungi setiap pelanggan yang terdampak. Info: 0800-123-456.';

let browser: Browser;
let siaga: RunningSiaga;
useBrowserAndSiaga((started) => ({ browser, siaga } = started));

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
      const { api, brandId, accountId, approver } = await prepareInbox(browser, page, siaga, workspaceId);
      await api.put(`/brands/${brandId}/update-page`, { slug: 'rasamie', title: 'Info Rasamie', language: 'id', enabled: true });
      await api.put('/statement-settings', { twoPersonRule: false });
      // A crisis is declared for the brand: from now on every reply waits for an approver.
      const incident = await api.post('/incidents', { title: 'Produk basi', crisisType: 'product_quality', brandId });
      await ingestComplaint(api);

      try {
        await navLink(page, 'Kotak masuk').click();
        await shows(pageHeading(page, 'Kotak masuk tanggapan'));
        await replyFromTemplate(page);
        await approveFromQueue(approver, siaga, workspaceId);
      } finally {
        await approver.close();
      }
      await inboxDrawer(page).getByTestId('reply-status').getByText('Terkirim').waitFor({ timeout: SENT_WITHIN_MS });

      // The team tells everyone where things stand: a statement on the public page, approved by someone else.
      const statement = await api.post('/statements', {
        brandId,
        incidentId: incident.id,
        language: 'id',
        title: 'Penarikan produk batch 12',
        body: UPDATE,
        targets: { accountIds: [accountId], page: true },
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
