import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { atPath, navLink, pageHeading, shows, submitSetup, withPage } from './app';
import { useBrowserAndSiaga } from './browser';
import type { RunningSiaga } from './server';

// The scheduler ticks every 15 s: a queued moderation action reaches the sandbox within about 15 s.
const SENT_WITHIN_MS = 45_000;
const SPAM = 'Promo Rasamie! Klik link bit.ly/murah dapatkan saldo gratis 1 juta, DM sekarang';

let browser: Browser;
let siaga: RunningSiaga;
useBrowserAndSiaga((started) => ({ browser, siaga } = started));

function apiOf(page: Page, workspaceId: string) {
  const url = (path: string) => `${siaga.url}/api/workspaces/${workspaceId}${path}`;
  const csrf = async () => ((await (await page.request.get(`${siaga.url}/api/auth/me`)).json()) as { csrfToken: string }).csrfToken;
  return {
    async get<T>(path: string): Promise<T> {
      const response = await page.request.get(url(path));
      expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
      return (await response.json()) as T;
    },
    async post<T>(path: string, data: unknown): Promise<T> {
      const response = await page.request.post(url(path), { data, headers: { 'X-CSRF-Token': await csrf() } });
      expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
      return (await response.json()) as T;
    },
  };
}

/** Polls until `check` accepts what `read` answers, for up to `ms`. */
async function until<T>(what: string, ms: number, read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('moderation in a browser', () => {
  it('hides a spam comment from the mention drawer through the sandbox, undoes it, and grants a member publishing rights', async () => {
    await withPage(browser, siaga, 'moderation', async (page) => {
      await page.goto(siaga.url);
      await submitSetup(page, siaga.setupToken);
      await atPath(page, /^\/w\/\d+\/mentions$/);
      const workspaceId = new URL(page.url()).pathname.split('/')[2]!;
      const api = apiOf(page, workspaceId);
      const brand = await api.post<{ id: number }>('/brands', { name: 'Rasamie', kind: 'own' });
      await api.post(`/brands/${brand.id}/queries`, { name: 'Rasamie utama', query: 'rasamie' });
      const account = await api.post<{ id: number }>('/accounts', {
        brandId: brand.id,
        platform: 'sandbox',
        handle: 'rasamie_id',
        displayName: 'Rasamie Official',
      });
      await api.post('/mentions/batch', {
        mentions: [{ platform: 'sandbox', externalId: 'spam-1', text: SPAM, createdAt: Date.now() - 60_000, authorHandle: 'promo_bot' }],
      });
      const mentions = await until(
        'the analysed mention',
        20_000,
        () => api.get<{ items: { id: number; analysis: unknown }[] }>('/mentions'),
        (list) => list.items.length === 1 && list.items[0]!.analysis !== null,
      );
      const mentionId = mentions.items[0]!.id;

      await page.goto(`${siaga.url}/w/${workspaceId}/mentions?mention=${mentionId}`);
      const section = page.getByTestId('moderation-section');
      await shows(section.getByTestId('comment-kind').getByText('Spam'));
      await shows(section.getByText('Spam disembunyikan.'));
      // Trusted posting: the account that will act is shown, with the right to act as it.
      await shows(section.getByText('@rasamie_id · Sandbox'));
      await shows(section.getByText('Anda boleh memposting sebagai akun ini.'));
      await section.getByRole('button', { name: 'Sembunyikan', exact: true }).click();
      const hidden = section.getByTestId('moderation-action').filter({ hasText: 'Disembunyikan' });
      await shows(hidden);

      const sandbox = () => api.get<{ action: string; targetExternalId: string | null }[]>(`/accounts/${account.id}/sandbox-posts`);
      await until('the hide in the sandbox', SENT_WITHIN_MS, sandbox, (posts) => posts.some((p) => p.action === 'hide'));
      await hidden.getByRole('button', { name: 'Batalkan' }).click();
      await shows(section.getByTestId('moderation-action').filter({ hasText: 'Ditampilkan lagi' }));
      const posts = await until('the unhide in the sandbox', SENT_WITHIN_MS, sandbox, (list) => list.some((p) => p.action === 'unhide'));
      expect(posts.map((p) => [p.action, p.targetExternalId])).toEqual([
        ['unhide', 'spam-1'],
        ['hide', 'spam-1'],
      ]);
      // The drawer refreshes: the hide is shown as undone.
      await section
        .getByTestId('moderation-action')
        .filter({ hasText: 'Disembunyikan' })
        .getByText('Dibatalkan', { exact: true })
        .waitFor({ timeout: SENT_WITHIN_MS });

      // The Moderation page lists both actions, newest first, with who did them.
      await page.keyboard.press('Escape');
      await navLink(page, 'Moderasi').click();
      await shows(pageHeading(page, 'Moderasi'));
      const rows = page.getByTestId('moderation-row');
      await shows(rows.filter({ hasText: 'Ditampilkan lagi' }).filter({ hasText: 'oleh Dewi Lestari' }));
      await shows(rows.filter({ hasText: 'Disembunyikan' }).filter({ hasText: 'Mengikuti usulan' }));
      await shows(page.getByRole('heading', { name: 'Kebijakan moderasi' }));

      // A member who accepted an invitation, granted the right to post as the account on the accounts page.
      const invited = await api.post<{ inviteUrl: string }>('/members', { email: 'rudi@example.co.id', role: 'responder' });
      const secret = invited.inviteUrl.split('/invite/')[1]!;
      const other = await browser.newContext();
      const accepted = await other.request.post(`${siaga.url}/api/invitations/${secret}/accept`, {
        data: { name: 'Rudi Responder', password: 'kata-sandi-rudi-2026' },
      });
      expect(accepted.status()).toBe(200);
      await other.close();

      await navLink(page, 'Akun milik merek').click();
      await shows(pageHeading(page, 'Akun milik merek'));
      const row = page.getByTestId('account-row').filter({ hasText: '@rasamie_id' });
      await shows(row.getByText('Dewi Lestari'));
      await row.getByRole('textbox', { name: 'Pilih anggota' }).click();
      await page.getByRole('option', { name: /Rudi Responder/ }).click();
      await row.getByRole('button', { name: 'Beri hak' }).click();
      await shows(row.getByText('Rudi Responder'));
      const publishers = await api.get<{ name: string }[]>(`/accounts/${account.id}/publishers`);
      expect(publishers.map((p) => p.name)).toEqual(['Dewi Lestari', 'Rudi Responder']);
    });
  }, 150_000);
});
