import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atPath, hasCount, navLink, pageHeading, shows, submitSetup, withPage } from './app';
import { useBrowserAndSiaga } from './browser';
import { MENTIONS, writeMentionsFile } from './mentions-fixture';
import type { RunningSiaga } from './server';

const detailButtons = (page: Page) => page.getByRole('button', { name: /^Buka detail sebutan dari / });

let browser: Browser;
let siaga: RunningSiaga;
let tmpDir: string;
useBrowserAndSiaga((started) => ({ browser, siaga } = started));

beforeAll(() => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siaga-e2e-analysis-'));
});

afterAll(() => {
  if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
});

describe('the analysis in a browser', () => {
  it('filters mentions by sentiment, corrects one, and counts the correction', async () => {
    await withPage(browser, siaga, 'analysis', async (page) => {
      await page.goto(siaga.url);
      await submitSetup(page, siaga.setupToken);
      await atPath(page, /^\/w\/\d+\/mentions$/);
      const workspacePath = new URL(page.url()).pathname.replace(/\/mentions$/, '');
      const api = `${siaga.url}/api/workspaces/${workspacePath.split('/')[2]}`;

      const imported = await siaga.cli(['import', writeMentionsFile(tmpDir, MENTIONS), '--no-progress']);
      expect(imported.code).toBe(0);
      await page.reload();
      await hasCount(detailButtons(page), MENTIONS.length);

      // Every mention was analysed on the way in; the filter keeps exactly the negative ones.
      const negatives = (await (await page.request.get(`${api}/mentions?sentiment=negative&limit=200`)).json()) as {
        items: { id: number }[];
      };
      expect(negatives.items.length).toBeGreaterThan(0);
      expect(negatives.items.length).toBeLessThan(MENTIONS.length);
      await page.getByRole('textbox', { name: 'Sentimen', exact: true }).click();
      await page.getByRole('option', { name: 'Negatif', exact: true }).click();
      await hasCount(detailButtons(page), negatives.items.length);
      expect(new URL(page.url()).searchParams.get('sentiment')).toBe('negative');
      await hasCount(page.locator('tbody [data-sentiment="negative"]'), negatives.items.length);
      await hasCount(page.locator('tbody [data-sentiment="positive"]'), 0);

      // A reviewer relabels the first one as positive; it leaves the negative list.
      await detailButtons(page).first().click();
      const drawer = page.getByRole('dialog', { name: 'Detail sebutan' });
      await shows(drawer.getByText('Koreksi analisis'));
      await drawer.getByRole('radiogroup', { name: 'Sentimen' }).getByText('Positif', { exact: true }).click();
      expect(await drawer.getByRole('radio', { name: 'Positif' }).isChecked()).toBe(true);
      await drawer.getByRole('button', { name: 'Simpan koreksi' }).click();
      await shows(drawer.getByRole('status').filter({ hasText: 'Koreksi disimpan' }));
      await shows(drawer.getByText('ditetapkan oleh peninjau', { exact: false }));
      await page.keyboard.press('Escape');
      await hasCount(detailButtons(page), negatives.items.length - 1);

      // The Analysis page counts the review: the model said negative, the reviewer positive.
      await navLink(page, 'Analisis').click();
      await shows(pageHeading(page, 'Analisis'));
      await shows(page.getByText('Ditinjau: 1', { exact: false }));
      const accuracy = (await (await page.request.get(`${api}/analysis/accuracy`)).json()) as {
        sentiment: { reviewed: number; confusion: Record<string, Record<string, number>> };
      };
      expect(accuracy.sentiment.reviewed).toBe(1);
      expect(accuracy.sentiment.confusion.negative?.positive).toBe(1);
    });
  });
});
