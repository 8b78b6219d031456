/**
 * FNV-1a over UTF-16 code units, continued from a seed so a feature's kind and its parts hash without
 * building the feature's string (`w:` + word, or a bigram's two words) first.
 */
const FNV_PRIME = 16777619;
export const FNV_OFFSET = 2166136261;

export function continueHash(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

export function continueHashCode(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME) >>> 0;
}

/** A distinct starting hash for each kind of feature. */
export function seedFor(kind: string): number {
  return continueHash(FNV_OFFSET, kind);
}

/** Folds a 32-bit hash into `dimBits` bits; the shift mixes high bits in, which FNV's low bits need. */
export function bucketOf(hash: number, dimBits: number): number {
  const mixed = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) >>> 0;
  return (mixed ^ (mixed >>> 16)) & ((1 << dimBits) - 1);
}
