/**
 * One record per distinct normalised word, shared by every part of the analysis. Each part used to
 * keep its own word → facts map (phrase traits, lexicon matches, hashes), so one word of one text was
 * looked up in half a dozen large maps, each lookup a likely cache miss. Now each word is looked up
 * once (by the normaliser with the word's cached form, or `wordRecordsOf`) and every part reads or
 * fills its own fact on the record.
 */
export class WordRecord {
  /**
   * Facts by `WordFact` slot, filled on first use. Fields rather than an array: the words of a text
   * lie scattered in memory, and an array would be one more object to reach per word and fact.
   */
  fact0: unknown = undefined;
  fact1: unknown = undefined;
  fact2: unknown = undefined;
  fact3: unknown = undefined;
  fact4: unknown = undefined;
  fact5: unknown = undefined;
  fact6: unknown = undefined;
  fact7: unknown = undefined;
  fact8: unknown = undefined;
  fact9: unknown = undefined;
  /** The text (see `nextTextStamp`) that last counted this word: distinct words without a Set. */
  stamp = 0;
  /** The word's index among the distinct words of the text that last stamped it. */
  localIndex = 0;

  constructor(readonly word: string) {}
}

const RECORDS = new Map<string, WordRecord>();
const RECORDS_LIMIT = 50_000;

let lastTextStamp = 0;
/**
 * Stamps only ever grow, so one is never reused while a record could still carry it; past this the
 * records start afresh (between texts, in `startTextRecords`) so that stamps stay small integers.
 */
const STAMP_LIMIT = 2 ** 30 - 1000;

/** Bumped whenever the records start afresh: a record kept from an earlier generation must be looked up again. */
let generation = 0;

function clearRecords(): void {
  RECORDS.clear();
  lastTextStamp = 0;
  generation++;
}

/** The records' generation (see `clearRecords`); records kept elsewhere are only good while it lasts. */
export function recordGeneration(): number {
  return generation;
}

/** A fresh stamp for one pass over one text's records: a record whose `stamp` differs is new to the pass. */
export function nextTextStamp(): number {
  return ++lastTextStamp;
}

/**
 * Starts a text whose records are about to be looked up (`recordOf`), with room for about `words` new
 * ones. The map is only ever cleared here, between texts, so the same word gets the same record
 * throughout one text (which the distinct counts rely on).
 */
export function startTextRecords(words: number): void {
  if (RECORDS.size + words > RECORDS_LIMIT || lastTextStamp > STAMP_LIMIT) clearRecords();
}

/** The record of one word of the text started last (`startTextRecords`). */
export function recordOf(word: string): WordRecord {
  let record = RECORDS.get(word);
  if (!record) RECORDS.set(word, (record = new WordRecord(word)));
  return record;
}

/** The records of a text's words, in order. */
export function wordRecordsOf(words: readonly string[]): WordRecord[] {
  startTextRecords(words.length);
  const records = new Array<WordRecord>(words.length);
  for (let i = 0; i < words.length; i++) records[i] = recordOf(words[i]!);
  return records;
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

/** Slots on the record (`fact0`…`fact9`) for the first facts created, the shipped parts'; later ones keep a map of their own. */
const SLOTS_ON_RECORD = 10;
let slotsTaken = 0;
let factsOffRecord = 0;
const FALLBACK_LIMIT = 20_000;

/** How many facts were made after the slots ran out and keep a map instead: the shipped parts should need none. */
export function countFactsOffRecord(): number {
  return factsOffRecord;
}

function readSlot(record: WordRecord, slot: number): unknown {
  switch (slot) {
    case 0:
      return record.fact0;
    case 1:
      return record.fact1;
    case 2:
      return record.fact2;
    case 3:
      return record.fact3;
    case 4:
      return record.fact4;
    case 5:
      return record.fact5;
    case 6:
      return record.fact6;
    case 7:
      return record.fact7;
    case 8:
      return record.fact8;
    default:
      return record.fact9;
  }
}

function writeSlot(record: WordRecord, slot: number, fact: unknown): void {
  switch (slot) {
    case 0:
      record.fact0 = fact;
      break;
    case 1:
      record.fact1 = fact;
      break;
    case 2:
      record.fact2 = fact;
      break;
    case 3:
      record.fact3 = fact;
      break;
    case 4:
      record.fact4 = fact;
      break;
    case 5:
      record.fact5 = fact;
      break;
    case 6:
      record.fact6 = fact;
      break;
    case 7:
      record.fact7 = fact;
      break;
    case 8:
      record.fact8 = fact;
      break;
    default:
      record.fact9 = fact;
  }
}

/**
 * A fact about a word that a part of the analysis needs, computed once per distinct word from the
 * word alone and kept on its record; `compute` never returns `undefined` (use `null`). Facts made
 * after the slots run out (category rules compiled for many workspaces) are kept in a bounded map.
 */
export class WordFact<T> {
  private readonly slot: number;
  private readonly fallback = new Map<string, T>();

  constructor(private readonly compute: (word: string) => T) {
    this.slot = slotsTaken < SLOTS_ON_RECORD ? slotsTaken++ : -1;
    if (this.slot < 0) factsOffRecord++;
  }

  of(record: WordRecord): T {
    if (this.slot < 0) return this.fromFallback(record.word);
    const known = readSlot(record, this.slot);
    if (known !== undefined) return known as T;
    const fact = this.compute(record.word);
    writeSlot(record, this.slot, fact);
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
