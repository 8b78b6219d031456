/**
 * 64-bit hashes kept as two 32-bit halves: BigInt arithmetic is far slower than two Int32 lanes,
 * and a cluster key must cost microseconds.
 */
export interface Hash64 {
  hi: number;
  lo: number;
}

/** FNV-1a over UTF-16 units with a seed, then a murmur3 finaliser so nearby strings spread over all bits. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const FEATURE_SEED = 0x9e3779b9;

function hash32(s: string, seed: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return mix32(h);
}

export function hashFeature(feature: string): Hash64 {
  const hi = featureHi(feature);
  return { hi, lo: featureLo(hi) };
}

/** `hashFeature(feature).hi`. */
export function featureHi(feature: string): number {
  return hash32(feature, FEATURE_SEED);
}

/** `hashFeature(feature).lo`, from its high half. */
export function featureLo(hi: number): number {
  return mix32(hi ^ 0x85ebca77);
}

/** `featureHi(String.fromCharCode(mark) + s.slice(start, end))` without building the string. */
export function featureHiAt(mark: number, s: string, start: number, end: number): number {
  let h = Math.imul(FNV_OFFSET ^ FEATURE_SEED ^ mark, FNV_PRIME);
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return mix32(h);
}

/** Character codes of the hex digits 0–f. */
const HEX_DIGITS = Uint16Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));

function hexDigit(value: number, shift: number): number {
  return HEX_DIGITS[(value >>> shift) & 0xf]!;
}

/**
 * The 16 lower-case hex digits of a hash, high half first. One `fromCharCode` of the digits rather
 * than `toString(16)` and `padStart` per half, which cost about a microsecond a key.
 */
export function toHex(hash: Hash64): string {
  const { hi, lo } = hash;
  return String.fromCharCode(
    hexDigit(hi, 28),
    hexDigit(hi, 24),
    hexDigit(hi, 20),
    hexDigit(hi, 16),
    hexDigit(hi, 12),
    hexDigit(hi, 8),
    hexDigit(hi, 4),
    hexDigit(hi, 0),
    hexDigit(lo, 28),
    hexDigit(lo, 24),
    hexDigit(lo, 20),
    hexDigit(lo, 16),
    hexDigit(lo, 12),
    hexDigit(lo, 8),
    hexDigit(lo, 4),
    hexDigit(lo, 0),
  );
}

function popCount32(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Differing bits between two 16-hex-digit keys; 64 when either is malformed, so bad keys are never "near". */
export function hammingDistance(a: string, b: string): number {
  if (!/^[0-9a-f]{16}$/.test(a) || !/^[0-9a-f]{16}$/.test(b)) return 64;
  const hi = (parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) >>> 0;
  const lo = (parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16)) >>> 0;
  return popCount32(hi) + popCount32(lo);
}
