/**
 * One record per distinct normalised word, shared by every part of the analysis. Each part used to
 * keep its own word → facts map (phrase traits, lexicon matches, hashes), so one word of one text was
 * looked up in half a dozen large maps, each lookup a likely cache miss. Now the analyzer looks each
 * word up once (`wordRecordsOf`) and every part reads or fills its own fact on the record.
 */
export class WordRecord {
  /** Facts by `WordFact` slot, filled on first use. */
  readonly facts: unknown[] = [];
  /** The text (see `nextTextStamp`) that last counted this word: distinct words without a Set. */
  stamp = 0;
  /** The word's index among the distinct words of the text that last stamped it. */
  localIndex = 0;

  constructor(readonly word: string) {}
}

const RECORDS = new Map<string, WordRecord>();
const RECORDS_LIMIT = 50_000;

/**
 * The records of a text's words, in order. The map is only ever cleared here, before the lookups,
 * so the same word gets the same record throughout one text (which the distinct counts rely on).
 */
export function wordRecordsOf(words: readonly string[]): WordRecord[] {
  if (RECORDS.size + words.length > RECORDS_LIMIT) RECORDS.clear();
  const records = new Array<WordRecord>(words.length);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    let record = RECORDS.get(word);
    if (!record) RECORDS.set(word, (record = new WordRecord(word)));
    records[i] = record;
  }
  return records;
}

let lastTextStamp = 0;

/** A fresh stamp for one pass over one text's records: a record whose `stamp` differs is new to the pass. */
export function nextTextStamp(): number {
  lastTextStamp = (lastTextStamp + 1) | 0 || 1;
  return lastTextStamp;
}

/** How many distinct words the records hold. */
export function countDistinct(records: readonly WordRecord[]): number {
  const stamp = nextTextStamp();
  let distinct = 0;
  for (const record of records) {
    if (record.stamp === stamp) continue;
    record.stamp = stamp;
    distinct++;
  }
  return distinct;
}

/** Slots on the record for the first facts created (the shipped parts); later ones keep a map of their own. */
const MAX_SLOTS = 16;
let slotsTaken = 0;
const FALLBACK_LIMIT = 20_000;

/**
 * A fact about a word that a part of the analysis needs, computed once per distinct word from the
 * word alone and kept on its record. Facts made after the slots run out (category rules compiled
 * for many workspaces) are kept in a bounded map instead.
 */
export class WordFact<T> {
  private readonly slot: number;
  private readonly fallback = new Map<string, T>();

  constructor(private readonly compute: (word: string) => T) {
    this.slot = slotsTaken < MAX_SLOTS ? slotsTaken++ : -1;
  }

  of(record: WordRecord): T {
    if (this.slot < 0) return this.fromFallback(record.word);
    const known = record.facts[this.slot];
    if (known !== undefined) return known as T;
    const fact = this.compute(record.word);
    record.facts[this.slot] = fact;
    return fact;
  }

  private fromFallback(word: string): T {
    if (this.fallback.has(word)) return this.fallback.get(word) as T;
    const fact = this.compute(word);
    if (this.fallback.size >= FALLBACK_LIMIT) this.fallback.clear();
    this.fallback.set(word, fact);
    return fact;
  }
}
