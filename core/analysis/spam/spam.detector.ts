import type { NormalisedText } from '../analysis.types';
import { compileTermMatcher } from '../categories/term-matcher';
import { isWhitespace } from '../text/whitespace';
import { type WordRecord, countDistinct, wordRecordsOf } from '../text/word-record';
import {
  CALL_TO_ACTION_TERMS,
  FOLLOW_BAIT_TERMS,
  GAMBLING_HINTS,
  GAMBLING_TERMS,
  GIVEAWAY_ACTIONS,
  GIVEAWAY_TERMS,
  PROMO_TERMS,
  SHORTENER_HOSTS,
} from './spam.lexicon';

export type SpamReason =
  | 'gambling'
  | 'promotional'
  | 'call-to-action'
  | 'phone-number'
  | 'many-urls'
  | 'url-shortener'
  | 'follow-bait'
  | 'giveaway'
  | 'many-hashtags'
  | 'many-handles'
  | 'repeated-words'
  | 'repeated-chars';

export interface SpamVerdict {
  spam: boolean;
  /** Every rule that fired, strongest first; present even when the total stays below spam. */
  reasons: SpamReason[];
}

/** Points per rule; a text with 1 or more points is spam. A lone phone number or promo word is not. */
const POINTS: Record<SpamReason, number> = {
  gambling: 1,
  'repeated-words': 1,
  'follow-bait': 1,
  'many-urls': 1,
  'call-to-action': 1,
  'phone-number': 0.5,
  promotional: 0.5,
  giveaway: 1,
  'many-hashtags': 0.6,
  'many-handles': 0.6,
  'url-shortener': 0.4,
  'repeated-chars': 0.3,
};
const SPAM_AT = 1;

type TermGroup = 'gambling' | 'gamblingHint' | 'promo' | 'callToAction' | 'followBait' | 'giveaway' | 'giveawayAction';
const GROUPS: readonly (readonly [TermGroup, readonly string[]])[] = [
  ['gambling', GAMBLING_TERMS],
  ['gamblingHint', GAMBLING_HINTS],
  ['promo', PROMO_TERMS],
  ['callToAction', CALL_TO_ACTION_TERMS],
  ['followBait', FOLLOW_BAIT_TERMS],
  ['giveaway', GIVEAWAY_TERMS],
  ['giveawayAction', GIVEAWAY_ACTIONS],
];
/** One matcher for all lists (one pass over the words); each term knows its groups. */
const GROUPS_OF_TERM = new Map<string, TermGroup[]>();
for (const [group, terms] of GROUPS) {
  for (const term of terms) GROUPS_OF_TERM.set(term, [...(GROUPS_OF_TERM.get(term) ?? []), group]);
}
const matcher = compileTermMatcher(GROUPS_OF_TERM.keys(), { roots: false });

function countGroups(words: readonly WordRecord[]): Record<TermGroup, number> {
  const counts: Record<TermGroup, number> = {
    gambling: 0,
    gamblingHint: 0,
    promo: 0,
    callToAction: 0,
    followBait: 0,
    giveaway: 0,
    giveawayAction: 0,
  };
  for (const term of matcher.findTermsIn(words)) for (const group of GROUPS_OF_TERM.get(term) ?? []) counts[group]++;
  return counts;
}

/** Indonesian mobile numbers: 08…, 628…, +62 8…, with optional spaces, dots or dashes. */
const PHONE = /(?:^|[^\d])(?:\+?62|0)[\s.-]?8\d{1,3}[\s.-]?\d{3,4}[\s.-]?\d{3,5}(?!\d)/;

/** A phone number has at least this many digits (`0`, `8`, then 1 + 3 + 3 at the least). */
const PHONE_MIN_DIGITS = 9;

interface RawCounts {
  urls: number;
  shorteners: number;
  hashtags: number;
  handles: number;
  longestCharRun: number;
  digits: number;
}

const H = 0x68;
const W = 0x77;
const HASH = 0x23;
const AT = 0x40;
const DOT = 0x2e;
const SPACE = 0x20;

/** Counts one whitespace chunk, `raw[start, end)`: only chunks that may be links are copied and lower-cased. */
function countChunk(raw: string, start: number, end: number, hasDot: boolean, counts: RawCounts): void {
  const first = raw.charCodeAt(start);
  if (first === H || first === W || hasDot) {
    const lower = raw.slice(start, end).toLowerCase();
    const shortener = hasDot && SHORTENER_HOSTS.has(hostOf(lower));
    if (shortener || lower.startsWith('http') || lower.startsWith('www.')) {
      counts.urls++;
      if (shortener) counts.shorteners++;
      return;
    }
  }
  if (first === HASH) counts.hashtags++;
  else if (first === AT) counts.handles++;
}

/**
 * The raw text's counts in one walk over its characters: digits, the longest run of one repeated
 * character (spaces apart), and per whitespace chunk its links, hashtags and handles.
 */
function countRaw(raw: string): RawCounts {
  const counts: RawCounts = { urls: 0, shorteners: 0, hashtags: 0, handles: 0, longestCharRun: 0, digits: 0 };
  // Locals rather than fields in the loop.
  let digits = 0;
  let longest = 0;
  let run = 0;
  let previous = -1;
  let chunkStart = -1;
  let hasDot = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) digits++;
    run = code === previous && code !== SPACE ? run + 1 : 1;
    if (run > longest) longest = run;
    previous = code;
    if (isWhitespace(code)) {
      if (chunkStart >= 0) countChunk(raw, chunkStart, i, hasDot, counts);
      chunkStart = -1;
    } else if (chunkStart < 0) {
      chunkStart = i;
      hasDot = code === DOT;
    } else if (code === DOT) hasDot = true;
  }
  if (chunkStart >= 0) countChunk(raw, chunkStart, raw.length, hasDot, counts);
  counts.digits = digits;
  counts.longestCharRun = longest;
  return counts;
}

function hostOf(url: string): string {
  const start = url.indexOf('//') + 2 || 0;
  const stripped = url.slice(start).replace(/^www\./, '');
  const slash = stripped.indexOf('/');
  return slash < 0 ? stripped : stripped.slice(0, slash);
}

/** True when few distinct words make up a longer text (`beli beli beli …`). */
function isRepetitive(words: readonly WordRecord[]): boolean {
  if (words.length < 6) return false;
  const distinct = countDistinct(words);
  return distinct / words.length < 0.35;
}

const NOT_WORD = /[^\p{L}\p{N}]+/u;

function wordsOf(normalised: NormalisedText | undefined, raw: string): readonly string[] {
  if (normalised) return normalised.words;
  return raw.toLowerCase().split(NOT_WORD).filter(Boolean);
}

function byPointsDescending(a: SpamReason, b: SpamReason): number {
  return POINTS[b] - POINTS[a];
}

/**
 * Spam by rules on one text: gambling and loan adverts, selling patterns, link farms, follow bait,
 * giveaway spam, phone numbers, hashtag/handle stuffing and repetition. Copies of one text across
 * mentions are found elsewhere, by near-duplicate cluster keys.
 */
export function detectSpam(normalised: NormalisedText | undefined, raw: string): SpamVerdict {
  return detectSpamIn(wordRecordsOf(wordsOf(normalised, raw)), raw);
}

/** `detectSpam` given the records of the normalised words (or of the raw words when there is no normalisation). */
export function detectSpamIn(words: readonly WordRecord[], raw: string): SpamVerdict {
  const counts = countRaw(raw);
  const reasons: SpamReason[] = [];
  const terms = countGroups(words);
  if (terms.gambling > 0 || terms.gamblingHint >= 2) reasons.push('gambling');
  if (terms.promo >= 2) reasons.push('promotional');
  // Three selling words or more read as an advert on their own.
  const extraPromo = terms.promo >= 3 ? 0.5 : 0;
  if (terms.callToAction > 0) reasons.push('call-to-action');
  if (counts.digits >= PHONE_MIN_DIGITS && PHONE.test(raw)) reasons.push('phone-number');
  if (counts.urls >= 3) reasons.push('many-urls');
  if (counts.shorteners > 0) reasons.push('url-shortener');
  if (terms.followBait > 0) reasons.push('follow-bait');
  if (terms.giveaway > 0 && terms.giveawayAction > 0) reasons.push('giveaway');
  if (counts.hashtags >= 6) reasons.push('many-hashtags');
  if (counts.handles >= 5) reasons.push('many-handles');
  if (isRepetitive(words)) reasons.push('repeated-words');
  if (counts.longestCharRun >= 12) reasons.push('repeated-chars');
  let points = extraPromo;
  for (const reason of reasons) points += POINTS[reason];
  // Stuffing scales: ten hashtags are spam on their own.
  if (counts.hashtags >= 10 || counts.handles >= 10) points += 0.5;
  reasons.sort(byPointsDescending);
  return { spam: points >= SPAM_AT, reasons };
}
