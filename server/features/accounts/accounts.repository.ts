import type { Kysely } from 'kysely';
import type { OwnedAccount } from '../../../core/api';
import type { ChannelPlatform } from '../../../core/channels';
import type { Database } from '../../db/schema';

export function selectAccounts(db: Kysely<Database>, workspaceId: number) {
  return db
    .selectFrom('owned_accounts as a')
    .innerJoin('brands as b', 'b.id', 'a.brand_id')
    .select([
      'a.id',
      'a.workspace_id',
      'a.brand_id',
      'b.name as brand_name',
      'a.platform',
      'a.handle',
      'a.display_name',
      'a.avatar_url',
      'a.created_at',
    ])
    .where('a.workspace_id', '=', workspaceId);
}

export type AccountRow = Awaited<ReturnType<ReturnType<typeof selectAccounts>['execute']>>[number];

export const toAccount = (r: AccountRow, connected: boolean): OwnedAccount => ({
  id: r.id,
  brandId: r.brand_id,
  brandName: r.brand_name,
  platform: r.platform as ChannelPlatform,
  handle: r.handle,
  displayName: r.display_name,
  avatarUrl: r.avatar_url,
  connected,
  createdAt: r.created_at,
});

export async function findAccountRow(db: Kysely<Database>, workspaceId: number, accountId: number) {
  return selectAccounts(db, workspaceId).where('a.id', '=', accountId).executeTakeFirst();
}
