import type { TestApp, TestClient } from './app';
import { createBrand, ingestMentions, makeMention } from './factories';

/** A brand that watches "rasamie", with a sandbox account to moderate through; comments arrive on the sandbox platform. */
export async function createModeratedBrand(owner: TestClient, workspaceId: number, name = 'Rasamie') {
  const { brandId } = await createBrand(owner, workspaceId, name, name.toLowerCase());
  const res = await owner.post(`/api/workspaces/${workspaceId}/accounts`, {
    brandId,
    platform: 'sandbox',
    handle: `${name.toLowerCase()}_id`,
    displayName: `${name} Official`,
  });
  if (res.status !== 200) throw new Error(`account creation failed: ${JSON.stringify(res.body)}`);
  return { brandId, accountId: res.body.id as number };
}

export const SPAM_TEXT = 'Promo Rasamie! Klik link bit.ly/murah dapatkan saldo gratis 1 juta, DM sekarang';
export const RUDE_TEXT = 'Pelayanan Rasamie goblok banget, pesanan saya telat 3 hari belum sampai!';
export const CRITICAL_TEXT = 'Pesanan Rasamie saya telat 3 hari, kecewa sekali dengan pengirimannya';
export const CAMPAIGN_TEXT = 'Boikot Rasamie sekarang! Mie mereka beracun #boikotrasamie';

/** Stores comments on the sandbox platform and answers their mention ids, in the order given. */
export async function postComments(t: TestApp, workspaceId: number, comments: { text: string; author: string; at: number }[]) {
  const rows = comments.map((c) =>
    makeMention({ platform: 'sandbox', text: c.text, authorHandle: c.author, authorName: c.author, createdAt: c.at }),
  );
  await ingestMentions(t, workspaceId, rows);
  const ids: number[] = [];
  for (const row of rows) {
    const found = await t.ctx.db
      .selectFrom('mentions')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('external_id', '=', String(row.externalId))
      .executeTakeFirstOrThrow();
    ids.push(found.id);
  }
  return ids;
}
