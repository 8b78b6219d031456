import fs from 'node:fs';
import type { MentionInput } from '../core/api';
import {
  type AuthorPool,
  type SyntheticAuthor,
  type SyntheticPlatform,
  PLATFORM_WEIGHTS,
  createAuthorPool,
  pickAuthor,
} from './synthetic-authors';
import { type BrandKey, SYNTHETIC_BRANDS, type SyntheticBrand } from './synthetic-brands';
import { SeededRandom } from './synthetic-random';
import type { Tone } from './synthetic-templates';
import { type PostKind, type SyntheticLanguage, writePost } from './synthetic-text';

export type { SyntheticLanguage } from './synthetic-text';
export { SYNTHETIC_BRANDS, type SyntheticBrand } from './synthetic-brands';

/** A generated mention with what the generator meant it to be, for tests of the generator itself. */
export interface LabelledMention {
  mention: MentionInput;
  language: SyntheticLanguage;
  kind: PostKind;
  brand: BrandKey | null;
  /** An exact copy of an earlier mention (same platform and external id), as connectors re-deliver. */
  duplicate: boolean;
}

const DUPLICATE_SHARE = 0.01;
const CHATTER_SHARE = 0.2;
const CRISIS_SHARE = 0.04;
/** Duplicates copy one of this many recent mentions. */
const DUPLICATE_WINDOW = 20_000;
const DAY = 86_400_000;
const HOUR = 3_600_000;
const WIB = 7 * HOUR;
/** Thirty days of posts ending at midnight WIB on 21 November 2026; the crisis starts on day 22. */
const PERIOD_END = Date.UTC(2026, 10, 20, 17);
const PERIOD_START = PERIOD_END - 30 * DAY;
const CRISIS_START = PERIOD_START + 22 * DAY + 8 * HOUR - WIB;
/**
 * When the benchmarks import the month: the morning after it ends. Their clock stands still there, so what
 * depends on a mention's age (the inbox window, first sightings of posts) is the same on every run and date.
 */
export const SYNTHETIC_IMPORTED_AT = Date.UTC(2026, 10, 21, 0, 0, 0);
/** Posts per hour of the day in WIB: quiet at night, peaks at lunch and in the evening. */
const HOURLY_WEIGHTS = [3, 2, 1, 1, 1, 2, 4, 6, 7, 7, 7, 8, 9, 8, 7, 7, 7, 8, 9, 10, 10, 9, 7, 5].map((w, hour) => [hour, w] as const);

const BRAND_WEIGHTS: readonly (readonly [BrandKey, number])[] = [
  ['rasamie', 35],
  ['jempol', 15],
  ['kilat', 25],
  ['saku', 25],
];
const TONE_WEIGHTS: readonly (readonly [Tone, number])[] = [
  ['complaint', 40],
  ['praise', 30],
  ['question', 20],
  ['promo', 10],
];
/** Brand posts; news, crisis posts and chatter are Indonesian or English only. */
const LANGUAGE_WEIGHTS: readonly (readonly [SyntheticLanguage, number])[] = [
  ['id', 68],
  ['en', 25],
  ['jv', 3],
  ['su', 2],
  ['mixed', 2],
];

const DIGITS = '0123456789';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function base62(n: number, width: number): string {
  let out = '';
  for (let v = n; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, '0');
}

/** Unique per platform because the serial number has a fixed width inside each id. */
function externalIdFor(rng: SeededRandom, platform: SyntheticPlatform, serial: number, author: SyntheticAuthor): string {
  const padded = String(serial).padStart(9, '0');
  switch (platform) {
    case 'twitter':
      return `18${padded}${rng.chars(DIGITS, 8)}`;
    case 'tiktok':
      return `73${padded}${rng.chars(DIGITS, 8)}`;
    case 'instagram':
      return `C${base62(serial, 6)}${rng.chars(BASE62, 5)}`;
    case 'facebook':
      return `10${rng.chars(DIGITS, 13)}_${padded}`;
    case 'youtube':
      return `Ugx${base62(serial, 6)}${rng.chars(BASE62, 14)}`;
    case 'news':
      return `${author.handle}-${padded}`;
  }
}

function urlFor(rng: SeededRandom, platform: SyntheticPlatform, id: string, author: SyntheticAuthor): string {
  switch (platform) {
    case 'twitter':
      return `https://x.com/${author.handle}/status/${id}`;
    case 'tiktok':
      return `https://www.tiktok.com/@${author.handle}/video/${id}`;
    case 'instagram':
      return `https://www.instagram.com/p/${id}/`;
    case 'facebook':
      return `https://www.facebook.com/${id.replace('_', '/posts/')}`;
    case 'youtube':
      return `https://www.youtube.com/watch?v=${rng.chars(BASE62, 11)}&lc=${id}`;
    case 'news':
      return `https://www.${author.handle}.example/berita/${id}`;
  }
}

function timestampFor(rng: SeededRandom, kind: PostKind): number {
  // The crisis is loudest in its first hours and fades over a day and a half.
  if (kind === 'crisis') return CRISIS_START + Math.floor(rng.next() ** 2 * 36 * HOUR);
  const hour = rng.weighted(HOURLY_WEIGHTS);
  return PERIOD_START + rng.int(0, 29) * DAY + hour * HOUR - WIB + rng.int(0, HOUR - 1);
}

/** Exports disagree on dates: ISO in UTC, ISO in WIB, epoch seconds as text, epoch milliseconds. */
function formatTimestamp(platform: SyntheticPlatform, ms: number): string | number {
  switch (platform) {
    case 'facebook':
    case 'news':
      return new Date(ms + WIB).toISOString().replace('Z', '+07:00');
    case 'tiktok':
      return String(Math.floor(ms / 1000));
    case 'youtube':
      return ms;
    default:
      return new Date(ms).toISOString();
  }
}

/** The `language` field as a connector would fill it: sometimes missing, sometimes misdetected. */
function languageField(rng: SeededRandom, platform: SyntheticPlatform, language: SyntheticLanguage): string | undefined {
  if (platform !== 'news' && rng.chance(0.15)) return undefined;
  if (language === 'id') return platform === 'twitter' && rng.chance(0.1) ? 'in' : 'id';
  if (language === 'mixed') return rng.pick(['id', 'en']);
  if (language === 'jv' || language === 'su') return rng.chance(0.7) ? language : 'id';
  return language;
}

function engagementFor(rng: SeededRandom, platform: SyntheticPlatform, followers: number): Partial<MentionInput> {
  const likes = rng.pareto(1, 1.1, 2_000_000) - 1 + Math.floor(followers * rng.next() * 0.01);
  const out: Partial<MentionInput> = {
    likes,
    comments: Math.floor(likes * rng.next() * 0.15),
    shares: Math.floor(likes * rng.next() * 0.1),
  };
  if (platform === 'tiktok' || platform === 'youtube' || platform === 'instagram') out.views = likes * rng.int(8, 40) + rng.int(0, 500);
  return out;
}

function specFor(
  rng: SeededRandom,
  platform: SyntheticPlatform,
): { kind: PostKind; language: SyntheticLanguage; brand: SyntheticBrand | null; tone: Tone } {
  const brandByKey = (key: BrandKey) => SYNTHETIC_BRANDS.find((b) => b.key === key) ?? null;
  const idOrEn = (english: number): SyntheticLanguage => (rng.chance(english) ? 'en' : 'id');
  const tone = rng.weighted(TONE_WEIGHTS);
  if (platform === 'news') return { kind: 'news', language: idOrEn(0.15), brand: brandByKey(rng.weighted(BRAND_WEIGHTS)), tone };
  if (rng.chance(CRISIS_SHARE)) return { kind: 'crisis', language: idOrEn(0.15), brand: brandByKey('rasamie'), tone: 'complaint' };
  if (rng.chance(CHATTER_SHARE)) return { kind: 'chatter', language: idOrEn(0.25), brand: null, tone };
  return { kind: 'brand', language: rng.weighted(LANGUAGE_WEIGHTS), brand: brandByKey(rng.weighted(BRAND_WEIGHTS)), tone };
}

function createMention(rng: SeededRandom, authors: AuthorPool, serial: number): LabelledMention {
  const platform = rng.weighted(PLATFORM_WEIGHTS);
  const author = pickAuthor(rng, authors, platform);
  const spec = specFor(rng, platform);
  const externalId = externalIdFor(rng, platform, serial, author);
  const language = languageField(rng, platform, spec.language);
  const isComment = platform !== 'news' && rng.chance(platform === 'twitter' ? 0.15 : 0.25);
  const thread = isComment ? externalIdFor(rng, platform, 900_000_000 + rng.int(0, 5000), author) : undefined;
  const mention: MentionInput = {
    platform,
    externalId,
    text: writePost(rng, spec),
    createdAt: formatTimestamp(platform, timestampFor(rng, spec.kind)),
    ...(rng.chance(0.9) ? { url: urlFor(rng, platform, externalId, author) } : {}),
    authorHandle: rng.chance(0.05) ? `@${author.handle}` : author.handle,
    authorName: author.name,
    authorFollowers: author.followers,
    ...(language ? { language } : {}),
    ...engagementFor(rng, platform, author.followers),
    ...(thread ? { parentId: thread, threadId: thread } : {}),
  };
  return { mention, language: spec.language, kind: spec.kind, brand: spec.brand?.key ?? null, duplicate: false };
}

/** Mentions in a fixed order for a seed: the same on every run and machine. */
export function* iterateLabelledMentions(count: number, seed: number): Generator<LabelledMention> {
  const rng = new SeededRandom(seed);
  const authors = createAuthorPool(rng, count);
  const recent: LabelledMention[] = [];
  for (let i = 0; i < count; i++) {
    if (recent.length >= 100 && rng.chance(DUPLICATE_SHARE)) {
      const earlier = rng.pick(recent);
      yield { ...earlier, mention: { ...earlier.mention }, duplicate: true };
      continue;
    }
    const next = createMention(rng, authors, i);
    if (recent.length < DUPLICATE_WINDOW) recent.push(next);
    else recent[i % DUPLICATE_WINDOW] = next;
    yield next;
  }
}

export function generateLabelledMentions(count: number, seed: number): LabelledMention[] {
  return [...iterateLabelledMentions(count, seed)];
}

/** `count` realistic mentions (about 70% Indonesian, 25% English, the rest regional or mixed; 1% duplicates). */
export function generateMentions(count: number, seed: number): MentionInput[] {
  return generateLabelledMentions(count, seed).map((l) => l.mention);
}

/** Writes rows as JSON Lines, the format `siaga import` reads; returns the bytes written. */
export function writeJsonLines(file: string, rows: Iterable<unknown>): number {
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  let chunk: string[] = [];
  const flush = () => {
    const buffer = Buffer.from(chunk.join(''));
    for (let written = 0; written < buffer.length;) written += fs.writeSync(fd, buffer, written);
    bytes += buffer.length;
    chunk = [];
  };
  try {
    for (const row of rows) {
      chunk.push(`${JSON.stringify(row)}\n`);
      if (chunk.length >= 2000) flush();
    }
    flush();
  } finally {
    fs.closeSync(fd);
  }
  return bytes;
}

export function writeMentionsJsonl(file: string, count: number, seed: number): number {
  function* mentions() {
    for (const labelled of iterateLabelledMentions(count, seed)) yield labelled.mention;
  }
  return writeJsonLines(file, mentions());
}
