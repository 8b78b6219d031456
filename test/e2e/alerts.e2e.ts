import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { angryBurst, calmMentions } from '../support/signals';
import { DEFAULT_ALERT_RULES } from '../../server/features/alerts';
import { apiOf, type PageApi, atPath, hasCount, hides, navLink, pageHeading, screenshot, shows, submitSetup, withPage } from './app';
import { useBrowserAndSiaga } from './browser';
import type { RunningSiaga } from './server';

const HOUR = 3_600_000;
const ALERT_BUTTON = 'Buka peringatan: Lonjakan penyebutan negatif, Rasamie';

let browser: Browser;
let siaga: RunningSiaga;
useBrowserAndSiaga((started) => ({ browser, siaga } = started));

/** Posts mentions in batches, as a connector delivers them. */
async function ingest(post: PageApi['post'], rows: Record<string, unknown>[], size: number) {
  for (let i = 0; i < rows.length; i += size) {
    const summary = await post('/mentions/batch', { mentions: rows.slice(i, i + size) });
    expect(summary.rejected).toEqual([]);
  }
}

describe('alerts in a browser', () => {
  it('shows a burst of angry mentions as a live alert, with the mentions behind it, and lets the team acknowledge it', async () => {
    await withPage(browser, siaga, 'alerts', async (page) => {
      await page.goto(siaga.url);
      await submitSetup(page, siaga.setupToken);
      await atPath(page, /^\/w\/\d+\/mentions$/);
      const workspaceId = new URL(page.url()).pathname.split('/')[2]!;
      const { post } = await apiOf(page, siaga, workspaceId);

      // Three calm days for the detectors to learn from, ending where the burst begins.
      const brand = await post('/brands', { name: 'Rasamie', kind: 'own' });
      await post(`/brands/${String(brand.id)}/queries`, { name: 'Rasamie', query: 'rasamie' });
      const t0 = Math.floor((Date.now() - 30 * 60_000) / HOUR) * HOUR;
      await ingest(post, calmMentions({ brand: 'Rasamie', start: t0 - 72 * HOUR, hours: 72, peakPerHour: 24 }), 1000);

      await navLink(page, 'Peringatan').click();
      await shows(pageHeading(page, 'Peringatan'));
      await shows(page.locator('[data-live="live"]'));
      await shows(page.getByRole('heading', { name: 'Tidak ada peringatan aktif' }));
      // Survives only if the page is not reloaded.
      await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

      // 120 angry mentions in 20 minutes, arriving in batches while the page is open.
      await ingest(post, angryBurst('Rasamie', t0 + 5 * 60_000, 120, 20), 30);
      const openButton = page.getByRole('button', { name: ALERT_BUTTON });
      await hasCount(openButton, 1);
      expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
      const row = page.locator('tr', { has: openButton });
      await shows(row.getByText('Kritis', { exact: true }));
      await shows(row.getByText('Terbuka', { exact: true }));
      await screenshot(page, 'alerts-list');

      // The detail says why, and lists the angry mentions behind it.
      await openButton.click();
      const drawer = page.getByRole('dialog', { name: 'Detail peringatan' });
      await shows(drawer.getByRole('heading', { name: 'Mengapa peringatan ini berbunyi' }));
      await shows(drawer.getByText(/sebutan negatif dalam 5 menit/));
      await shows(drawer.getByText('Nasional', { exact: true }));
      const behind = drawer.getByRole('list', { name: 'Sebutan di balik peringatan ini' }).getByRole('listitem');
      await hasCount(behind, 10);
      for (const text of await behind.allInnerTexts()) expect(text).toMatch(/basi|keracunan|berjamur|mual/i);
      await shows(drawer.locator('svg'));
      const link = drawer.getByRole('link', { name: 'Buka di halaman Sebutan' });
      const linked = new URL(`${siaga.url}${await link.getAttribute('href')}`).searchParams;
      expect(linked.get('sentiment')).toBe('negative');
      expect(linked.get('brandId')).toBe(String(brand.id));
      await screenshot(page, 'alerts-detail');

      await drawer.getByRole('button', { name: 'Tangani', exact: true }).click();
      await shows(drawer.getByText('Ditangani', { exact: true }));
      await shows(drawer.getByText(/Ditangani oleh Dewi Lestari/));
      await hides(drawer.getByRole('button', { name: 'Tangani', exact: true }));
      await page.keyboard.press('Escape');
      await shows(row.getByText('Ditangani', { exact: true }));

      // The rules that fired are listed; on-call steps wait for notification channels.
      await navLink(page, 'Aturan peringatan').click();
      await shows(pageHeading(page, 'Aturan peringatan'));
      await hasCount(page.getByRole('switch', { name: /^Aktifkan aturan / }), DEFAULT_ALERT_RULES.length);
      await shows(page.getByText('Belum ada saluran notifikasi', { exact: false }));
      await screenshot(page, 'alerts-rules');

      // The Overview charts the same burst, with the alert marked.
      await navLink(page, 'Ringkasan').click();
      await shows(pageHeading(page, 'Ringkasan'));
      await shows(page.getByRole('img', { name: /Grafik sebutan Rasamie/ }));
      await shows(page.getByRole('heading', { name: 'Kategori krisis teratas' }));
      await screenshot(page, 'alerts-overview');
    });
  });
});
