import { bucketOf, continueHash, seedFor } from './feature-hash';

/** Word → valence on a −4…4 scale; a plain `Map` works, the shipped model carries a hashed table. */
export interface ValenceLexicon {
  get(word: string): number | undefined;
}

const SEED_VALENCE_WORD = seedFor('valence:');
/** Valences are kept in steps of this size. */
export const VALENCE_STEP = 0.5;

/**
 * A derived valence table: word hash → valence rounded to half a point, as int8. It holds no words,
 * only hash buckets, so it cannot be read back as the lexicon it was derived from; a word whose
 * bucket is empty has no valence, and a rare collision lends a word its neighbour's valence.
 */
export class HashedValenceTable implements ValenceLexicon {
  constructor(
    readonly bits: number,
    /** `steps[bucket]` = valence / VALENCE_STEP, 0 for none. */
    readonly steps: Int8Array,
  ) {}

  get(word: string): number | undefined {
    const step = this.steps[valenceBucket(word, this.bits)] ?? 0;
    return step === 0 ? undefined : step * VALENCE_STEP;
  }
}

export function valenceBucket(word: string, bits: number): number {
  return bucketOf(continueHash(SEED_VALENCE_WORD, word), bits);
}

/** Hashes and quantises a word → valence list; on a collision the stronger valence wins. */
export function buildHashedValenceTable(entries: Iterable<readonly [string, number]>, bits: number): HashedValenceTable {
  const steps = new Int8Array(1 << bits);
  for (const [word, valence] of entries) {
    const step = Math.max(-127, Math.min(127, Math.round(valence / VALENCE_STEP)));
    const bucket = valenceBucket(word, bits);
    if (Math.abs(step) > Math.abs(steps[bucket] ?? 0)) steps[bucket] = step;
  }
  return new HashedValenceTable(bits, steps);
}
