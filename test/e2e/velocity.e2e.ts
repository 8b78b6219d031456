import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiOf, atPath, navLink, pageHeading, screenshot, shows, submitSetup, withPage } from './app';
import { useBrowserAndSiaga } from './browser';
import type { RunningSiaga } from './server';

const MINUTE = 60_000;

let browser: Browser;
let siaga: RunningSiaga;
useBrowserAndSiaga((started) => ({ browser, siaga } = started));

describe('engagement velocity in a browser', () => {
  it('alerts on a negative post whose likes, comments and shares climb fast, and charts its counters in the mention', async () => {
    await withPage(browser, siaga, 'velocity', async (page) => {
      await page.goto(siaga.url);
      await submitSetup(page, siaga.setupToken);
      await atPath(page, /^\/w\/\d+\/mentions$/);
      const workspaceId = new URL(page.url()).pathname.split('/')[2]!;
      const { post } = await apiOf(page, siaga, workspaceId);
      const brand = await post('/brands', { name: 'Rasamie', kind: 'own' });
      await post(`/brands/${String(brand.id)}/queries`, { name: 'Rasamie', query: 'rasamie' });

      // A connector polls the post: first a handful of likes, then hundreds more.
      const angry = {
        platform: 'instagram',
        externalId: 'C0ffee',
        text: 'Rasamie basi, anak saya keracunan setelah makan ini!! kecewa berat',
        createdAt: Date.now() - 20 * MINUTE,
        url: 'https://instagram.com/p/C0ffee',
        authorHandle: 'ibu_rina',
        language: 'id',
      };
      expect(await post('/mentions/batch', { mentions: [{ ...angry, likes: 4, comments: 1 }] })).toMatchObject({ imported: 1 });
      const again = await post('/mentions/batch', { mentions: [{ ...angry, likes: 900, comments: 150, shares: 250 }] });
      expect(again).toMatchObject({ imported: 0, duplicates: 1, engagementUpdated: 1 });

      await navLink(page, 'Peringatan').click();
      await shows(pageHeading(page, 'Peringatan'));
      await page.getByRole('button', { name: 'Buka peringatan: Interaksi unggahan negatif melaju cepat, Rasamie' }).click();
      const drawer = page.getByRole('dialog', { name: 'Detail peringatan' });
      // Both readings within seconds: the velocity counts from the post's time, twenty minutes before.
      await shows(drawer.getByText(/mendapat 1\.300 suka, komentar, dan bagikan sejak diunggah hingga .*: 3\.[89]\d\d per jam\./));
      await shows(drawer.getByText('Sekarang', { exact: true }));
      await shows(drawer.getByText(/Kecepatan biasa unggahan merek ini masih dipelajari/));
      expect(await drawer.getByRole('link', { name: 'Buka unggahan' }).getAttribute('href')).toBe('https://instagram.com/p/C0ffee');
      await screenshot(page, 'velocity-alert');
      await page.keyboard.press('Escape');

      await navLink(page, 'Sebutan').click();
      await page
        .getByRole('button', { name: /^Buka detail sebutan dari/ })
        .first()
        .click();
      const mention = page.getByRole('dialog', { name: 'Detail sebutan' });
      await shows(mention.getByRole('heading', { name: 'Kecepatan interaksi' }));
      await shows(mention.getByText(/suka, komentar, dan bagikan per jam$/));
      await shows(mention.getByText(/Pembacaan angka unggahan: 2 kali/));
      const chart = mention.getByRole('img', { name: /Grafik suka, komentar, dan bagikan unggahan ini/ });
      await shows(chart);
      await chart.scrollIntoViewIfNeeded();
      await screenshot(page, 'velocity-mention');
    });
  });
});
