import type { CascadeEvent } from '../../../core/detection';
import type { ServiceDeps } from '../../deps';
import type { StoredMention } from '../../pipeline';

/**
 * Followers assumed for an account whose count is unknown: a small personal account. Zero would make a
 * post whose author is unknown reach nobody, so its replies could never be forecast.
 */
export const UNKNOWN_FOLLOWERS = 100;
/** Replies and reshares read per post at most, oldest first; far beyond any threshold worth warning about. */
const MAX_EVENTS = 20_000;

/** A negative, brand-matched post that got replies or reshares in a batch, with its cascade so far. */
export interface Cascade {
  post: { id: number; platform: string; externalId: string; url: string | null; createdAt: number };
  brandIds: number[];
  /** The post first, then its replies and reshares, oldest first. */
  events: CascadeEvent[];
}

/**
 * The posts the batch's mentions reply to or reshare (same platform) that are stored in the workspace,
 * matched to a brand and negative, each with every stored reply so far.
 */
export async function cascadesOf(
  { db }: Pick<ServiceDeps, 'db'>,
  workspaceId: number,
  stored: readonly StoredMention[],
): Promise<Cascade[]> {
  const parents = new Map<string, { platform: string; externalId: string }>();
  for (const mention of stored) {
    const { platform, parentId } = mention.record;
    if (parentId) parents.set(`${platform}\u0000${parentId}`, { platform, externalId: parentId });
  }
  const cascades: Cascade[] = [];
  for (const { platform, externalId } of parents.values()) {
    const post = await db
      .selectFrom('mentions as m')
      .leftJoin('authors as a', 'a.id', 'm.author_id')
      .select(['m.id', 'm.url', 'm.created_at', 'm.sentiment', 'a.followers'])
      .where('m.workspace_id', '=', workspaceId)
      .where('m.platform', '=', platform)
      .where('m.external_id', '=', externalId)
      .executeTakeFirst();
    if (!post || post.sentiment !== 'negative') continue;
    const brands = await db.selectFrom('mention_brands').select('brand_id').where('mention_id', '=', post.id).execute();
    if (brands.length === 0) continue;
    const replies = await db
      .selectFrom('mentions as m')
      .leftJoin('authors as a', 'a.id', 'm.author_id')
      .select(['m.created_at', 'a.followers'])
      .where('m.workspace_id', '=', workspaceId)
      .where('m.platform', '=', platform)
      .where('m.parent_external_id', '=', externalId)
      .orderBy('m.created_at')
      .limit(MAX_EVENTS)
      .execute();
    const followers = (n: number | null) => (n === null ? UNKNOWN_FOLLOWERS : n);
    cascades.push({
      post: { id: post.id, platform, externalId, url: post.url, createdAt: post.created_at },
      brandIds: brands.map((b) => b.brand_id),
      events: [
        { timestamp: post.created_at, followers: followers(post.followers) },
        // A reply dated before its post (clock skew) counts from the post.
        ...replies.map((r) => ({ timestamp: Math.max(post.created_at, r.created_at), followers: followers(r.followers) })),
      ],
    });
  }
  return cascades;
}
