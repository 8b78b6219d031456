import type { NormalisedText } from '../analysis.types';
import { normaliseText } from '../text';
import { WordFact, type WordRecord, nextTextStamp, wordRecordsOf } from '../text/word-record';
import { featureHi, featureHiAt, featureLo, hammingDistance, mix32, toHex } from './hash64';

/**
 * Near-duplicate keys. The key is a 64-bit one-bit min-hash sketch (b-bit minwise hashing with
 * b = 1) of the text's canonical content: its normalised words without numbers, handles, URLs,
 * emoji, punctuation, case or a leading `RT`. Each bit comes from a different random permutation
 * of the words and flips only when that permutation's first word changes, so two texts differ in
 * about 32 × (1 − Jaccard) bits.
 *
 * Why this shape for one `clusterKey` string used with SQL equality: retweet-style copies and
 * copies with an added handle, link, emoji, number or different casing have the SAME canonical
 * content and therefore exactly the same key, so `GROUP BY cluster_key` gathers them. A light edit
 * (one word changed in a 15-word post) cannot be guaranteed the same string by any single hash, so
 * it gets a key a few bits away instead: `areNearDuplicates` confirms it, and `clusterBands` gives
 * four 16-bit bands for an LSH lookup that finds such candidates without comparing every pair.
 * A SimHash over the same words was measured too; for 15–30-word posts its one-word-edit distances
 * were about twice as large (median 5 vs 3 bits) with the same spread for unrelated posts.
 */
const BITS = 64;
/** Below this many words, character trigrams are added so very short texts still get a spread of features. */
const SHORT_TEXT_WORDS = 5;
/**
 * Default threshold. A one-word edit in a 15-word post moves the key by about 4 ± 2 bits; unrelated
 * posts sit 24–34 bits apart even when they share a brand name, so 8 separates the two safely.
 */
export const NEAR_DUPLICATE_MAX_DISTANCE = 8;
export const EMPTY_CLUSTER_KEY = '0000000000000000';

const SEEDS = Uint32Array.from({ length: BITS }, (_, i) => mix32(Math.imul(i + 1, 0x9e3779b1)));
const NUMBER = /^\d[\d.,]*$/;
/** Prefixes that keep trigram and signal features apart from words. */
const TRIGRAM_MARK = 0;
const SIGNAL_MARK = 1;

/**
 * Feature hashes (`hashFeature`'s two halves) gathered straight into reused arrays: building the
 * feature strings, a Set and a {hi, lo} object per feature cost more than the min-hash itself.
 * (Keeping each word's 64 permuted values on its record was measured too: reading them back from
 * memory was slower than working them out again.)
 */
class FeatureHashes {
  his = new Uint32Array(64);
  los = new Uint32Array(64);
  count = 0;

  add(hi: number): void {
    if (this.count === this.his.length) this.grow();
    this.his[this.count] = hi;
    this.los[this.count] = featureLo(hi);
    this.count++;
  }

  private grow(): void {
    const his = new Uint32Array(this.his.length * 2);
    const los = new Uint32Array(this.los.length * 2);
    his.set(this.his);
    los.set(this.los);
    this.his = his;
    this.los = los;
  }
}

const scratch = new FeatureHashes();

function isNumber(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 0x30 && code <= 0x39 && NUMBER.test(word);
}

/**
 * A word's feature hash (`featureHi`) as a signed 32-bit integer, or null for a number, which is no
 * canonical word. Signed, so V8 keeps it in the record's field as a small integer: an unsigned hash
 * above 2^30 would be a heap number, one more object to reach per word. `FeatureHashes` stores it
 * unsigned again.
 */
const WORD_FEATURE = new WordFact<number | null>((word) => (isNumber(word) ? null : featureHi(word) | 0));

/** The records of the text's canonical words: no numbers, no leading `retweet` (`RT @user:` once handles are dropped). */
function canonicalWords(records: readonly WordRecord[]): WordRecord[] {
  const words: WordRecord[] = [];
  for (const record of records) if (WORD_FEATURE.of(record) !== null) words.push(record);
  if (words[0]?.word === 'retweet') words.shift();
  return words;
}

/**
 * Hashes the canonical features into `hashes`: words, trigrams of short texts, signals of wordless ones.
 * A repeated word is added once: an equal feature can never change a minimum, so the key is the same.
 */
function collectFeatures(records: readonly WordRecord[], signals: readonly string[], hashes: FeatureHashes): void {
  hashes.count = 0;
  const words = canonicalWords(records);
  const stamp = nextTextStamp();
  for (const record of words) {
    if (record.stamp === stamp) continue;
    record.stamp = stamp;
    hashes.add(WORD_FEATURE.of(record)!);
  }
  if (words.length < SHORT_TEXT_WORDS) {
    const joined = ` ${words.map((record) => record.word).join(' ')} `;
    for (let i = 0; i + 3 <= joined.length; i++) hashes.add(featureHiAt(TRIGRAM_MARK, joined, i, i + 3));
  }
  if (words.length === 0) for (const signal of signals) hashes.add(featureHiAt(SIGNAL_MARK, signal, 0, signal.length));
}

/** A feature's value under the permutation of `seed`: a full avalanche, since weaker mixes bias which word wins and spread light edits apart. */
function permuted(hash: number, seed: number): number {
  let value = hash ^ seed;
  value = Math.imul(value ^ (value >>> 16), 0x85ebca6b);
  value = Math.imul(value ^ (value >>> 13), 0xc2b2ae35);
  return (value ^ (value >>> 16)) >>> 0;
}

/** The key bit of a permutation: from the `lo` half of the feature that came first under it. */
function keyBit(chosen: number, seed: number): number {
  return mix32(chosen ^ seed) & 1;
}

/**
 * The 64 bits, four permutations per walk over the features: each walk reads the features once for
 * four independent minimums, which the processor works on side by side (about 15% faster than one
 * permutation per walk, with the same bits).
 */
function minHashKey(hashes: FeatureHashes): string {
  const { his, los, count } = hashes;
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < BITS; bit += 4) {
    const seed0 = SEEDS[bit]!;
    const seed1 = SEEDS[bit + 1]!;
    const seed2 = SEEDS[bit + 2]!;
    const seed3 = SEEDS[bit + 3]!;
    let best0 = 0xffffffff;
    let best1 = 0xffffffff;
    let best2 = 0xffffffff;
    let best3 = 0xffffffff;
    let chosen0 = 0;
    let chosen1 = 0;
    let chosen2 = 0;
    let chosen3 = 0;
    for (let i = 0; i < count; i++) {
      const hash = his[i]!;
      const value0 = permuted(hash, seed0);
      const value1 = permuted(hash, seed1);
      const value2 = permuted(hash, seed2);
      const value3 = permuted(hash, seed3);
      if (value0 < best0) {
        best0 = value0;
        chosen0 = los[i]!;
      }
      if (value1 < best1) {
        best1 = value1;
        chosen1 = los[i]!;
      }
      if (value2 < best2) {
        best2 = value2;
        chosen2 = los[i]!;
      }
      if (value3 < best3) {
        best3 = value3;
        chosen3 = los[i]!;
      }
    }
    const bits = keyBit(chosen0, seed0) | (keyBit(chosen1, seed1) << 1) | (keyBit(chosen2, seed2) << 2) | (keyBit(chosen3, seed3) << 3);
    if (bit < 32) hi |= bits << bit;
    else lo |= bits << (bit - 32);
  }
  return toHex({ hi: hi >>> 0, lo: lo >>> 0 });
}

/** The 16-hex-digit near-duplicate key of a text or of its normalisation (see above). */
export function computeClusterKey(input: NormalisedText | string): string {
  const normalised = typeof input === 'string' ? normaliseText(input) : input;
  return clusterKeyOf(wordRecordsOf(normalised.words), normalised.signals);
}

/** `computeClusterKey` given the records of the normalised words and the signals. */
export function clusterKeyOf(records: readonly WordRecord[], signals: readonly string[]): string {
  collectFeatures(records, signals, scratch);
  if (scratch.count === 0) return EMPTY_CLUSTER_KEY;
  return minHashKey(scratch);
}

/** The key's four 16-bit bands as 4-hex-digit strings, prefixed by position, for LSH bucket lookups. */
export function clusterBands(key: string): string[] {
  return [0, 1, 2, 3].map((band) => `${band}:${key.slice(band * 4, band * 4 + 4)}`);
}

export function areNearDuplicates(a: string, b: string, maxDistance = NEAR_DUPLICATE_MAX_DISTANCE): boolean {
  if (a === EMPTY_CLUSTER_KEY || b === EMPTY_CLUSTER_KEY) return a === b;
  return hammingDistance(a, b) <= maxDistance;
}

export { hammingDistance };
