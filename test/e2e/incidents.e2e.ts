import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { angryBurst, calmMentions } from '../support/signals';
import { apiOf, atPath, field, hides, navLink, pageHeading, shows, submitSetup, withPage } from './app';
import { useBrowserAndSiaga } from './browser';
import type { RunningSiaga } from './server';

const HOUR = 3_600_000;
const ALERT_BUTTON = 'Buka peringatan: Lonjakan penyebutan negatif, Rasamie';

let browser: Browser;
let siaga: RunningSiaga;
useBrowserAndSiaga((started) => ({ browser, siaga } = started));

describe('incidents in a browser', () => {
  it('declares an incident from an alert, works the playbook, keeps the fact sheet, resolves it and exports the plan', async () => {
    await withPage(browser, siaga, 'incidents', async (page) => {
      await page.goto(siaga.url);
      await submitSetup(page, siaga.setupToken);
      await atPath(page, /^\/w\/\d+\/mentions$/);
      const workspaceId = new URL(page.url()).pathname.split('/')[2]!;
      const api = await apiOf(page, siaga, workspaceId);

      // Three calm days, then a burst of angry mentions about a spoiled product: one critical alert.
      const brand = await api.post('/brands', { name: 'Rasamie', kind: 'own' });
      await api.post(`/brands/${String(brand.id)}/queries`, { name: 'Rasamie', query: 'rasamie' });
      const t0 = Math.floor((Date.now() - 30 * 60_000) / HOUR) * HOUR;
      const history = calmMentions({ brand: 'Rasamie', start: t0 - 72 * HOUR, hours: 72, peakPerHour: 24 });
      for (let i = 0; i < history.length; i += 1000) await api.post('/mentions/batch', { mentions: history.slice(i, i + 1000) });
      const burst = angryBurst('Rasamie', t0 + 5 * 60_000, 120, 20);
      for (let i = 0; i < burst.length; i += 30) await api.post('/mentions/batch', { mentions: burst.slice(i, i + 30) });

      // From the alert's drawer, declare an incident; the form is filled from the alert.
      await navLink(page, 'Peringatan').click();
      await page.getByRole('button', { name: ALERT_BUTTON }).click();
      const drawer = page.getByRole('dialog', { name: 'Detail peringatan' });
      await drawer.getByRole('button', { name: 'Nyatakan insiden dari peringatan ini' }).click();
      const declare = page.getByRole('dialog', { name: 'Nyatakan insiden' });
      expect(await field(declare, 'Judul').inputValue()).toContain('Rasamie');
      await shows(declare.getByText(/^Usulan: tingkat \d/));
      await declare.getByRole('button', { name: 'Nyatakan', exact: true }).click();

      // The crisis room: the playbook's tasks with timers, and the brand's posting paused.
      await atPath(page, /^\/w\/\d+\/incidents\/\d+$/);
      const incidentId = new URL(page.url()).pathname.split('/')[4]!;
      const incident = (await (await api.get(`/incidents/${incidentId}`)).json()) as {
        crisisType: string;
        tasks: { title: string }[];
        playbook: { title: string } | null;
      };
      expect(incident.crisisType).toBe('product_quality');
      expect(incident.playbook).not.toBeNull();
      expect(incident.tasks.length).toBeGreaterThan(1);
      await shows(page.getByRole('heading', { level: 1, name: new RegExp(`^#${incidentId} `) }));
      const tasks = page.getByRole('list', { name: 'Tugas' });
      for (const task of incident.tasks) await shows(tasks.getByRole('listitem', { name: task.title }));
      await shows(tasks.getByRole('timer').first());
      await shows(page.getByText('Posting terjadwal Rasamie dijeda'));

      // Complete the first task.
      const first = incident.tasks[0]!.title;
      await page.getByRole('button', { name: `Tandai selesai: ${first}` }).click();
      await shows(tasks.getByRole('listitem', { name: first }).getByText('Selesai', { exact: true }));

      // Update the fact sheet.
      await page.getByRole('textbox', { name: 'Apa yang terjadi' }).fill('Keluhan produk basi dari beberapa kota sejak pagi.');
      await page.getByRole('textbox', { name: 'Yang kami ketahui' }).fill('Batch 2611 terdampak.');
      await page.getByRole('button', { name: 'Simpan versi baru' }).click();
      await shows(page.getByText(/^Versi 1 oleh Dewi Lestari/));

      // Resolve, which asks for a summary.
      await page.getByRole('button', { name: 'Ke Selesai', exact: true }).click();
      const resolve = page.getByRole('dialog', { name: 'Ubah status ke Selesai' });
      await resolve.getByRole('textbox', { name: 'Ringkasan penyelesaian' }).fill('Batch 2611 ditarik dan klarifikasi terbit.');
      await resolve.getByRole('button', { name: 'Simpan' }).click();
      await hides(resolve);
      await shows(page.getByText('Penyelesaian: Batch 2611 ditarik dan klarifikasi terbit.'));
      await shows(page.getByText(`Tugas selesai: ${first}`));
      await shows(page.getByText('Lembar fakta diperbarui (versi 1)'));

      // The list shows it resolved.
      await navLink(page, 'Insiden').click();
      await shows(pageHeading(page, 'Insiden'));
      await page.locator('label', { hasText: /^Semua$/ }).click();
      await shows(
        page
          .getByRole('row')
          .filter({ hasText: `#${incidentId} ` })
          .getByText('Selesai', { exact: true }),
      );

      // The whole plan as PDF, as the team would print it for when systems are down.
      const pdf = await api.get('/plan-document.pdf');
      expect(pdf.status(), await pdf.text().catch(() => '')).toBe(200);
      expect(pdf.headers()['content-type']).toContain('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    });
  });
});
