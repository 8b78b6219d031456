import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { atPath, hides, navLink, pageHeading, shows, submitSetup, withPage } from './app';
import { useBrowserAndSiaga } from './browser';
import { approveFromQueue, inboxDrawer, ingestComplaint, prepareInbox, replyFromTemplate } from './inbox-steps';
import type { RunningSiaga } from './server';

// The scheduler ticks every 15 s and the item refreshes every 10 s: a queued reply is seen sent within about 30 s.
const SENT_WITHIN_MS = 45_000;

let browser: Browser;
let siaga: RunningSiaga;
useBrowserAndSiaga((started) => ({ browser, siaga } = started));

describe('inbox in a browser', () => {
  it('gives a brand its own inbox rules, answers a negative mention from a template, fixes what the tone check stops, a second user approves, and the outbox sends it', async () => {
    await withPage(browser, siaga, 'inbox', async (page) => {
      await page.goto(siaga.url);
      await submitSetup(page, siaga.setupToken);
      await atPath(page, /^\/w\/\d+\/mentions$/);
      const workspaceId = new URL(page.url()).pathname.split('/')[2]!;
      const { api, approver, brandId } = await prepareInbox(browser, page, siaga, workspaceId);
      await ingestComplaint(api);

      try {
        await navLink(page, 'Kotak masuk').click();
        await shows(pageHeading(page, 'Kotak masuk tanggapan'));
        // The owner's replies wait for an approver: the crisis lead's call, in the inbox rules.
        await page.getByRole('button', { name: 'Aturan kotak masuk' }).click();
        const rules = page.getByRole('dialog', { name: 'Aturan kotak masuk' });
        await rules.getByRole('textbox', { name: 'Selalu untuk peran ini' }).click({ force: true });
        await page.getByRole('option', { name: 'Pemilik' }).click();
        // Rasamie answers by rules of its own: only mentions that reach at least 5,000 people.
        const brandRules = rules.getByTestId('inbox-brand-rules');
        await brandRules.getByRole('checkbox', { name: 'Rasamie: pakai aturan sendiri' }).check();
        await brandRules.getByRole('textbox', { name: 'Jangkauan minimal (kosong: tidak dipakai)' }).fill('5000');
        await rules.getByRole('button', { name: 'Simpan' }).click();
        await shows(rules.getByText('Aturan disimpan. Sebutan baru mengikutinya.'));
        const saved = (await (await api.get('/inbox/settings')).json()) as {
          rules: { minReach: number | null };
          brandRules: { brandId: number; rules: { minReach: number | null; negative: boolean } }[];
        };
        expect(saved.brandRules).toEqual([{ brandId, rules: expect.objectContaining({ minReach: 5000, negative: true }) }]);
        expect(saved.rules.minReach).toBeNull();
        await page.keyboard.press('Escape');
        await hides(rules);
        await replyFromTemplate(page);
        await approveFromQueue(approver, siaga, workspaceId);
      } finally {
        await approver.close();
      }
      await inboxDrawer(page).getByTestId('reply-status').getByText('Terkirim').waitFor({ timeout: SENT_WITHIN_MS });
      await shows(inboxDrawer(page).getByTestId('drawer-status').getByText('Sudah dijawab'));
    });
  }, 150_000);
});
