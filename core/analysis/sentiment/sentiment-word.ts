import { WordFact, type WordRecord, wordRecordsOf } from '../text/word-record';
import { continueHash, continueHashCode, seedFor } from './feature-hash';
import {
  ADVERSATIVES,
  DAMPENERS,
  ENGLISH_FUNCTION_WORDS,
  POST_INTENSIFIERS,
  PRE_INTENSIFIERS,
  SCOPE_BREAKERS,
  isNegator,
} from './sentiment-cues';
import type { ValenceLexicon } from './valence-table';

/** A word's cues, as bits of `SentimentWord.cues`. */
export const Cue = {
  negator: 1,
  /** Closes a negation scope (`tapi`, `walaupun`, `but`). */
  breaker: 2,
  /** A breaker whose clause carries a mixed text's verdict (`tapi`, `but`; not `walaupun`). */
  adversative: 4,
  /** Strengthens the next word (`sangat`, `very`). */
  preIntensifier: 8,
  /** Strengthens the word before (`banget`, `sekali`). */
  postIntensifier: 16,
  /** Weakens the next word (`agak`, `slightly`). */
  dampener: 32,
  englishFunctionWord: 64,
} as const;

/** The cue bits of a word, from the closed lists in `sentiment-cues.ts`. */
export function cuesOf(word: string): number {
  let cues = 0;
  if (SCOPE_BREAKERS.has(word)) cues |= Cue.breaker;
  if (ADVERSATIVES.has(word)) cues |= Cue.adversative;
  if (isNegator(word)) cues |= Cue.negator;
  if (PRE_INTENSIFIERS.has(word)) cues |= Cue.preIntensifier;
  if (POST_INTENSIFIERS.has(word)) cues |= Cue.postIntensifier;
  if (DAMPENERS.has(word)) cues |= Cue.dampener;
  if (ENGLISH_FUNCTION_WORDS.has(word)) cues |= Cue.englishFunctionWord;
  return cues;
}

export const SEED_WORD = seedFor('w:');
export const SEED_NEGATED = seedFor('n:');
export const SEED_BIGRAM = seedFor('b:');
export const SEED_INTENSE = seedFor('i:');
export const SEED_CONTRAST = seedFor('k:');
export const SEED_CONTRAST_NEGATED = seedFor('kn:');
/** Joins a bigram's two words in its hash. */
export const BIGRAM_GAP = 0x20;

/**
 * What the sentiment features need of one word, worked out once per distinct word and kept on the
 * word's record (see `word-record.ts`): its cues and the hashes of its word features, which depend on
 * the word alone, and two facts that depend on the model too, each tagged with what it came from: the
 * word's lexicon valence and the sums of its character n-gram weights (filled by the scorer). A text's
 * words then cost one record lookup each instead of a lookup per cue list, lexicon and cache.
 */
export class SentimentWord {
  readonly cues: number;
  /** Hash of the word's unigram feature, plain and inside a negation scope. */
  readonly plain: number;
  readonly negated: number;
  /** Hash of its contrast feature (after an adversative), plain and negated. */
  readonly contrast: number;
  readonly contrastNegated: number;
  /** The hash a bigram starting with this word continues from. */
  readonly bigramHead: number;
  /** Hash of its intensified feature. */
  readonly intense: number;
  /** The lexicon `valence` was read from; another lexicon reads it again. */
  valenceFrom: ValenceLexicon | undefined = undefined;
  valence: number | undefined = undefined;
  /** Whose character n-gram sums `chars` and `negatedChars` hold (a scorer's model), or undefined for none. */
  charsOwner: object | undefined = undefined;
  chars: readonly number[] | undefined = undefined;
  negatedChars: readonly number[] | undefined = undefined;

  /**
   * The hashes are kept as signed 32-bit integers (the same bits, and everything that reads them works
   * on bits): V8 keeps those in the object itself, where an unsigned hash above 2^31 would be a heap
   * number of its own, one more object to reach per word.
   */
  constructor(readonly word: string) {
    this.cues = cuesOf(word);
    this.plain = continueHash(SEED_WORD, word) | 0;
    this.negated = continueHash(SEED_NEGATED, word) | 0;
    this.contrast = continueHash(SEED_CONTRAST, word) | 0;
    this.contrastNegated = continueHash(SEED_CONTRAST_NEGATED, word) | 0;
    this.bigramHead = continueHashCode(continueHash(SEED_BIGRAM, word), BIGRAM_GAP) | 0;
    this.intense = continueHash(SEED_INTENSE, word) | 0;
  }

  /** The word's valence in `lexicon`, looked up once per lexicon. */
  valenceIn(lexicon: ValenceLexicon): number | undefined {
    if (this.valenceFrom !== lexicon) {
      this.valence = lexicon.get(this.word);
      this.valenceFrom = lexicon;
    }
    return this.valence;
  }
}

const SENTIMENT_WORD = new WordFact<SentimentWord>((word) => new SentimentWord(word));

/** The sentiment facts of a text's words, given their records (as the analyzer holds them). */
export function sentimentWordsOfRecords(records: readonly WordRecord[]): SentimentWord[] {
  const words = new Array<SentimentWord>(records.length);
  for (let i = 0; i < records.length; i++) words[i] = SENTIMENT_WORD.of(records[i]!);
  return words;
}

/** The sentiment facts of a text's words. */
export function sentimentWordsOf(words: readonly string[]): SentimentWord[] {
  return sentimentWordsOfRecords(wordRecordsOf(words));
}
