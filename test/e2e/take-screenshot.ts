/**
 * Regenerates docs/screenshot.png, the README's picture of the Mentions page in Indonesian:
 *
 *   npx tsx test/e2e/take-screenshot.ts
 *
 * Starts a throwaway Siaga, sets it up in the browser, adds two brands with watch queries, imports
 * the journey's mentions (plus a few about the competitor) and photographs the list at 1280×800.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  createBrand,
  field,
  hasCount,
  newIndonesianContext,
  openNewQuery,
  pageHeading,
  navLink,
  saveQuery,
  shows,
  submitSetup,
  atPath,
} from './app';
import { launchBrowser } from './browser';
import { type FixtureMention, INDOMIE_QUERY, MENTIONS, writeMentionsFile } from './mentions-fixture';
import { startSiaga } from './server';

const OUTPUT = new URL('../../docs/screenshot.png', import.meta.url).pathname;

const COMPETITOR_MENTIONS: FixtureMention[] = [
  {
    platform: 'twitter',
    externalId: 'tw-9001',
    authorHandle: 'anakmie',
    authorName: 'Yoga Pratama',
    language: 'id',
    text: 'Mie Sedaap soto versi baru kuahnya lebih gurih, tapi porsinya kok makin sedikit ya?',
    likes: 188,
    comments: 27,
    shares: 14,
    minutesAgo: 12,
    indomie: false,
  },
  {
    platform: 'instagram',
    externalId: 'ig-9002',
    authorHandle: 'review.jajan',
    authorName: 'Review Jajan',
    language: 'id',
    text: 'Adu rasa malam ini: Indomie goreng vs Mie Sedaap goreng. Kalian tim yang mana? 🔥',
    likes: 4200,
    comments: 1310,
    shares: 380,
    minutesAgo: 33,
    indomie: true,
  },
];

async function addQuery(page: Page, name: string, query: string): Promise<void> {
  const dialog = await openNewQuery(page);
  await field(dialog, 'Nama').fill(name);
  await field(dialog, 'Kueri').fill(query);
  await shows(dialog.getByText('Sintaks benar'));
  await saveQuery(page, dialog, name);
}

const siaga = await startSiaga();
const browser = await launchBrowser();
const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siaga-screenshot-'));
try {
  const context = await newIndonesianContext(browser, { width: 1280, height: 800 });
  const page = await context.newPage();
  await page.goto(siaga.url);
  await atPath(page, '/setup');
  await submitSetup(page, siaga.setupToken);
  await atPath(page, /^\/w\/\d+\/mentions$/);

  await createBrand(page, 'Indomie', 'Milik sendiri', 'Mi instan, semua varian');
  await addQuery(page, 'Indomie umum', INDOMIE_QUERY);
  await createBrand(page, 'Mie Sedaap', 'Pesaing');
  await addQuery(page, 'Mie Sedaap', '"mie sedaap" OR sedaap');

  const all = [...MENTIONS, ...COMPETITOR_MENTIONS];
  const result = await siaga.cli(['import', writeMentionsFile(tmpDir, all), '--no-progress']);
  if (result.code !== 0) throw new Error(`import failed:\n${result.stdout}${result.stderr}`);

  await navLink(page, 'Sebutan').click();
  await shows(pageHeading(page, 'Sebutan'));
  await hasCount(page.getByRole('button', { name: /^Buka detail sebutan dari / }), all.length);
  // Nothing focused or hovered, so the picture shows the page at rest.
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  await page.screenshot({ path: OUTPUT, animations: 'disabled', caret: 'hide' });
  console.log(`Wrote ${OUTPUT} (${Math.round(fs.statSync(OUTPUT).size / 1024)} kB)`);
  await context.close();
} finally {
  await browser.close();
  await siaga.stop();
  fs.rmSync(tmpDir, { recursive: true, force: true });
}
