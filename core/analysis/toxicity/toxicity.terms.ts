import { rootCandidates } from '../categories/affix-stripper';
import { chunkEnd, skipWhitespace } from '../text/whitespace';
import { WordFact, type WordRecord } from '../text/word-record';
import { EXCLAMATION_CONTEXT, LITERAL_CONTEXT, TARGET_WORDS, TOXIC_TERMS, type ToxicTerm } from './toxicity.lexicon';
import { squeezeAll, tokenizeChunk, type ToxicityToken } from './toxicity.tokens';

export type IndexedTerm = ToxicTerm & { term: string };

/** Terms keyed by their squeezed spelling (`kill` → `kil`), as tokens are squeezed the same way. */
export const TERMS = new Map<string, IndexedTerm>();
/** Single-word terms by length, for masked tokens (`f*ck`, `sh*t`). */
const TERMS_BY_LENGTH = new Map<number, string[]>();
const HASHTAG_TERMS: string[] = [];
/** First words of multi-word terms: phrases are only tried from these. */
const PHRASE_HEADS = new Set<string>();

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

/** Context bits of a token: which of the context lists its key is in. */
export const TARGET = 1;
export const EXCLAMATION = 2;
export const LITERAL = 4;
const CONTEXT_LISTS = [
  [TARGET, new Set([...TARGET_WORDS].map(squeezeAll))],
  [EXCLAMATION, new Set([...EXCLAMATION_CONTEXT].map(squeezeAll))],
  [LITERAL, new Set([...LITERAL_CONTEXT].map(squeezeAll))],
] as const;

/** A token with everything the scorer asks of it, worked out once per distinct chunk of text. */
export interface ScoredToken {
  key: string;
  /** Lexicon keys the token matches on its own: at most one for a word, any number for a hashtag. */
  terms: readonly string[];
  /** Whether a multi-word term starts with this token. */
  phraseHead: boolean;
  /** Bit set of TARGET, EXCLAMATION, LITERAL. */
  context: number;
}

function matchesMask(masked: string, key: string): boolean {
  for (let i = 0; i < key.length; i++) if (masked[i] !== '*' && masked[i] !== key[i]) return false;
  return true;
}

/** The lexicon entry for one token: exact, through a mask, or by Indonesian root (`dibunuh`). */
function lookupWord(token: ToxicityToken): string | undefined {
  if (TERMS.has(token.key)) return token.key;
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

/** The terms of almost every token: one shared empty list, which stays in the processor's cache. */
const NO_TERMS: readonly string[] = [];

function scoreToken(token: ToxicityToken): ScoredToken {
  let terms: readonly string[];
  if (token.hashtag) terms = HASHTAG_TERMS.filter((key) => token.key.includes(key));
  else {
    const key = lookupWord(token);
    terms = key === undefined ? NO_TERMS : [key];
  }
  let context = 0;
  for (const [bit, words] of CONTEXT_LISTS) if (words.has(token.key)) context |= bit;
  return { key: token.key, terms, phraseHead: PHRASE_HEADS.has(token.key), context };
}

/**
 * Tokens by raw chunk, memoised: tokenising and lexicon lookup (roots, masks, hashtag search) were
 * most of the scorer's time, and social text repeats the same chunks endlessly.
 */
const CHUNK_CACHE = new Map<string, readonly ScoredToken[]>();
const CHUNK_CACHE_LIMIT = 20_000;

function scoreChunk(chunk: string): readonly ScoredToken[] {
  return tokenizeChunk(chunk.toLowerCase()).map(scoreToken);
}

function chunkTokens(chunk: string): readonly ScoredToken[] {
  const cached = CHUNK_CACHE.get(chunk);
  if (cached) return cached;
  const tokens = scoreChunk(chunk);
  if (CHUNK_CACHE.size >= CHUNK_CACHE_LIMIT) CHUNK_CACHE.clear();
  CHUNK_CACHE.set(chunk, tokens);
  return tokens;
}

/**
 * A chunk that is one written word, scored once and kept on the word's record (see `WordForm`): its
 * only token itself when it has one, as nearly every word does, so reading it reaches no list.
 */
const WRITTEN_CHUNK = new WordFact<ScoredToken | readonly ScoredToken[]>((chunk) => {
  const tokens = scoreChunk(chunk);
  return tokens.length === 1 ? tokens[0]! : tokens;
});

/**
 * Where the normaliser's tokens start in the text and, for word tokens, the records of the words
 * as written: most chunks are one plain word, whose scored tokens are then read off its record
 * instead of being looked up by the chunk's text.
 */
export interface WrittenWords {
  tokenStarts: readonly number[];
  writtenWords: readonly (WordRecord | undefined)[];
}

function isTokenList(scored: ScoredToken | readonly ScoredToken[]): scored is readonly ScoredToken[] {
  return Array.isArray(scored);
}

/** The scored tokens of a raw text, as `tokenizeForToxicity` splits it. */
export function scoredTokensOf(raw: string, written?: WrittenWords): ScoredToken[] {
  const tokens: ScoredToken[] = [];
  let next = 0;
  for (let start = skipWhitespace(raw, 0); start < raw.length;) {
    const end = chunkEnd(raw, start);
    let record: WordRecord | undefined;
    if (written) {
      // The first token at or after the chunk: the chunk is that word when it starts and ends with it.
      const { tokenStarts, writtenWords } = written;
      while (next < tokenStarts.length && tokenStarts[next]! < start) next++;
      const word = tokenStarts[next] === start ? writtenWords[next] : undefined;
      if (word && word.word.length === end - start) record = word;
    }
    const scored = record ? WRITTEN_CHUNK.of(record) : chunkTokens(raw.slice(start, end));
    if (isTokenList(scored)) for (const token of scored) tokens.push(token);
    else tokens.push(scored);
    start = skipWhitespace(raw, end);
  }
  return tokens;
}
