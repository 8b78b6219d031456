import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { atPath, field, hides, navLink, pageHeading, shows, submitSetup, withPage } from './app';
import { useBrowserAndSiaga } from './browser';
import type { RunningSiaga } from './server';

// The scheduler ticks every 15 s and the Outbox page refreshes every 15 s: a post is seen sent within about 30 s.
const SENT_WITHIN_MS = 45_000;
const POST_TEXT = 'Promo akhir pekan: diskon 20% untuk semua varian!';

let browser: Browser;
let siaga: RunningSiaga;
useBrowserAndSiaga((started) => ({ browser, siaga } = started));

async function postJson(page: Page, path: string, data: unknown) {
  const me = (await (await page.request.get(`${siaga.url}/api/auth/me`)).json()) as { csrfToken: string };
  const response = await page.request.post(`${siaga.url}/api${path}`, { data, headers: { 'X-CSRF-Token': me.csrfToken } });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

/** Picks `option` in the Mantine select labelled `label` (required labels end in ` *`). */
async function choose(scope: Page | ReturnType<Page['getByRole']>, page: Page, label: string, option: string) {
  await scope.getByRole('textbox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

describe('outbox in a browser', () => {
  it('adds a sandbox account, schedules a post showing who posts it, and sees it sent with a receipt and recorded by the sandbox', async () => {
    await withPage(browser, siaga, 'outbox', async (page) => {
      await page.goto(siaga.url);
      await submitSetup(page, siaga.setupToken);
      await atPath(page, /^\/w\/\d+\/mentions$/);
      const workspaceId = new URL(page.url()).pathname.split('/')[2]!;
      await postJson(page, `/workspaces/${workspaceId}/brands`, { name: 'Rasamie', kind: 'own' });

      await navLink(page, 'Akun milik merek').click();
      await shows(pageHeading(page, 'Akun milik merek'));
      await page.getByRole('button', { name: 'Tambah akun' }).first().click();
      const addDialog = page.getByRole('dialog', { name: 'Tambah akun' });
      await choose(addDialog, page, 'Merek', 'Rasamie');
      await field(addDialog, 'Nama pengguna').fill('@rasamie_id');
      await field(addDialog, 'Nama tampilan').fill('Rasamie Official');
      await addDialog.getByRole('button', { name: 'Tambah akun' }).click();
      await hides(addDialog);
      await shows(page.getByText('@rasamie_id · Sandbox'));

      await navLink(page, 'Kotak keluar').click();
      await shows(pageHeading(page, 'Kotak keluar'));
      await page.getByRole('button', { name: 'Jadwalkan posting' }).first().click();
      const schedule = page.getByRole('dialog', { name: 'Jadwalkan posting' });
      await choose(schedule, page, 'Akun yang memposting', 'Rasamie Official');
      // Trusted posting: the account that will post is shown before anything is sent.
      await shows(schedule.getByText('@rasamie_id · Sandbox'));
      await field(schedule, 'Teks').fill(POST_TEXT);
      const now = new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
      await schedule.locator('input[type="datetime-local"]').fill(now);
      await schedule.getByRole('button', { name: 'Jadwalkan', exact: true }).click();
      await hides(schedule);

      const row = page.getByTestId('outbox-row').filter({ hasText: POST_TEXT });
      await row.getByText('Terkirim', { exact: true }).waitFor({ timeout: SENT_WITHIN_MS });
      await row.getByRole('link', { name: /^sbx-\d+$/ }).click();
      await shows(pageHeading(page, 'Akun sandbox'));
      await shows(page.getByTestId('sandbox-row').filter({ hasText: POST_TEXT }));
    });
  }, 120_000);
});
