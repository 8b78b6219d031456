import type { ServiceDeps } from '../../deps';
import type { StoredMention } from '../../pipeline';
import { INTERVAL_MS } from './series';
import type { TermInterval } from './term-series';

/** Categories that are a crisis at any size. */
export const GRAVE_CATEGORIES: ReadonlySet<string> = new Set(['data_privacy', 'account_security', 'product_quality']);

/** Counts one mention's key phrases into its interval: how many mentions carry each, how many of those are negative or grave. */
function addMention(intervals: Map<number, TermInterval>, t: number, phrases: ReadonlySet<string>, negative: number, grave: number) {
  let interval = intervals.get(t);
  if (!interval) intervals.set(t, (interval = { mentions: 0, terms: {} }));
  interval.mentions++;
  for (const phrase of phrases) {
    const entry = (interval.terms[phrase] ??= [0, 0, 0]);
    entry[0]++;
    entry[1] += negative;
    entry[2] += grave;
  }
}

const isGrave = (categories: readonly string[]) => (categories.some((c) => GRAVE_CATEGORIES.has(c)) ? 1 : 0);

/**
 * A batch's key phrases per brand and interval. Intervals before `from` (per brand) are left out: the
 * detectors have closed them, so they would skip them anyway, and a batch in random time order is mostly
 * such late mentions.
 */
export function termIntervals(stored: readonly StoredMention[], from: ReadonlyMap<number, number>): Map<number, Map<number, TermInterval>> {
  const byBrand = new Map<number, Map<number, TermInterval>>();
  for (const mention of stored) {
    const t = Math.floor(mention.record.createdAt / INTERVAL_MS) * INTERVAL_MS;
    let phrases: Set<string> | null = null;
    const negative = mention.analysis?.sentiment === 'negative' ? 1 : 0;
    const grave = isGrave(mention.analysis?.categories ?? []);
    for (const brandId of mention.brands.keys()) {
      if (t < (from.get(brandId) ?? -Infinity)) continue;
      phrases ??= new Set(mention.analysis?.keyPhrases ?? []);
      let intervals = byBrand.get(brandId);
      if (!intervals) byBrand.set(brandId, (intervals = new Map<number, TermInterval>()));
      addMention(intervals, t, phrases, negative, grave);
    }
  }
  return byBrand;
}

const parseList = (json: string | null): string[] => (json ? (JSON.parse(json) as string[]) : []);

/** A brand's stored mentions from `from` (inclusive) to `to` (exclusive) as key phrases per interval, for relearning. */
export async function readTermIntervals(
  { db }: Pick<ServiceDeps, 'db'>,
  workspaceId: number,
  brandId: number,
  from: number,
  to: number,
): Promise<Map<number, TermInterval>> {
  const rows = await db
    .selectFrom('mention_brands as mb')
    .innerJoin('mentions as m', 'm.id', 'mb.mention_id')
    .select(['m.created_at', 'm.sentiment', 'm.categories', 'm.key_phrases'])
    .where('mb.workspace_id', '=', workspaceId)
    .where('mb.brand_id', '=', brandId)
    .where('mb.created_at', '>=', from)
    .where('mb.created_at', '<', to)
    .execute();
  const intervals = new Map<number, TermInterval>();
  for (const row of rows) {
    const t = Math.floor(Number(row.created_at) / INTERVAL_MS) * INTERVAL_MS;
    addMention(intervals, t, new Set(parseList(row.key_phrases)), row.sentiment === 'negative' ? 1 : 0, isGrave(parseList(row.categories)));
  }
  return intervals;
}
