import type { TestClient } from './app';
import { createBrand, userIdOf } from './factories';

/** A brand with a sandbox account to post from. */
export async function createSandboxAccount(owner: TestClient, workspaceId: number, brandName = 'Rasamie', handle = 'rasamie_id') {
  const { brandId } = await createBrand(owner, workspaceId, brandName);
  const res = await owner.post(`/api/workspaces/${workspaceId}/accounts`, {
    brandId,
    platform: 'sandbox',
    handle,
    displayName: `${brandName} Official`,
  });
  if (res.status !== 200) throw new Error(`account creation failed: ${JSON.stringify(res.body)}`);
  return { brandId, accountId: res.body.id as number };
}

/** Schedules a post and returns the item. */
export async function schedulePost(
  client: TestClient,
  workspaceId: number,
  accountId: number,
  scheduledAt: number,
  text = 'Promo akhir pekan: diskon 20%!',
) {
  const res = await client.post(`/api/workspaces/${workspaceId}/outbox/scheduled-posts`, { accountId, text, scheduledAt });
  if (res.status !== 200) throw new Error(`scheduling failed: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Lets `member` post as the account (granted by `manager`, who holds accounts.manage). */
export async function grantPublishing(manager: TestClient, workspaceId: number, accountId: number, member: TestClient) {
  const userId = await userIdOf(member);
  const res = await manager.put(`/api/workspaces/${workspaceId}/accounts/${accountId}/publishers/${userId}`, {});
  if (res.status !== 200) throw new Error(`grant failed: ${JSON.stringify(res.body)}`);
}
