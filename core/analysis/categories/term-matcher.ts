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
  const phrases = new Map<string, { rest: string[]; term: string }[]>();
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
  return {
    findTerms(words) {
      const found = new Set<string>();
      for (let i = 0; i < words.length; i++) {
        const word = words[i]!;
        const starting = phrases.get(word);
        if (starting) {
          for (const { rest, term } of starting) {
            let ok = i + rest.length < words.length;
            for (let k = 0; ok && k < rest.length; k++) ok = words[i + 1 + k] === rest[k];
            if (ok) found.add(term);
          }
        }
        const single = singles.get(word);
        if (single !== undefined) {
          found.add(single);
        } else if (useRoots && word.length >= 5) {
          for (const root of rootCandidates(word)) {
            const viaRoot = singles.get(root);
            if (viaRoot !== undefined && root.length >= 4) {
              found.add(viaRoot);
              break;
            }
          }
        }
      }
      return found;
    },
  };
}
