import type { Token } from '../../analysis/analysis.types';
import { emojiSequenceEnd } from '../../analysis/text/emoji';
import { scanText } from '../../analysis/text/text.tokenizer';
import { CHANNELS, type ChannelId, type LengthCounting } from './channels';

export interface ChannelLength {
  channel: ChannelId;
  /** Length in the channel's own counting. */
  length: number;
  limit: number;
  fits: boolean;
  /** How far over the limit; 0 when it fits. */
  over: number;
  /** UTF-16 offset of the first character past the limit, for highlighting; absent when it fits. */
  overflowStart?: number;
}

/** X counts a link as 23 whatever it is (t.co wraps every link). */
const X_LINK_WEIGHT = 23;

/** Code point ranges X weighs 1 (twitter-text v3 config); everything else weighs 2. */
function weighsOneOnX(codePoint: number): boolean {
  return (
    codePoint <= 4351 ||
    (codePoint >= 8192 && codePoint <= 8205) ||
    (codePoint >= 8208 && codePoint <= 8223) ||
    (codePoint >= 8242 && codePoint <= 8247)
  );
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The tokenizer's reading of a text, when the caller has it already (the tone check does). */
export interface ScannedTokens {
  tokens: readonly Token[];
  tokenStarts: readonly number[];
}

export interface MeasureOptions {
  /** The text's tokens when they are at hand, to save a scan. */
  scanned?: ScannedTokens;
  /** A stricter limit than the platform's (a workspace's own rule for, say, WhatsApp replies). */
  limit?: number;
}

/** Link spans as the tokenizer finds them (with and without a scheme, like X's own link detection). */
function findLinks(text: string, scanned?: ScannedTokens): Map<number, number> {
  const links = new Map<number, number>();
  let tokens = scanned?.tokens;
  let starts = scanned?.tokenStarts;
  if (!tokens || !starts) ({ tokens, starts } = scanText(text));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'url') links.set(starts[i]!, starts[i]! + token.raw.length);
  }
  return links;
}

/** Walks `text` unit by unit in the given counting; returns the total and where it first passed `limit`. */
function countUnits(
  text: string,
  counting: LengthCounting,
  limit: number,
  scanned?: ScannedTokens,
): { length: number; overflowStart?: number } {
  if (counting === 'utf16') return { length: text.length, ...(text.length > limit ? { overflowStart: limit } : {}) };
  const links = counting === 'x_weighted' && text.includes('.') ? findLinks(text, scanned) : undefined;
  let length = 0;
  let overflowStart: number | undefined;
  let i = 0;
  while (i < text.length) {
    const start = i;
    let weight = 1;
    const linkEnd = links?.get(i);
    if (linkEnd !== undefined) {
      weight = X_LINK_WEIGHT;
      i = linkEnd;
    } else if (counting === 'x_weighted') {
      const emojiEnd = emojiSequenceEnd(text, i);
      if (emojiEnd > i) {
        weight = 2;
        i = emojiEnd;
      } else {
        const codePoint = text.codePointAt(i) ?? 0;
        weight = weighsOneOnX(codePoint) ? 1 : 2;
        i += codePoint > 0xffff ? 2 : 1;
      }
    } else {
      i += isHighSurrogate(text.charCodeAt(i)) ? 2 : 1;
    }
    length += weight;
    if (overflowStart === undefined && length > limit) overflowStart = start;
  }
  return overflowStart === undefined ? { length } : { length, overflowStart };
}

/**
 * The length of `text` as `channel` counts it, and whether it fits. Offsets stay those of the text
 * as given: X normalises to NFC before counting, which only changes texts with combining accents
 * typed apart from their letters.
 */
export function measureChannelText(text: string, channel: ChannelId, options: MeasureOptions = {}): ChannelLength {
  const { counting } = CHANNELS[channel];
  const limit = options.limit ?? CHANNELS[channel].limit;
  const { length, overflowStart } = countUnits(text, counting, limit, options.scanned);
  const over = Math.max(0, length - limit);
  return overflowStart === undefined
    ? { channel, length, limit, fits: over === 0, over }
    : { channel, length, limit, fits: false, over, overflowStart };
}
