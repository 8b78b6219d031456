import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { atPath, field, hasCount, hides, navLink, pageHeading, shows, submitSetup, withPage } from './app';
import { useBrowserAndSiaga } from './browser';
import type { RunningSiaga } from './server';

let browser: Browser;
let siaga: RunningSiaga;
useBrowserAndSiaga((started) => ({ browser, siaga } = started));

const CONTACTS_CSV = [
  'name,kind,organisation,email,phone,notes',
  'Rudi Hartono,internal_emergency,,rudi@toko.example,0811-1111-222,Manajer piket malam',
  'Surel salah,partner,PT Kilat,bukan-surel,,',
  'Budi Santoso,media,Harian Nusantara,budi@harian.example,,',
].join('\n');

describe('the plan in a browser', () => {
  it('keeps a risk register, imports contacts with line errors, and exports the plan as PDF', async () => {
    await withPage(browser, siaga, 'registers', async (page) => {
      await page.goto(siaga.url);
      await submitSetup(page, siaga.setupToken);
      await atPath(page, /^\/w\/\d+\/mentions$/);

      // A risk, from the form to the heat map and the table.
      await navLink(page, 'Risiko').click();
      await shows(pageHeading(page, 'Daftar risiko'));
      await shows(page.getByRole('heading', { name: 'Belum ada risiko' }));
      await page.getByRole('button', { name: 'Risiko baru' }).click();
      const form = page.getByRole('dialog', { name: 'Tambah risiko' });
      await field(form, 'Risiko').fill('Aplikasi tumbang saat promo 12.12');
      await form.getByRole('radiogroup', { name: 'Kemungkinan' }).getByText('5', { exact: true }).click();
      await field(form, 'Tanda awal yang diawasi').fill('Keluhan "tidak bisa bayar" naik\nTagar #error trending');
      await form.getByRole('textbox', { name: 'Tinjau paling lambat' }).fill('2026-01-15');
      await form.getByRole('button', { name: 'Simpan' }).click();
      await hides(form);
      const row = page.getByTestId('risk-row');
      await hasCount(row, 1);
      await shows(row.getByText('5 × 3 = 15'));
      await shows(row.getByText('Lewat jadwal'));
      await shows(page.getByTestId('overdue-badge'));
      await shows(page.getByRole('img', { name: /Sel terisi: 5×3: 1/ }));

      // Contacts: a dry run shows the bad line, then the rest is imported.
      await navLink(page, 'Kontak').click();
      await shows(pageHeading(page, 'Direktori kontak'));
      await page.getByRole('button', { name: 'Impor', exact: true }).click();
      const importer = page.getByRole('dialog', { name: 'Impor kontak' });
      await importer
        .locator('input[type="file"]')
        .setInputFiles({ name: 'kontak.csv', mimeType: 'text/csv', buffer: Buffer.from(CONTACTS_CSV) });
      await importer.getByRole('button', { name: 'Pratinjau' }).click();
      await shows(importer.getByText('2 kontak akan diimpor, 0 sudah ada, 1 baris ditolak.'));
      await shows(importer.getByText('Baris 3: email: must be an e-mail address'));
      await importer.getByRole('button', { name: 'Impor 2 kontak' }).click();
      await shows(importer.getByText('2 kontak diimpor, 0 sudah ada, 1 baris ditolak.'));
      await importer.getByRole('button', { name: 'Tutup' }).click();
      await hasCount(page.getByTestId('contact-row'), 2);
      await shows(page.getByText('Manajer piket malam'));

      // The plan as PDF, downloaded from the Export menu.
      await page.getByRole('button', { name: 'Ekspor rencana' }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Unduh PDF' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^rencana-krisis-tim-krisis-nusantara-\d{4}-\d{2}-\d{2}\.pdf$/);
      const file = await download.path();
      const bytes = fs.readFileSync(file);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });
  });
});
