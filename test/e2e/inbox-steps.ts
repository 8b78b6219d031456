import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { type PageApi, apiOf, newIndonesianContext, shows } from './app';
import type { RunningSiaga } from './server';

/** A reply template with a blank the responder must fill: the tone check stops it until they do. */
export const REPLY_TEMPLATE =
  'Halo {name}, mohon maaf atas ketidaknyamanannya. Kami cek pesanan {case_id} sekarang dan akan mengabari Anda lewat DM hari ini.';
export const FIXED_REPLY =
  'Halo @budi_s, mohon maaf atas ketidaknyamanannya. Kami cek pesanan RSM-1042 sekarang dan akan mengabari Anda lewat DM hari ini.';

export interface InboxSetting {
  api: PageApi;
  brandId: number;
  accountId: number;
  /** The approver, signed in in a browser context of their own (the caller closes it). */
  approver: BrowserContext;
}

/** A brand with a sandbox account, the reply template, and an approver who has joined the workspace. */
export async function prepareInbox(browser: Browser, page: Page, siaga: RunningSiaga, workspaceId: string): Promise<InboxSetting> {
  const api = await apiOf(page, siaga, workspaceId);
  const brand = await api.post('/brands', { name: 'Rasamie', kind: 'own' });
  await api.post(`/brands/${String(brand.id)}/queries`, { name: 'Rasamie', query: 'rasamie' });
  const account = await api.post('/accounts', {
    brandId: brand.id,
    platform: 'sandbox',
    handle: 'rasamie_id',
    displayName: 'Rasamie Official',
  });
  await api.post('/templates', {
    name: 'Balasan keluhan produk',
    crisisType: 'product_quality',
    kind: 'reply',
    channel: 'x',
    language: 'id',
    body: REPLY_TEMPLATE,
    changeNote: 'Versi pertama',
  });
  const invited = await api.post('/members', { email: 'penyetuju@example.com', role: 'approver' });
  const approver = await newIndonesianContext(browser);
  const accepted = await approver.request.post(`${siaga.url}/api/invitations/${String(invited.inviteUrl).split('/invite/')[1]}/accept`, {
    data: { name: 'Anggota Penyetuju', password: 'kata-sandi-penyetuju-1' },
  });
  expect(accepted.status()).toBe(200);
  return { api, brandId: brand.id as number, accountId: account.id as number, approver };
}

/** An angry customer's post, as a connector delivers it. */
export async function ingestComplaint(api: PageApi): Promise<void> {
  await api.post('/mentions/batch', {
    mentions: [
      {
        platform: 'x',
        externalId: 'x-991',
        text: 'Kenapa Rasamie basi? Kecewa berat, anak saya sakit perut.',
        createdAt: new Date().toISOString(),
        authorHandle: 'budi_s',
        language: 'id',
      },
    ],
  });
}

export const inboxDrawer = (page: Page) => page.getByTestId('inbox-item');

/**
 * From the open inbox: the complaint answered from the template, stopped by the tone check while a blank
 * is left, fixed, shown with the account that will post it, and sent for approval.
 */
export async function replyFromTemplate(page: Page): Promise<void> {
  await page.getByTestId('inbox-row').filter({ hasText: 'Kenapa Rasamie basi?' }).click();
  const item = inboxDrawer(page);
  await item.getByRole('textbox', { name: 'Templat' }).click();
  await page.getByRole('option', { name: 'Balasan keluhan produk (id)' }).click();
  const text = item.getByRole('textbox', { name: 'Teks balasan' });
  await expect.poll(() => text.inputValue()).toContain('@budi_s');
  await shows(item.getByText('Belum terisi: {case_id}'));
  const findings = item.getByTestId('tone-findings');
  await shows(findings.getByText('Menghalangi'));
  const send = item.getByRole('button', { name: 'Kirim', exact: true });
  expect(await send.isDisabled()).toBe(true);

  await text.fill(FIXED_REPLY);
  await findings.getByText('Menghalangi').waitFor({ state: 'detached' });
  await shows(item.getByText('Akan diposting sebagai'));
  await shows(item.getByTestId('posts-as').getByText('@rasamie_id · Sandbox'));
  await send.click();
  await shows(item.getByTestId('reply-status').getByText('Menunggu persetujuan'));
}

/** The approver approves the waiting reply from the inbox's approval queue, in their own browser. */
export async function approveFromQueue(approver: BrowserContext, siaga: RunningSiaga, workspaceId: string): Promise<void> {
  const approverPage = await approver.newPage();
  await approverPage.goto(`${siaga.url}/w/${workspaceId}/inbox`);
  const queue = approverPage.getByTestId('approval-queue');
  await shows(queue.getByText(FIXED_REPLY));
  await queue.getByRole('button', { name: 'Setujui' }).click();
  await queue.waitFor({ state: 'detached' });
}
