import type { TestApp, TestClient } from './app';

/** A calm statement that passes the tone check: empathy, what is done, when the next update comes, a contact. */
export const CALM_BODY =
  'Kami mohon maaf atas gangguan layanan pagi ini. Tim kami sedang memperbaikinya dan kami akan memberi kabar berikutnya pukul 12.00 WIB. Hubungi 1500-123 bila Anda butuh bantuan.';

/** Turns the brand's public update page on. */
export async function enableUpdatePage(
  owner: TestClient,
  workspaceId: number,
  brandId: number,
  slug = 'rasamie',
  language: 'id' | 'en' = 'id',
) {
  const res = await owner.put(`/api/workspaces/${workspaceId}/brands/${brandId}/update-page`, {
    slug,
    title: 'Info gangguan Rasamie',
    language,
    enabled: true,
  });
  if (res.status !== 200) throw new Error(`page failed: ${JSON.stringify(res.body)}`);
  return res.body as { id: number; url: string; feedUrl: string };
}

/** Reads the form token from the public page, as a browser submitting the form would send it. */
export async function formTokenOf(t: TestApp, slug: string): Promise<string> {
  const html = await (await t.app.request(`/updates/${slug}`)).text();
  const match = /name="token" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('no form token on the page');
  return match[1]!;
}

/** POSTs an HTML form (no session, no CSRF header: the form's own token is the proof). */
export async function postForm(t: TestApp, path: string, fields: Record<string, string>, ip = '203.0.113.9') {
  const res = await t.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: res.status, html: await res.text() };
}
