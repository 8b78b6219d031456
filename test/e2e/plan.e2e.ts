import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  atPath,
  field,
  hasCount,
  hides,
  navLink,
  newIndonesianContext,
  OWNER,
  pageHeading,
  screenshot,
  shows,
  submitSetup,
  withPage,
} from './app';
import { useBrowserAndSiaga } from './browser';
import type { RunningSiaga } from './server';

let browser: Browser;
let siaga: RunningSiaga;
useBrowserAndSiaga((started) => ({ browser, siaga } = started));

/** Invites a responder through the API and signs them in, in a browser context of their own. */
async function signInResponder(page: Page, workspaceId: string) {
  const me = (await (await page.request.get(`${siaga.url}/api/auth/me`)).json()) as { csrfToken: string };
  const invited = await page.request.post(`${siaga.url}/api/workspaces/${workspaceId}/members`, {
    data: { email: 'rina@example.co.id', role: 'responder' },
    headers: { 'X-CSRF-Token': me.csrfToken },
  });
  expect(invited.status()).toBe(200);
  const secret = String(((await invited.json()) as { inviteUrl: string }).inviteUrl).split('/invite/')[1];
  const context = await newIndonesianContext(browser);
  const accepted = await context.request.post(`${siaga.url}/api/invitations/${secret}/accept`, {
    data: { name: 'Rina Penjawab', password: 'teh-manis-sore-2026' },
  });
  expect(accepted.status()).toBe(200);
  return context;
}

describe('the crisis plan in a browser', () => {
  it('edits a starter playbook as a new version, fills the crisis team and has a member acknowledge the policy', async () => {
    await withPage(browser, siaga, 'plan', async (page) => {
      await page.goto(siaga.url);
      await submitSetup(page, siaga.setupToken);
      await atPath(page, /^\/w\/\d+\/mentions$/);
      const workspaceId = new URL(page.url()).pathname.split('/')[2]!;

      // A new workspace starts with the starter playbooks in Indonesian.
      await navLink(page, 'Panduan krisis').click();
      await shows(pageHeading(page, 'Panduan krisis'));
      await page.getByRole('link', { name: 'Gangguan layanan', exact: true }).click();
      await shows(pageHeading(page, 'Gangguan layanan'));
      await hasCount(page.getByTestId('playbook-step'), 7);
      await shows(page.getByText('dalam 10 menit'));
      await screenshot(page, 'plan-playbook', { fullPage: true });

      // Editing saves a new version with a note; the history says who changed what.
      await page.getByRole('button', { name: 'Ubah (simpan sebagai versi baru)' }).click();
      const firstStep = page.getByTestId('step-fields').first();
      await field(firstStep, 'Judul langkah').fill('Pastikan gangguan bersama tim TI');
      await field(page, 'Catatan perubahan').fill('Libatkan tim TI sejak awal');
      await page.getByRole('button', { name: 'Simpan versi baru' }).click();
      await hides(page.getByTestId('step-fields'));
      await shows(page.getByText('Gangguan layanan · Versi 2'));
      await shows(page.getByText('Diubah: "Pastikan gangguan bersama tim TI" (judul)'));
      await shows(page.getByText('“Libatkan tim TI sejak awal”'));
      await shows(page.getByText(`Disimpan`).filter({ hasText: OWNER.name }));
      await screenshot(page, 'plan-playbook-history', { fullPage: true });

      // The old version stays readable.
      await page.getByRole('button', { name: 'Lihat versi 1' }).click();
      await shows(page.getByText('Anda melihat versi 1, bukan versi terkini.'));
      await shows(page.getByText('1. Pastikan gangguan dan cakupannya'));

      // The crisis team: the owner leads every type of crisis by default.
      await navLink(page, 'Tim krisis').click();
      await shows(pageHeading(page, 'Tim krisis'));
      await page.getByRole('textbox', { name: 'Pemimpin krisis: Orang' }).click();
      await page.getByRole('option', { name: `${OWNER.name} (Pemilik)` }).click();
      await page.getByRole('button', { name: 'Simpan tim' }).click();
      await shows(page.getByText('Tim disimpan.'));
      await shows(page.getByRole('link', { name: 'Atur urutan siaga →' }));
      await screenshot(page, 'plan-team', { fullPage: true });

      // The policy: published from the starter text; the publisher has read it.
      await navLink(page, 'Kebijakan medsos').click();
      await shows(pageHeading(page, 'Kebijakan media sosial'));
      await page.getByRole('button', { name: 'Tulis dan terbitkan kebijakan' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Terbitkan', exact: true }).click();
      await shows(page.getByRole('heading', { name: '1. Bahasa dan nada' }));
      await shows(page.getByText('Anda mengonfirmasi versi ini pada'));
      await shows(page.getByText('Semua anggota sudah mengonfirmasi versi terkini.'));

      // A new member is asked to acknowledge it, and the leads see who has not.
      const responder = await signInResponder(page, workspaceId);
      try {
        await page.reload();
        await shows(page.getByTestId('policy-pending').getByText('Rina Penjawab'));
        await screenshot(page, 'plan-policy', { fullPage: true });
        const member = await responder.newPage();
        await member.goto(`${siaga.url}/w/${workspaceId}/mentions`);
        await shows(member.getByTestId('policy-banner'));
        await screenshot(member, 'plan-banner', { fullPage: true });
        await member.getByRole('link', { name: 'Baca kebijakan →' }).click();
        await member.getByRole('button', { name: 'Saya sudah membaca dan akan mengikuti kebijakan ini' }).click();
        await shows(member.getByText('Anda mengonfirmasi versi ini pada'));
        await navLink(member, 'Sebutan').click();
        await shows(pageHeading(member, 'Sebutan'));
        await hides(member.getByTestId('policy-banner'));
      } finally {
        await responder.close();
      }
      await page.reload();
      await shows(page.getByText('Semua anggota sudah mengonfirmasi versi terkini.'));
    });
  });
});
