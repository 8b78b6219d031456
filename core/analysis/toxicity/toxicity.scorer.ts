import type { NormalisedText } from '../analysis.types';
import { rootCandidates } from '../categories/affix-stripper';
import { EXCLAMATION_CONTEXT, LITERAL_CONTEXT, TARGET_WORDS, TOXIC_TERMS, type ToxicTerm, type ToxicityLabel } from './toxicity.lexicon';
import { squeezeAll, tokenizeForToxicity, type ToxicityToken } from './toxicity.tokens';

export interface ToxicityScore {
  /** 0…1 */
  toxicity: number;
  labels: ToxicityLabel[];
}

/** Terms keyed by their squeezed spelling (`kill` → `kil`), as tokens are squeezed the same way. */
const TERMS = new Map<string, ToxicTerm & { term: string }>();
/** Single-word terms by length, for masked tokens (`f*ck`, `sh*t`). */
const TERMS_BY_LENGTH = new Map<number, string[]>();
/** Words that can be `anjing`-style exclamations (besides the pure exclamations). */
const EXCLAIMABLE = new Set(['anjing', 'anjg', 'ajg', 'anjeng', 'njing', 'asu', 'jancok', 'jancuk', 'cok', 'cuk', 'bangsat', 'gila']);
const MAX_PHRASE = 4;
/** How far (in tokens) a target or context word may be from the term. */
const WINDOW = 3;
/** The smallest effective weight that earns a label. */
const LABEL_THRESHOLD = 0.2;
const HASHTAG_TERMS: string[] = [];
/** First words of multi-word terms: phrases are only tried from these. */
const PHRASE_HEADS = new Set<string>();
/** Word → lexicon key (or null), memoised: root and mask matching is the slow path. */
const LOOKUP_CACHE = new Map<string, string | null>();
const LOOKUP_CACHE_LIMIT = 20_000;

for (const [term, entry] of TOXIC_TERMS) {
  const key = term.split(' ').map(squeezeAll).join(' ');
  TERMS.set(key, { ...entry, term });
  if (key.includes(' ')) PHRASE_HEADS.add(key.slice(0, key.indexOf(' ')));
  else {
    const list = TERMS_BY_LENGTH.get(key.length) ?? [];
    list.push(key);
    TERMS_BY_LENGTH.set(key.length, list);
    if (key.length >= 5 && !entry.contextual && !entry.exclamation) HASHTAG_TERMS.push(key);
  }
}
const SQUEEZED_TARGETS = new Set([...TARGET_WORDS].map(squeezeAll));
const SQUEEZED_EXCLAMATION = new Set([...EXCLAMATION_CONTEXT].map(squeezeAll));
const SQUEEZED_LITERAL = new Set([...LITERAL_CONTEXT].map(squeezeAll));

function matchesMask(masked: string, key: string): boolean {
  for (let i = 0; i < key.length; i++) if (masked[i] !== '*' && masked[i] !== key[i]) return false;
  return true;
}

/** The lexicon entry for one token: exact, by Indonesian root (`dibunuh`), or through a mask. */
function lookupWord(token: ToxicityToken): string | undefined {
  if (TERMS.has(token.key)) return token.key;
  const cached = LOOKUP_CACHE.get(token.masked);
  if (cached !== undefined) return cached ?? undefined;
  const found = lookupSlow(token);
  if (LOOKUP_CACHE.size >= LOOKUP_CACHE_LIMIT) LOOKUP_CACHE.clear();
  LOOKUP_CACHE.set(token.masked, found ?? null);
  return found;
}

function lookupSlow(token: ToxicityToken): string | undefined {
  if (token.masked.includes('*')) {
    for (const key of TERMS_BY_LENGTH.get(token.masked.length) ?? []) if (matchesMask(token.masked, key)) return key;
  }
  if (token.key.length >= 5) {
    for (const root of rootCandidates(token.key)) {
      const entry = TERMS.get(root);
      // Roots only for verbs of threat and for insults: `dibakar`, `digoblokin`, not `asu` in `asuransi`.
      if (entry && root.length >= 4 && (entry.label === 'threat' || entry.label === 'insult')) return root;
    }
  }
  return undefined;
}

interface Hit {
  entry: ToxicTerm & { term: string };
  start: number;
  end: number;
}

function findHits(tokens: ToxicityToken[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let matched = false;
    // Longest phrase first: `tidak punya otak` before `otak`.
    let phrase = tokens[i]!.key;
    const phrases: [string, number][] = [];
    const canStartPhrase = PHRASE_HEADS.has(phrase);
    for (let n = 1; canStartPhrase && n < MAX_PHRASE && i + n < tokens.length; n++) {
      phrase += ` ${tokens[i + n]!.key}`;
      phrases.push([phrase, i + n + 1]);
    }
    for (let p = phrases.length - 1; p >= 0; p--) {
      const [text, end] = phrases[p]!;
      const entry = TERMS.get(text);
      if (entry) {
        hits.push({ entry, start: i, end });
        i = end - 1;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const token = tokens[i]!;
    if (token.hashtag) {
      for (const key of HASHTAG_TERMS) {
        if (token.key.includes(key)) hits.push({ entry: TERMS.get(key)!, start: i, end: i + 1 });
      }
      continue;
    }
    const key = lookupWord(token);
    if (key) hits.push({ entry: TERMS.get(key)!, start: i, end: i + 1 });
  }
  return hits;
}

function near(tokens: ToxicityToken[], hit: Hit, words: ReadonlySet<string>): boolean {
  const from = Math.max(0, hit.start - WINDOW);
  const to = Math.min(tokens.length, hit.end + WINDOW);
  for (let i = from; i < to; i++) if ((i < hit.start || i >= hit.end) && words.has(tokens[i]!.key)) return true;
  return false;
}

/** The weight a hit contributes given what surrounds it. */
function effectiveWeight(tokens: ToxicityToken[], hit: Hit, hits: Hit[]): number {
  const { entry } = hit;
  const targeted = near(tokens, hit, SQUEEZED_TARGETS);
  if (entry.contextual) {
    const otherToxic = hits.some((h) => h !== hit && !h.entry.exclamation && !h.entry.contextual);
    if (!targeted && !otherToxic) return 0;
    if (near(tokens, hit, SQUEEZED_LITERAL) && !otherToxic) return 0;
  }
  if (entry.exclamation) return targeted ? 0.35 : entry.weight;
  if (EXCLAIMABLE.has(entry.term) && !targeted && near(tokens, hit, SQUEEZED_EXCLAMATION)) return Math.min(entry.weight, 0.1);
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
  const tokens = tokenizeForToxicity(raw);
  const hits = findHits(tokens);
  if (normalised) {
    const seen = new Set(hits.map((h) => h.entry.term));
    for (const word of normalised.words) {
      const entry = TERMS.get(squeezeAll(word));
      // Only strong unambiguous terms: the normaliser maps exclamations (`anjir`) to `anjing`.
      if (!entry || seen.has(entry.term) || entry.contextual || EXCLAIMABLE.has(entry.term) || entry.weight < 0.4) continue;
      seen.add(entry.term);
      hits.push({ entry, start: tokens.length, end: tokens.length });
    }
  }
  if (hits.length === 0) return { toxicity: 0, labels: [] };
  let clean = 1;
  const labels = new Set<ToxicityLabel>();
  for (const hit of hits) {
    const weight = effectiveWeight(tokens, hit, hits);
    clean *= 1 - weight;
    if (weight >= LABEL_THRESHOLD) labels.add(hit.entry.label);
  }
  // Never a flat 1: more evidence should always be able to show.
  return { toxicity: Math.min(0.999, Math.round((1 - clean) * 1000) / 1000), labels: LABEL_ORDER.filter((l) => labels.has(l)) };
}

const LABEL_ORDER: readonly ToxicityLabel[] = ['insult', 'profanity', 'hate', 'threat'];
