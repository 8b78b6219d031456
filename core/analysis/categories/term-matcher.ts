import { rootCandidates } from './affix-stripper';

/**
 * Finds listed terms in a word sequence: single words (also through their Indonesian root, so
 * `keracunan` matches `racun`) and multi-word phrases (`belum sampai`, `tidak bisa login`), matched
 * on whole words. Compiled once per term list.
 */
export interface TermMatcher {
  /** Every listed term found, each once, as written in the list. */
  findTerms(words: readonly string[]): Set<string>;
}

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
  const matches = new WordMatches(singles, phrases, useRoots);
  return {
    findTerms(words) {
      const found = new Set<string>();
      for (let i = 0; i < words.length; i++) {
        const { single, starting } = matches.of(words[i]!);
        if (starting) {
          for (const { rest, term } of starting) {
            let ok = i + rest.length < words.length;
            for (let k = 0; ok && k < rest.length; k++) ok = words[i + 1 + k] === rest[k];
            if (ok) found.add(term);
          }
        }
        if (single !== undefined) found.add(single);
      }
      return found;
    },
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

const WORD_MATCHES_LIMIT = 10_000;

/**
 * Per-word matches, memoised per matcher: one lookup per word instead of a phrase lookup, a term
 * lookup and a lookup per root candidate; words repeat endlessly in social text.
 */
class WordMatches {
  private readonly cache = new Map<string, WordMatch>();

  constructor(
    private readonly singles: ReadonlyMap<string, string>,
    private readonly phrases: ReadonlyMap<string, PhraseStart[]>,
    private readonly useRoots: boolean,
  ) {}

  of(word: string): WordMatch {
    let match = this.cache.get(word);
    if (match) return match;
    match = { single: this.singleOf(word), starting: this.phrases.get(word) };
    if (this.cache.size >= WORD_MATCHES_LIMIT) this.cache.clear();
    this.cache.set(word, match);
    return match;
  }

  private singleOf(word: string): string | undefined {
    const single = this.singles.get(word);
    if (single !== undefined || !this.useRoots || word.length < 5) return single;
    for (const root of rootCandidates(word)) {
      const viaRoot = this.singles.get(root);
      if (viaRoot !== undefined && root.length >= 4) return viaRoot;
    }
    return undefined;
  }
}
