import type { CrisisCategory, NormalisedText } from '../analysis.types';
import { type WordRecord, wordRecordsOf } from '../text/word-record';
import type { CategoryRules } from './category-rules';
import { compileTermMatcher, type TermMatcher } from './term-matcher';

interface CompiledRules {
  matcher: TermMatcher;
  excluder: TermMatcher;
  /** Term or phrase → the categories it signals, in rule order. */
  categoriesOf: Map<string, CrisisCategory[]>;
  excludesOf: Map<string, CrisisCategory[]>;
  order: CrisisCategory[];
}

/** Rules are compiled once per rules object: workspaces keep theirs for many texts. */
const compiled = new WeakMap<CategoryRules, CompiledRules>();

function push(map: Map<string, CrisisCategory[]>, key: string, category: CrisisCategory): void {
  const normal = key.trim().toLowerCase().replace(/\s+/g, ' ');
  const list = map.get(normal) ?? [];
  if (!list.includes(category)) list.push(category);
  map.set(normal, list);
}

function compile(rules: CategoryRules): CompiledRules {
  const cached = compiled.get(rules);
  if (cached) return cached;
  const categoriesOf = new Map<string, CrisisCategory[]>();
  const excludesOf = new Map<string, CrisisCategory[]>();
  for (const rule of rules.categories) {
    for (const term of [...rule.terms, ...(rule.phrases ?? [])]) push(categoriesOf, term, rule.category);
    for (const term of rule.exclude ?? []) push(excludesOf, term, rule.category);
  }
  const result: CompiledRules = {
    matcher: compileTermMatcher(categoriesOf.keys()),
    // Exclusions match exactly (no roots): they are meant to be narrow.
    excluder: compileTermMatcher(excludesOf.keys(), { roots: false }),
    categoriesOf,
    excludesOf,
    order: rules.categories.map((r) => r.category),
  };
  compiled.set(rules, result);
  return result;
}

/**
 * The crisis categories a text falls in (multi-label), by matching the rules' terms and phrases on
 * the normalised words; `['other']` when none applies. Categories come in the rules' order.
 */
export function classifyCategories(normalised: NormalisedText, rules: CategoryRules): CrisisCategory[] {
  return classifyWordRecords(wordRecordsOf(normalised.words), rules);
}

/** `classifyCategories` over the records of the normalised words. */
export function classifyWordRecords(records: readonly WordRecord[], rules: CategoryRules): CrisisCategory[] {
  const { matcher, excluder, categoriesOf, excludesOf, order } = compile(rules);
  const found = matcher.findTermsIn(records);
  if (found.size === 0) return ['other'];
  const hits = new Set<CrisisCategory>();
  for (const term of found) for (const category of categoriesOf.get(term) ?? []) hits.add(category);
  if (hits.size > 0 && excludesOf.size > 0) {
    for (const term of excluder.findTermsIn(records)) for (const category of excludesOf.get(term) ?? []) hits.delete(category);
  }
  if (hits.size === 0) return ['other'];
  const result: CrisisCategory[] = [];
  for (const category of order) if (hits.has(category)) result.push(category);
  return result.length > 0 ? result : ['other'];
}
