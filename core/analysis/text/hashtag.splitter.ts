import { isKnownWord } from './known-words';
import { lookupSlang } from './slang-lexicon';

const MAX_SEGMENTED_LENGTH = 40;
const MAX_PIECE_LENGTH = 20;
/** Two-letter pieces allowed when segmenting; longer ones must be known words or lexicon entries. */
const SHORT_PIECES: ReadonlySet<string> = new Set(['di', 'ke', 'ga', 'gk', 'yg', 'ya', 'no', 'up', 'go', 'my', 'we']);
// Case changes (`KecewaBerat`), letter/digit changes (`Covid19`) and acronyms before a word (`SaveKPKNow`).
const CAMEL_PIECES = /\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+|[\p{L}\p{M}]+/gu;

function isPiece(piece: string): boolean {
  if (piece.length < 2) return false;
  if (piece.length === 2) return SHORT_PIECES.has(piece);
  return isKnownWord(piece) || lookupSlang(piece) !== undefined;
}

/**
 * Splits an all-lower-case tag into known words with the fewest pieces (`kecewaberat` → `kecewa`,
 * `berat`), or returns `undefined` when it cannot be covered completely, so brand tags stay whole.
 */
export function segmentLowercase(tag: string): string[] | undefined {
  const n = tag.length;
  if (n < 5 || n > MAX_SEGMENTED_LENGTH) return undefined;
  // best[i]: fewest pieces covering tag[0, i); from[i]: where the last of them starts.
  const best = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - MAX_PIECE_LENGTH); start < end; start++) {
      const before = best[start] ?? Infinity;
      if (before + 1 >= (best[end] ?? Infinity) || !isPiece(tag.slice(start, end))) continue;
      best[end] = before + 1;
      from[end] = start;
    }
  }
  if (!Number.isFinite(best[n]) || (best[n] ?? 0) < 2) return undefined;
  const pieces: string[] = [];
  for (let end = n; end > 0; end = from[end] ?? 0) pieces.unshift(tag.slice(from[end] ?? 0, end));
  return pieces;
}

/** The words of a hashtag body as written (no `#`), in their original case: split at `_`, case changes and digits. */
export function splitHashtag(body: string): string[] {
  const pieces: string[] = [];
  for (const part of body.split('_')) {
    if (part === '') continue;
    const lower = part.toLowerCase();
    const hasCaseChange = part !== lower && part !== part.toUpperCase();
    if (hasCaseChange || /\d/.test(part)) {
      for (const match of part.matchAll(CAMEL_PIECES)) pieces.push(match[0]);
      continue;
    }
    pieces.push(...(segmentLowercase(lower) ?? [part]));
  }
  return pieces;
}
