import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OWNER,
  atPath,
  createBrand,
  field,
  hasCount,
  hides,
  navLink,
  openNewQuery,
  pageHeading,
  passwordField,
  saveQuery,
  shows,
  submitSetup,
  withPage,
} from './app';
import { launchBrowser } from './browser';
import { INDOMIE_QUERY, MENTIONS, authorLabel, writeMentionsFile } from './mentions-fixture';
import { type RunningSiaga, startSiaga } from './server';

const detailButtons = (page: Page) => page.getByRole('button', { name: /^Buka detail sebutan dari / });
const detailButton = (page: Page, author: string) => page.getByRole('button', { name: `Buka detail sebutan dari ${author}`, exact: true });

const KECEWA_INDOMIE = MENTIONS.find((m) => m.text.startsWith('Indomienya keasinan, kecewa berat'))!;
const KECEWA_OTHER = MENTIONS.find((m) => m.text.startsWith('Kecewa sama pelayanan ojek online'))!;
const NOT_KECEWA = MENTIONS.find((m) => m.text.startsWith('Just tried Indomie'))!;
const INDOMIE_MENTIONS = MENTIONS.filter((m) => m.indomie);

let browser: Browser;
const running: RunningSiaga[] = [];
let tmpDir: string;

beforeAll(async () => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siaga-e2e-files-'));
  // Both servers start while the browser launches; each test gets a Siaga nobody has set up yet.
  const [b, first, second] = await Promise.all([launchBrowser(), startSiaga(), startSiaga()]);
  browser = b;
  running.push(first, second);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(running.map((siaga) => siaga.stop()));
  if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
});

describe('Siaga in a browser', () => {
  it('takes a new owner from setup to searching imported mentions, in Indonesian and English', async () => {
    const siaga = running[0]!;
    await withPage(browser, siaga, 'journey', async (page) => {
      // A fresh server sends every visit to the setup page, in Indonesian for an Indonesian browser.
      await page.goto(siaga.url);
      await atPath(page, '/setup');
      await shows(pageHeading(page, 'Siapkan Siaga'));
      expect(await page.locator('html').getAttribute('lang')).toBe('id');

      await submitSetup(page, siaga.setupToken);
      await atPath(page, /^\/w\/\d+\/mentions$/);
      const workspacePath = new URL(page.url()).pathname.replace(/\/mentions$/, '');
      await shows(pageHeading(page, 'Sebutan'));
      await shows(page.getByText('Belum ada sebutan'));

      // A brand of our own, and on its page a watch query with a live syntax check.
      await createBrand(page, 'Indomie', 'Milik sendiri', 'Mi instan, semua varian');
      await atPath(page, new RegExp(`^${workspacePath}/brands/\\d+$`));
      await shows(page.getByText('Milik sendiri', { exact: true }));
      await shows(page.getByText('Belum ada kueri'));

      const dialog = await openNewQuery(page);
      await field(dialog, 'Nama').fill('Indomie umum');
      const queryBox = field(dialog, 'Kueri');
      const syntaxError = dialog.getByRole('alert').filter({ hasText: 'Kesalahan sintaks' });
      const save = dialog.getByRole('button', { name: 'Simpan' });

      await queryBox.fill('indomie AND (goreng');
      await shows(syntaxError);
      expect(await syntaxError.textContent()).toContain('"(" pada posisi 12 belum ditutup: tambahkan ")"');
      expect(await save.isDisabled()).toBe(true);

      await queryBox.fill(INDOMIE_QUERY);
      await hides(syntaxError);
      await shows(dialog.getByText('Sintaks benar'));
      expect(await save.isEnabled()).toBe(true);
      // The preview asks the server; there is nothing stored yet.
      await shows(dialog.getByText('Memindai 0 sebutan terbaru: 0 cocok'));
      await saveQuery(page, dialog, 'Indomie umum');
      await shows(page.getByText(INDOMIE_QUERY, { exact: true }));

      // Mentions arrive through the CLI while the server runs: 20 good rows, a repeat and a broken one.
      const file = writeMentionsFile(tmpDir, MENTIONS, [
        JSON.stringify({ platform: 'instagram', externalId: 'ig-2002', text: 'Promo kopi susu (kiriman ulang)', createdAt: Date.now() }),
        JSON.stringify({ platform: 'twitter', externalId: 'tw-rusak', createdAt: Date.now() }),
      ]);
      const imported = await siaga.cli(['import', file, '--no-progress']);
      expect(imported.stderr).toBe('');
      expect(imported.code).toBe(0);
      expect(imported.stdout).toContain('Imported: 20  Duplicates skipped: 1  Rejected: 1  (rows read: 22)');
      expect(imported.stdout).toMatch(/line 22: text: /);

      // All twenty are listed, newest first.
      await navLink(page, 'Sebutan').click();
      await shows(pageHeading(page, 'Sebutan'));
      await shows(page.getByText('20 sebutan tersimpan.', { exact: false }));
      await hasCount(detailButtons(page), 20);
      await shows(page.getByText('Semua sebutan sudah ditampilkan.'));

      // Searching an Indonesian word finds exactly the mentions that contain it.
      const search = page.getByRole('searchbox', { name: 'Cari sebutan' });
      await search.fill('kecewa');
      await hasCount(detailButtons(page), 2);
      await shows(detailButton(page, authorLabel(KECEWA_INDOMIE)));
      await shows(detailButton(page, authorLabel(KECEWA_OTHER)));
      await shows(page.getByText(KECEWA_INDOMIE.text, { exact: true }));
      await hides(page.getByText(NOT_KECEWA.text, { exact: true }));
      expect(new URL(page.url()).searchParams.get('q')).toBe('kecewa');

      // The detail of the complaint shows its full text, numbers and the brand it matched.
      await detailButton(page, authorLabel(KECEWA_INDOMIE)).click();
      const drawer = page.getByRole('dialog', { name: 'Detail sebutan' });
      await shows(drawer);
      await shows(drawer.getByRole('heading', { name: authorLabel(KECEWA_INDOMIE) }));
      await shows(drawer.getByText(KECEWA_INDOMIE.text, { exact: true }));
      await shows(drawer.getByText('Merek dan kueri yang cocok'));
      await shows(drawer.getByText('Indomie', { exact: true }));
      await shows(drawer.getByRole('link', { name: 'Buka tautan asli' }));
      await page.keyboard.press('Escape');
      await hides(drawer);

      // Only the complaint carries the brand badge; filtering by the brand keeps just that one.
      const rowOf = (text: string) => page.getByRole('row').filter({ hasText: text });
      await shows(rowOf(KECEWA_INDOMIE.text).getByText('Indomie', { exact: true }));
      await hasCount(rowOf(KECEWA_OTHER.text).getByText('Indomie', { exact: true }), 0);

      await page.getByRole('textbox', { name: 'Merek', exact: true }).click();
      await page.getByRole('option', { name: 'Indomie', exact: true }).click();
      await hasCount(detailButtons(page), 1);
      await shows(detailButton(page, authorLabel(KECEWA_INDOMIE)));

      // Without the search, the brand filter lists every mention the watch query matched, and only those.
      await search.fill('');
      await hasCount(detailButtons(page), INDOMIE_MENTIONS.length);
      await hasCount(page.getByRole('row').filter({ has: page.getByText('Indomie', { exact: true }) }), INDOMIE_MENTIONS.length);
      await hides(page.getByText(KECEWA_OTHER.text, { exact: true }));
      await shows(page.getByText(NOT_KECEWA.text, { exact: true }));

      await page.getByRole('button', { name: 'Hapus filter' }).click();
      await hasCount(detailButtons(page), 20);

      // The interface speaks English after a switch, everywhere, and Indonesian again after switching back.
      const languageSwitch = page.getByRole('radiogroup', { name: 'Bahasa antarmuka' });
      await languageSwitch.getByText('EN', { exact: true }).click();
      await shows(pageHeading(page, 'Mentions'));
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      for (const label of ['Mentions', 'Brands', 'Members', 'API tokens', 'Audit']) await shows(navLink(page, label));
      await shows(page.getByRole('searchbox', { name: 'Search mentions' }));
      await navLink(page, 'Brands').click();
      await shows(pageHeading(page, 'Brands'));
      await shows(page.getByRole('button', { name: 'New brand' }));
      await navLink(page, 'Members').click();
      await shows(pageHeading(page, 'Members'));

      await page.getByRole('radiogroup', { name: 'Interface language' }).getByText('ID', { exact: true }).click();
      await shows(pageHeading(page, 'Anggota'));
      for (const label of ['Sebutan', 'Merek', 'Anggota', 'Token API', 'Audit']) await shows(navLink(page, label));

      // Signing out leads to the sign-in page; a wrong password is refused in Indonesian, the right one lets you back in.
      await page.getByRole('button', { name: 'Menu pengguna' }).click();
      await shows(page.getByText(`Masuk sebagai ${OWNER.email}`));
      await page.getByRole('menuitem', { name: 'Keluar' }).click();
      await atPath(page, '/login');
      await shows(pageHeading(page, 'Masuk ke Siaga'));

      await page.goto(`${siaga.url}${workspacePath}/mentions`);
      await atPath(page, '/login');
      await shows(pageHeading(page, 'Masuk ke Siaga'));

      await field(page, 'Email').fill(OWNER.email);
      await passwordField(page, 'Kata sandi').fill('bukan-kata-sandinya');
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await shows(page.getByRole('alert').filter({ hasText: 'Email atau kata sandi salah.' }));

      await passwordField(page, 'Kata sandi').fill(OWNER.password);
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await atPath(page, `${workspacePath}/mentions`);
      await shows(pageHeading(page, 'Sebutan'));
      await hasCount(detailButtons(page), 20);
    });
  });

  it('refuses a wrong setup token in Indonesian and creates nothing', async () => {
    const siaga = running[1]!;
    await withPage(browser, siaga, 'wrong-setup-token', async (page) => {
      await page.goto(`${siaga.url}/w/1/mentions`);
      await atPath(page, '/setup');
      await shows(pageHeading(page, 'Siapkan Siaga'));

      await submitSetup(page, 'token-yang-salah-123');
      await shows(page.getByRole('alert').filter({ hasText: 'Token penyiapan salah. Salin token dari terminal tempat server berjalan.' }));
      await atPath(page, '/setup');

      // Nothing was created: the server still waits for setup, and the CLI finds no workspace.
      const status = await page.request.get(`${siaga.url}/api/setup/status`);
      expect(await status.json()).toEqual({ needsSetup: true });
      const file = writeMentionsFile(tmpDir, MENTIONS.slice(0, 1));
      const imported = await siaga.cli(['import', file, '--no-progress']);
      expect(imported.code).not.toBe(0);
      expect(imported.stderr).toContain('There is no workspace yet');

      // The signed-in area stays closed.
      await page.reload();
      await atPath(page, '/setup');
      await shows(pageHeading(page, 'Siapkan Siaga'));
    });
  });
});
