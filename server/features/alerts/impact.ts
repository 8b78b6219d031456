import type { CrisisCategory } from '../../../core/analysis';
import type { AlertImpact, ImpactScope } from '../../../core/api';
import type { ServiceDeps } from '../../deps';

const HOUR = 3_600_000;
/** Languages spoken within one region of Indonesia: a wave in them stays local. */
const REGIONAL = new Set(['jv', 'su']);

/**
 * Where a wave is being talked about, from the languages of its mentions: English (or any foreign
 * language) past a third means it has crossed borders; Javanese or Sundanese as most of it means a
 * region; otherwise the country.
 */
export function scopeOf(languages: Readonly<Record<string, number>>): ImpactScope {
  const total = Object.values(languages).reduce((a, b) => a + b, 0);
  if (total === 0) return 'national';
  let foreign = 0;
  let regional = 0;
  for (const [language, count] of Object.entries(languages)) {
    if (REGIONAL.has(language)) regional += count;
    else if (language !== 'id' && language !== 'ms' && language !== 'und') foreign += count;
  }
  if (foreign / total >= 1 / 3) return 'international';
  if (regional / total > 0.5) return 'local';
  return 'national';
}

/**
 * The impact of what a brand is going through in the hour up to `at`: how many mentions and how many
 * times the usual rate, their reach, the negative share, the crisis categories, languages and
 * platforms. Read from the minute rollups and the brand's mention timeline.
 */
export async function assessImpact(
  { db }: Pick<ServiceDeps, 'db'>,
  workspaceId: number,
  brandId: number,
  at: number,
  usualPerHour: number | null,
): Promise<AlertImpact> {
  const from = at - HOUR;
  const totals = await db
    .selectFrom('signal_rollups')
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<number>('mentions'), eb.lit(0)).as('mentions'),
      eb.fn.coalesce(eb.fn.sum<number>('negative'), eb.lit(0)).as('negative'),
      eb.fn.coalesce(eb.fn.sum<number>('reach'), eb.lit(0)).as('reach'),
    ])
    .where('workspace_id', '=', workspaceId)
    .where('brand_id', '=', brandId)
    .where('minute', '>', from)
    .where('minute', '<=', at)
    .executeTakeFirstOrThrow();
  const categories = await db
    .selectFrom('signal_category_rollups')
    .select((eb) => ['category', eb.fn.sum<number>('mentions').as('mentions')])
    .where('workspace_id', '=', workspaceId)
    .where('brand_id', '=', brandId)
    .where('minute', '>', from)
    .where('minute', '<=', at)
    .groupBy('category')
    .execute();
  const mix = await db
    .selectFrom('mention_brands as mb')
    .innerJoin('mentions as m', 'm.id', 'mb.mention_id')
    .select((eb) => ['m.language', 'm.platform', eb.fn.countAll<number>().as('n')])
    .where('mb.workspace_id', '=', workspaceId)
    .where('mb.brand_id', '=', brandId)
    .where('mb.created_at', '>', from)
    .where('mb.created_at', '<=', at + 60_000)
    .groupBy(['m.language', 'm.platform'])
    .execute();
  const languages: Record<string, number> = {};
  const platforms: Record<string, number> = {};
  for (const row of mix) {
    const n = Number(row.n);
    const language = row.language ?? 'und';
    languages[language] = (languages[language] ?? 0) + n;
    platforms[row.platform] = (platforms[row.platform] ?? 0) + n;
  }
  const perHour = Number(totals.mentions);
  return {
    scope: scopeOf(languages),
    perHour,
    speedRatio: usualPerHour && usualPerHour > 0 ? Math.round((perHour / usualPerHour) * 10) / 10 : null,
    reach: Number(totals.reach),
    negativeShare: perHour > 0 ? Number(totals.negative) / perHour : null,
    categories: categories
      .map((c) => ({ category: c.category as CrisisCategory, mentions: Number(c.mentions) }))
      .sort((a, b) => b.mentions - a.mentions),
    languages,
    platforms,
  };
}
