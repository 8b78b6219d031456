import type { Kysely } from 'kysely';
import { chunks } from './chunks';
import type { Database } from './schema';

const ID_CHUNK = 500;

/** The brands each stored mention matched, by mention id (mentions that matched none are absent). */
export async function brandsOfMentions(db: Kysely<Database>, mentionIds: readonly number[]): Promise<Map<number, number[]>> {
  const brandsOf = new Map<number, number[]>();
  for (const part of chunks(mentionIds, ID_CHUNK)) {
    const links = await db.selectFrom('mention_brands').select(['mention_id', 'brand_id']).where('mention_id', 'in', part).execute();
    for (const link of links) brandsOf.set(link.mention_id, [...(brandsOf.get(link.mention_id) ?? []), link.brand_id]);
  }
  return brandsOf;
}
