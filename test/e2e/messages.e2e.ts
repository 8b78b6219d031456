import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { atPath, navLink, newIndonesianContext, pageHeading, shows, submitSetup, withPage } from './app';
import { useBrowserAndSiaga } from './browser';
import type { RunningSiaga } from './server';

let browser: Browser;
let siaga: RunningSiaga;
useBrowserAndSiaga((started) => ({ browser, siaga } = started));

const BLAMING = 'Anda yang salah baca! Info {issue} sudah jelas tertulis di {update_url}.';
const CALM = 'Kami mohon maaf atas {issue}. Tim kami sedang memeriksanya dan akan mengabari lagi {next_update} di {update_url}.';

/** Invites an approver through the API as the signed-in owner and returns the invitation's secret. */
async function inviteApprover(page: Page, workspaceId: string): Promise<string> {
  const me = (await (await page.request.get(`${siaga.url}/api/auth/me`)).json()) as { csrfToken: string };
  const response = await page.request.post(`${siaga.url}/api/workspaces/${workspaceId}/members`, {
    data: { email: 'penyetuju@example.com', role: 'approver' },
    headers: { 'X-CSRF-Token': me.csrfToken },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { inviteUrl: string };
  return body.inviteUrl.split('/invite/')[1]!;
}

describe('message library in a browser', () => {
  it('stops a blaming first draft as it is typed, takes the calm rewrite to review, and a second user approves it', async () => {
    await withPage(browser, siaga, 'messages', async (page) => {
      await page.goto(siaga.url);
      await submitSetup(page, siaga.setupToken);
      await atPath(page, /^\/w\/\d+\/mentions$/);
      const workspaceId = new URL(page.url()).pathname.split('/')[2]!;
      const secret = await inviteApprover(page, workspaceId);
      // The approver joins first: a new template's approvers are the members who may approve at the time.
      const other = await newIndonesianContext(browser);
      const accepted = await other.request.post(`${siaga.url}/api/invitations/${secret}/accept`, {
        data: { name: 'Anggota Penyetuju', password: 'kata-sandi-penyetuju-1' },
      });
      expect(accepted.status()).toBe(200);

      await navLink(page, 'Pustaka pesan').click();
      await shows(pageHeading(page, 'Pustaka pesan'));
      // The starter library is there on first visit.
      await shows(page.getByRole('link', { name: 'Hoaks: Koreksi hoaks' }));

      await page.getByRole('link', { name: 'Templat baru' }).click();
      await page.getByRole('textbox', { name: /^Nama/ }).fill('Gangguan pembayaran: pernyataan awal');
      const body = page.getByTestId('template-body');
      await body.fill(BLAMING);
      const findings = page.getByTestId('tone-findings');
      await shows(findings.getByText('Menghalangi'));
      await shows(findings.getByText('Nada menyerang'));
      await shows(findings.locator('mark', { hasText: 'salah baca' }));

      await body.fill(CALM);
      await shows(findings.getByText('Nada sudah baik: tidak ada temuan.'));
      await shows(page.getByTestId('template-preview').getByText(/gangguan pembayaran/));
      await page.getByRole('button', { name: 'Simpan sebagai draf' }).click();
      await atPath(page, new RegExp(`^/w/${workspaceId}/messages/\\d+$`));
      const templatePath = new URL(page.url()).pathname;
      await shows(page.getByTestId('template-status').getByText('Draf'));
      await page.getByRole('button', { name: 'Ajukan untuk ditinjau' }).click();
      await shows(page.getByTestId('template-status').getByText('Ditinjau'));
      await shows(page.getByTestId('waiting-for').getByText(/Anggota Penyetuju/));

      // The approver, in their own browser, approves.
      try {
        const approverPage = await other.newPage();
        await approverPage.goto(`${siaga.url}${templatePath}`);
        await shows(approverPage.getByTestId('template-status').getByText('Ditinjau'));
        await approverPage.getByRole('button', { name: 'Setujui' }).click();
        await shows(approverPage.getByTestId('template-status').getByText('Disetujui'));
        await shows(approverPage.getByText('Versi disetujui: 1'));
      } finally {
        await other.close();
      }
      await page.reload();
      await shows(page.getByTestId('template-status').getByText('Disetujui'));
    });
  });
});
