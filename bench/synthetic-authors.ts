import type { SeededRandom } from './synthetic-random';
import { FIRST_NAMES, HANDLE_WORDS, LAST_NAMES, NEWS_OUTLETS } from './synthetic-words';

export const SYNTHETIC_PLATFORMS = ['twitter', 'instagram', 'tiktok', 'facebook', 'youtube', 'news'] as const;
export type SyntheticPlatform = (typeof SYNTHETIC_PLATFORMS)[number];

/** Share of mentions per platform. */
export const PLATFORM_WEIGHTS: readonly (readonly [SyntheticPlatform, number])[] = [
  ['twitter', 30],
  ['instagram', 22],
  ['tiktok', 18],
  ['facebook', 12],
  ['youtube', 8],
  ['news', 10],
];

export interface SyntheticAuthor {
  platform: SyntheticPlatform;
  handle: string;
  name: string;
  followers: number;
}

export type AuthorPool = ReadonlyMap<SyntheticPlatform, readonly SyntheticAuthor[]>;

function handleFor(rng: SeededRandom, first: string, last: string): string {
  const f = first.toLowerCase();
  const l = last.toLowerCase();
  switch (rng.int(0, 7)) {
    case 0:
      return `${f}${l}`;
    case 1:
      return `${f}_${l}`;
    case 2:
      return `${f}.${l}`;
    case 3:
      return `${f}${rng.int(1, 9999)}`;
    case 4:
      return `${f}_${rng.pick(HANDLE_WORDS)}`;
    case 5:
      return `${rng.pick(HANDLE_WORDS)}${f}${rng.int(0, 99)}`;
    case 6:
      // Some exports keep the capitals people typed; the pipeline must fold them.
      return `${first}_${last.slice(0, 1)}${rng.int(80, 2005)}`;
    default:
      return `${f}${l.slice(0, 3)}${rng.int(1, 99)}`;
  }
}

function socialAuthors(rng: SeededRandom, platform: SyntheticPlatform, size: number): SyntheticAuthor[] {
  const authors: SyntheticAuthor[] = [];
  const taken = new Set<string>();
  while (authors.length < size) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    let handle = handleFor(rng, first, last);
    while (taken.has(handle.toLowerCase())) handle = `${handle}${rng.int(0, 9)}`;
    taken.add(handle.toLowerCase());
    const name = rng.chance(0.8) ? `${first} ${last}` : first;
    // Most accounts have a few hundred followers; a handful are influencers with millions.
    authors.push({ platform, handle, name, followers: rng.pareto(40, 1.05, 25_000_000) });
  }
  return authors;
}

function newsAuthors(rng: SeededRandom): SyntheticAuthor[] {
  return NEWS_OUTLETS.map(([handle, name]) => ({ platform: 'news', handle, name, followers: rng.pareto(50_000, 0.9, 8_000_000) }));
}

/** About one author per eight mentions (20,000+ for the benchmark's 200,000), split by platform. */
export function createAuthorPool(rng: SeededRandom, mentionCount: number): AuthorPool {
  const total = Math.min(40_000, Math.max(60, Math.ceil(mentionCount / 8)));
  const social = PLATFORM_WEIGHTS.filter(([p]) => p !== 'news');
  const weightSum = social.reduce((sum, [, w]) => sum + w, 0);
  const pool = new Map<SyntheticPlatform, SyntheticAuthor[]>();
  for (const [platform, weight] of social)
    pool.set(platform, socialAuthors(rng, platform, Math.max(10, Math.round((total * weight) / weightSum))));
  pool.set('news', newsAuthors(rng));
  return pool;
}

/** A heavy-tailed choice: the first authors of a list post far more often than the last. */
export function pickAuthor(rng: SeededRandom, pool: AuthorPool, platform: SyntheticPlatform): SyntheticAuthor {
  const authors = pool.get(platform) ?? [];
  const author = authors[Math.floor(authors.length * rng.next() ** 1.6)];
  if (!author) throw new Error(`no synthetic authors on ${platform}`);
  return author;
}
