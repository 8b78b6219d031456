import type { NormalisedText } from '../analysis.types';
import type { ToxicityLabel } from './toxicity.lexicon';
import {
  EXCLAMATION,
  type IndexedTerm,
  LITERAL,
  type ScoredToken,
  TARGET,
  TERMS,
  type WrittenWords,
  scoredTokensOf,
} from './toxicity.terms';
import { squeezeAll } from './toxicity.tokens';
import { WordFact, type WordRecord, wordRecordsOf } from '../text/word-record';

export interface ToxicityScore {
  /** 0…1 */
  toxicity: number;
  labels: ToxicityLabel[];
}

/** Words that can be `anjing`-style exclamations (besides the pure exclamations). */
const EXCLAIMABLE = new Set(['anjing', 'anjg', 'ajg', 'anjeng', 'njing', 'asu', 'jancok', 'jancuk', 'cok', 'cuk', 'bangsat', 'gila']);
const MAX_PHRASE = 4;
/** How far (in tokens) a target or context word may be from the term. */
const WINDOW = 3;
/** The smallest effective weight that earns a label. */
const LABEL_THRESHOLD = 0.2;

interface Hit {
  entry: IndexedTerm;
  start: number;
  end: number;
}

/** The longest multi-word term starting at token `start`, as a hit; `tidak punya otak` before `otak`. */
function phraseHitAt(tokens: ScoredToken[], start: number): Hit | undefined {
  const last = Math.min(tokens.length, start + MAX_PHRASE) - 1;
  const phrases: string[] = [];
  let phrase = tokens[start]!.key;
  for (let i = start + 1; i <= last; i++) phrases.push((phrase += ` ${tokens[i]!.key}`));
  for (let p = phrases.length - 1; p >= 0; p--) {
    const entry = TERMS.get(phrases[p]!);
    if (entry) return { entry, start, end: start + p + 2 };
  }
  return undefined;
}

function findHits(tokens: ScoredToken[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const phraseHit = token.phraseHead ? phraseHitAt(tokens, i) : undefined;
    if (phraseHit) {
      hits.push(phraseHit);
      i = phraseHit.end - 1;
      continue;
    }
    for (const key of token.terms) hits.push({ entry: TERMS.get(key)!, start: i, end: i + 1 });
  }
  return hits;
}

function near(tokens: ScoredToken[], hit: Hit, context: number): boolean {
  const from = Math.max(0, hit.start - WINDOW);
  const to = Math.min(tokens.length, hit.end + WINDOW);
  for (let i = from; i < to; i++) if ((i < hit.start || i >= hit.end) && (tokens[i]!.context & context) !== 0) return true;
  return false;
}

function hasOtherToxicHit(hits: Hit[], hit: Hit): boolean {
  for (const h of hits) if (h !== hit && !h.entry.exclamation && !h.entry.contextual) return true;
  return false;
}

/** The weight a hit contributes given what surrounds it. */
function effectiveWeight(tokens: ScoredToken[], hit: Hit, hits: Hit[]): number {
  const { entry } = hit;
  const targeted = near(tokens, hit, TARGET);
  if (entry.contextual) {
    const otherToxic = hasOtherToxicHit(hits, hit);
    if (!targeted && !otherToxic) return 0;
    if (near(tokens, hit, LITERAL) && !otherToxic) return 0;
  }
  if (entry.exclamation) return targeted ? 0.35 : entry.weight;
  if (EXCLAIMABLE.has(entry.term) && !targeted && near(tokens, hit, EXCLAMATION)) return Math.min(entry.weight, 0.1);
  // An insult aimed at someone (`lu tolol`, `you idiot`) is worse than one said in the air.
  if (targeted && (entry.label === 'insult' || entry.label === 'profanity' || entry.label === 'hate')) {
    return Math.min(0.97, entry.weight * 1.5 + 0.1);
  }
  if (targeted && entry.label === 'threat') return Math.min(0.95, entry.weight * 1.3 + 0.1);
  return entry.weight;
}

/**
 * Offensive-language score of a text from our lexicons: 1 − Π(1 − w) over the terms found, each
 * weighted by its context, with the labels of the terms that count. Reads the raw text (so masked
 * and leetspeak spellings are caught, and `anjir` is not confused with the `anjing` the normaliser
 * expands it to); the normalised words add the hashtag-split and slang-expanded words.
 */
export function scoreToxicity(normalised: NormalisedText | undefined, raw: string): ToxicityScore {
  return scoreToxicityOf(normalised ? wordRecordsOf(normalised.words) : undefined, raw);
}

/**
 * The lexicon entry a normalised word adds on its own, or null. Only strong unambiguous terms: the
 * normaliser maps exclamations (`anjir`) to `anjing`.
 */
const STRONG_TERM = new WordFact<IndexedTerm | null>((word) => {
  const entry = TERMS.get(squeezeAll(word));
  if (!entry || entry.contextual || EXCLAIMABLE.has(entry.term) || entry.weight < 0.4) return null;
  return entry;
});

/**
 * `scoreToxicity` given the records of the normalised words (when there is a normalisation) and,
 * optionally, the normaliser's token layout (see `TextLayout`), which saves looking chunks up.
 */
export function scoreToxicityOf(words: readonly WordRecord[] | undefined, raw: string, written?: WrittenWords): ToxicityScore {
  const tokens = scoredTokensOf(raw, written);
  const hits = findHits(tokens);
  if (words) addNormalisedHits(words, tokens.length, hits);
  if (hits.length === 0) return { toxicity: 0, labels: [] };
  let clean = 1;
  const labels = new Set<ToxicityLabel>();
  for (const hit of hits) {
    const weight = effectiveWeight(tokens, hit, hits);
    clean *= 1 - weight;
    if (weight >= LABEL_THRESHOLD) labels.add(hit.entry.label);
  }
  // Never a flat 1: more evidence should always be able to show.
  return { toxicity: Math.min(0.999, Math.round((1 - clean) * 1000) / 1000), labels: orderLabels(labels) };
}

/** Hits for strong terms among the normalised words that the raw text's tokens did not already find. */
function addNormalisedHits(words: readonly WordRecord[], end: number, hits: Hit[]): void {
  let seen: Set<string> | undefined;
  for (const word of words) {
    const entry = STRONG_TERM.of(word);
    if (!entry) continue;
    if (!seen) {
      seen = new Set<string>();
      for (const hit of hits) seen.add(hit.entry.term);
    }
    if (seen.has(entry.term)) continue;
    seen.add(entry.term);
    hits.push({ entry, start: end, end });
  }
}

const LABEL_ORDER: readonly ToxicityLabel[] = ['insult', 'profanity', 'hate', 'threat'];

function orderLabels(labels: ReadonlySet<ToxicityLabel>): ToxicityLabel[] {
  const ordered: ToxicityLabel[] = [];
  for (const label of LABEL_ORDER) if (labels.has(label)) ordered.push(label);
  return ordered;
}
