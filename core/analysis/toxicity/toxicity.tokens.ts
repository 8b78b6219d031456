/**
 * Tokens for offensive-language matching, read from the raw text so that obfuscation survives:
 * leetspeak (`anj1ng`, `b4ngs4t`), masking (`f*ck`, `a*njing`), dotted spelling (`b.a.n.g.s.a.t`)
 * and stretched letters (`goblooook`). Handles and URLs are dropped; hashtags are kept whole.
 */
import { chunkEnd, skipWhitespace } from '../text/whitespace';

const LEET: Readonly<Record<string, string>> = {
  '4': 'a',
  '@': 'a',
  '1': 'i',
  '!': 'i',
  '3': 'e',
  '0': 'o',
  '5': 's',
  $: 's',
  '7': 't',
  '9': 'g',
};
const EDGE_PUNCT = /^[^\p{L}\p{N}*@$#]+|[^\p{L}\p{N}*]+$/gu;
const HAS_LETTER = /\p{L}/u;

export interface ToxicityToken {
  /** Lower-case, leetspeak undone, inner dots/dashes removed, letter runs squeezed to one. */
  key: string;
  /** Same before masks were removed: `f*ck` keeps its star for wildcard matching. */
  masked: string;
  hashtag: boolean;
}

/** Squeezes every run of equal letters to one (`goblooook` → `goblok`, `kill` → `kil`). */
export function squeezeAll(word: string): string {
  let runs = false;
  for (let i = 1; i < word.length && !runs; i++) runs = word.charCodeAt(i) === word.charCodeAt(i - 1);
  if (!runs) return word;
  let out = '';
  for (let i = 0; i < word.length; i++) if (i === 0 || word[i] !== word[i - 1]) out += word[i];
  return out;
}

function undoLeet(chunk: string): string {
  // Only inside words: `2024` and `10.000` stay numbers.
  if (!HAS_LETTER.test(chunk)) return chunk;
  let out = '';
  for (const ch of chunk) out += LEET[ch] ?? ch;
  return out;
}

/** Only a–z: the common case, which needs none of the obfuscation handling. */
function isPlainWord(piece: string): boolean {
  for (let i = 0; i < piece.length; i++) {
    const code = piece.charCodeAt(i);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

export function tokenizeForToxicity(raw: string): ToxicityToken[] {
  const tokens: ToxicityToken[] = [];
  for (let start = skipWhitespace(raw, 0); start < raw.length;) {
    const end = chunkEnd(raw, start);
    for (const token of tokenizeChunk(raw.slice(start, end).toLowerCase())) tokens.push(token);
    start = skipWhitespace(raw, end);
  }
  return tokens;
}

/** The tokens of one lower-cased whitespace-free chunk; none for handles and URLs. */
export function tokenizeChunk(chunk: string): ToxicityToken[] {
  const tokens: ToxicityToken[] = [];
  if (chunk.length === 0 || chunk[0] === '@' || chunk.startsWith('http') || chunk.startsWith('www.')) return tokens;
  if (isPlainWord(chunk)) {
    const key = squeezeAll(chunk);
    tokens.push({ key, masked: key, hashtag: false });
  } else {
    for (const piece of chunk.split(SEPARATORS)) addPiece(piece, tokens);
  }
  return tokens;
}

const SEPARATORS = /[,;:?"()[\]{}<>/\\|]+/;

function addPiece(piece: string, tokens: ToxicityToken[]): void {
  if (piece.length === 0) return;
  if (isPlainWord(piece)) {
    const key = squeezeAll(piece);
    tokens.push({ key, masked: key, hashtag: false });
    return;
  }
  const hashtag = piece[0] === '#';
  const trimmed = piece.replace(EDGE_PUNCT, '');
  if (trimmed.length === 0) return;
  const masked = squeezeAll(undoLeet(trimmed).replace(/[.\-_']/g, ''));
  const key = masked.replace(/\*/g, '');
  if (key.length > 0) tokens.push({ key, masked, hashtag });
}
