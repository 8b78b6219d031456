import { WordFact, type WordRecord, wordRecordsOf } from '../text/word-record';
import { rootCandidates } from './affix-stripper';

/**
 * Finds listed terms in a word sequence: single words (also through their Indonesian root, so
 * `keracunan` matches `racun`) and multi-word phrases (`belum sampai`, `tidak bisa login`), matched
 * on whole words. Compiled once per term list.
 */
export interface TermMatcher {
  /** Every listed term found, each once, as written in the list. */
  findTerms(words: readonly string[]): ReadonlySet<string>;
  /** `findTerms` over the words' shared records (see `wordRecordsOf`), as the analyzer holds them. */
  findTermsIn(records: readonly WordRecord[]): ReadonlySet<string>;
}

/** What most texts match: shared rather than a new empty set per call. */
const NO_TERMS: ReadonlySet<string> = new Set();

export interface TermMatcherOptions {
  /** Match single words through their root candidates too (default true). */
  roots?: boolean;
}

export function compileTermMatcher(terms: Iterable<string>, options: TermMatcherOptions = {}): TermMatcher {
  const useRoots = options.roots ?? true;
  const singles = new Map<string, string>();
  /** First word → remaining words of each phrase starting with it, longest first. */
  const phrases = new Map<string, PhraseStart[]>();
  for (const term of terms) {
    const parts = term.toLowerCase().trim().split(/\s+/).filter(Boolean);
    const [head, ...rest] = parts;
    if (head === undefined) continue;
    if (rest.length === 0) {
      singles.set(head, term);
      continue;
    }
    const list = phrases.get(head) ?? [];
    list.push({ rest, term });
    list.sort((a, b) => b.rest.length - a.rest.length);
    phrases.set(head, list);
  }
  const matchOf = new WordFact((word) => matchWord(word, singles, phrases, useRoots));
  const findTermsIn = (records: readonly WordRecord[]): ReadonlySet<string> => {
    let found: Set<string> | undefined;
    for (let i = 0; i < records.length; i++) {
      const { single, starting } = matchOf.of(records[i]!);
      if (starting) {
        for (const { rest, term } of starting) {
          let ok = i + rest.length < records.length;
          for (let k = 0; ok && k < rest.length; k++) ok = records[i + 1 + k]!.word === rest[k];
          if (ok) (found ??= new Set()).add(term);
        }
      }
      if (single !== undefined) (found ??= new Set()).add(single);
    }
    return found ?? NO_TERMS;
  };
  return {
    findTerms: (words) => findTermsIn(wordRecordsOf(words)),
    findTermsIn,
  };
}

interface PhraseStart {
  rest: string[];
  term: string;
}

/** What one word can match: a single term (itself or through its root) and the phrases it starts. */
interface WordMatch {
  single: string | undefined;
  starting: readonly PhraseStart[] | undefined;
}

/**
 * A word's matches, worked out once per matcher and distinct word (kept on its shared record):
 * one read per word instead of a phrase lookup, a term lookup and a lookup per root candidate.
 */
function matchWord(
  word: string,
  singles: ReadonlyMap<string, string>,
  phrases: ReadonlyMap<string, PhraseStart[]>,
  useRoots: boolean,
): WordMatch {
  const single = singleOf(word, singles, useRoots);
  const starting = phrases.get(word);
  return single === undefined && starting === undefined ? NO_MATCH : { single, starting };
}

/** What almost every word matches: one shared object, which stays in the processor's cache. */
const NO_MATCH: WordMatch = { single: undefined, starting: undefined };

function singleOf(word: string, singles: ReadonlyMap<string, string>, useRoots: boolean): string | undefined {
  const single = singles.get(word);
  if (single !== undefined || !useRoots || word.length < 5) return single;
  for (const root of rootCandidates(word)) {
    const viaRoot = singles.get(root);
    if (viaRoot !== undefined && root.length >= 4) return viaRoot;
  }
  return undefined;
}
