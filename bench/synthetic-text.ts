import { SYNTHETIC_BRANDS, type SyntheticBrand } from './synthetic-brands';
import type { SeededRandom } from './synthetic-random';
import { CHATTER, CRISIS, ENGLISH, INDONESIAN, NEWS, REGIONAL, type Tone } from './synthetic-templates';
import {
  AMOUNTS,
  CITIES,
  CLOSERS_EN,
  CLOSERS_ID,
  EMOJI_NEGATIVE,
  EMOJI_POSITIVE,
  EMOJI_QUESTION,
  FIRST_NAMES,
  FOLLOW_UPS,
  GENERIC_HASHTAGS,
  OPENERS_EN,
  OPENERS_ID,
  SLANG,
} from './synthetic-words';

export type SyntheticLanguage = 'id' | 'en' | 'jv' | 'su' | 'mixed';
export type PostKind = 'brand' | 'crisis' | 'news' | 'chatter';

export interface PostSpec {
  kind: PostKind;
  language: SyntheticLanguage;
  brand: SyntheticBrand | null;
  tone: Tone;
}

const DIGITS = '0123456789';
/** Rivals outside the benchmark's brands, for sectors with only one of ours. */
const OTHER_RIVALS: Record<string, readonly string[]> = { courier: ['KurirKita', 'AntarAja Express'], wallet: ['DompetNusa', 'BayarIn'] };

function emoji(rng: SeededRandom, set: readonly string[]): string {
  if (rng.chance(0.35)) return '';
  const one = rng.pick(set);
  return rng.chance(0.25) ? one.repeat(rng.int(2, 4)) : one;
}

function rival(rng: SeededRandom, brand: SyntheticBrand): string {
  const others = SYNTHETIC_BRANDS.filter((b) => b.sector === brand.sector && b.key !== brand.key);
  return others.length > 0 ? rng.pick(rng.pick(others).spellings) : rng.pick(OTHER_RIVALS[brand.sector] ?? ['merek lain']);
}

function requireBrand(brand: SyntheticBrand | null, slot: string): SyntheticBrand {
  if (!brand) throw new Error(`template slot {${slot}} needs a brand`);
  return brand;
}

function fillSlot(rng: SeededRandom, slot: string, brand: SyntheticBrand | null, formal: boolean): string {
  const slang = SLANG[slot];
  if (slang) return formal ? (slang[0] ?? '') : rng.pick(slang);
  switch (slot) {
    case 'b':
      return formal ? requireBrand(brand, slot).name : rng.pick(requireBrand(brand, slot).spellings);
    case 'p':
      return rng.pick(requireBrand(brand, slot).products);
    case 'h':
      return requireBrand(brand, slot).handle;
    case 'tag':
      return rng.pick(requireBrand(brand, slot).hashtags);
    case 'rival':
      return rival(rng, requireBrand(brand, slot));
    case 'city':
      return rng.pick(CITIES);
    case 'n':
      return String(rng.int(2, 9));
    case 'amt':
      return rng.pick(AMOUNTS);
    case 'order':
      return `KK${rng.chars(DIGITS, 12)}`;
    case 'friend':
      return `@${rng.pick(FIRST_NAMES).toLowerCase()}${rng.int(1, 999)}`;
    case 'pos':
      return emoji(rng, EMOJI_POSITIVE);
    case 'neg':
      return emoji(rng, EMOJI_NEGATIVE);
    case 'q':
      return emoji(rng, EMOJI_QUESTION);
    default:
      throw new Error(`unknown template slot {${slot}}`);
  }
}

/** Fills a template's slots; `formal` text (news) spells brands properly and uses no slang. */
function fill(rng: SeededRandom, template: string, brand: SyntheticBrand | null, formal = false): string {
  return template
    .replace(/\{(\w+)\}/g, (_, slot: string) => fillSlot(rng, slot, brand, formal))
    .replace(/\s+/g, ' ')
    .trim();
}

function templateFor(rng: SeededRandom, spec: PostSpec): string {
  const standard = spec.language === 'en' ? 'en' : 'id';
  switch (spec.kind) {
    case 'chatter':
      return rng.pick(CHATTER[standard]);
    case 'crisis':
      return rng.pick(CRISIS[standard]);
    case 'news':
      return rng.pick(NEWS[standard][requireBrand(spec.brand, 'b').sector]);
    case 'brand': {
      const sector = requireBrand(spec.brand, 'b').sector;
      if (spec.language === 'id') return rng.pick(INDONESIAN[sector][spec.tone]);
      if (spec.language === 'en') return rng.pick(ENGLISH[sector][spec.tone]);
      return rng.pick(REGIONAL[spec.language][sector]);
    }
  }
}

/** What people add around the message itself: a greeting, a sigh, hashtags, the brand's account. */
function decorate(rng: SeededRandom, text: string, spec: PostSpec): string {
  const english = spec.language === 'en';
  let out = text;
  if (spec.kind === 'brand' && spec.language !== 'jv' && spec.language !== 'su' && rng.chance(0.35)) {
    out = `${out} ${fill(rng, rng.pick(FOLLOW_UPS[english ? 'en' : 'id'][spec.tone]), spec.brand)}`;
  }
  if (rng.chance(0.15)) out = `${rng.pick(english ? OPENERS_EN : OPENERS_ID)} ${out}`;
  if (rng.chance(0.1)) out = `${out} ${rng.pick(english ? CLOSERS_EN : CLOSERS_ID)}`;
  if (spec.brand && spec.tone === 'complaint' && rng.chance(0.1) && !out.includes(spec.brand.handle)) out = `${spec.brand.handle} ${out}`;
  if (rng.chance(0.25)) {
    const pool = spec.brand ? [...spec.brand.hashtags, ...GENERIC_HASHTAGS] : GENERIC_HASHTAGS;
    const tags = new Set<string>();
    for (let k = rng.int(1, 3); k > 0; k--) tags.add(rng.pick(pool));
    out = `${out} ${[...tags].join(' ')}`;
  }
  // Angry customers shout.
  if ((spec.tone === 'complaint' || spec.kind === 'crisis') && rng.chance(0.05)) out = out.toUpperCase();
  return out;
}

/** Writes one post's text for the spec; news keeps its formal register undecorated. */
export function writePost(rng: SeededRandom, spec: PostSpec): string {
  const text = fill(rng, templateFor(rng, spec), spec.brand, spec.kind === 'news');
  return spec.kind === 'news' ? text : decorate(rng, text, spec);
}
