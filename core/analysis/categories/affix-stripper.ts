/**
 * A small Indonesian affix stripper: it lists the root candidates of a word (`keracunan`,
 * `diracun`, `meracuni` → `racun`) so that lexicons can hold roots only. It does not need a
 * dictionary: callers keep the candidate their lexicon knows. Candidates are cached because word
 * frequencies are skewed.
 */

const PARTICLES = ['lah', 'kah', 'pun', 'tah'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
const DERIVATIONAL = ['kan', 'an', 'in', 'i'];

/** Prefixes and what the root starts with after nasal recoding (`memukul` → `pukul`). */
const PREFIXES: readonly (readonly [prefix: string, restore: readonly string[]])[] = [
  ['menge', ['']],
  ['meng', ['', 'k']],
  ['meny', ['s']],
  ['mem', ['', 'p']],
  ['men', ['', 't']],
  ['me', ['']],
  ['peng', ['', 'k']],
  ['peny', ['s']],
  ['pem', ['', 'p']],
  ['pen', ['', 't']],
  ['per', ['']],
  ['pe', ['']],
  ['ber', ['']],
  ['be', ['']],
  ['ter', ['']],
  ['di', ['']],
  ['ke', ['']],
  ['se', ['']],
  ['ku', ['']],
  ['ng', ['', 'k']],
  ['ny', ['s']],
];

const MIN_ROOT = 3;
const CACHE_LIMIT = 20_000;
const cache = new Map<string, readonly string[]>();

const isVowel = (c: string | undefined): boolean => c === 'a' || c === 'i' || c === 'u' || c === 'e' || c === 'o';

function withoutSuffixes(word: string): string[] {
  const out = [word];
  let current = word;
  for (const group of [PARTICLES, POSSESSIVES, DERIVATIONAL]) {
    for (const suffix of group) {
      if (current.endsWith(suffix) && current.length - suffix.length >= MIN_ROOT) {
        current = current.slice(0, -suffix.length);
        out.push(current);
        break;
      }
    }
  }
  return out;
}

function withoutPrefix(word: string, out: Set<string>): void {
  for (const [prefix, restores] of PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    for (const restore of restores) {
      // Recoded nasals only before a vowel: `menulis` → `tulis`, not `mentah` → `ttah`.
      if (restore !== '' && !isVowel(rest[0])) continue;
      const root = restore + rest;
      if (root.length >= MIN_ROOT) out.add(root);
    }
  }
}

/** The word itself first, then root candidates from stripping suffixes and up to two prefixes. */
export function rootCandidates(word: string): readonly string[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const out = new Set<string>();
  for (const stem of withoutSuffixes(word)) {
    out.add(stem);
    const once = new Set<string>();
    withoutPrefix(stem, once);
    for (const root of once) {
      out.add(root);
      withoutPrefix(root, out); // `diperbaiki` → `perbaiki` → `baiki`/`baik`
    }
  }
  const result = [...out];
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}

/** The first candidate of `word` that `known` holds, or undefined. */
export function findRoot(word: string, known: ReadonlySet<string> | ReadonlyMap<string, unknown>): string | undefined {
  if (known.has(word)) return word;
  for (const candidate of rootCandidates(word)) if (known.has(candidate)) return candidate;
  return undefined;
}
