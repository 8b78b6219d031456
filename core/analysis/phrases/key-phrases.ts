import type { NormalisedText } from '../analysis.types';
import { isKnownWord, isNegation, isStopWord } from '../text';

interface Candidate {
  phrase: string;
  /** Content words, used to keep returned phrases from overlapping. */
  content: string[];
  score: number;
  first: number;
}

const MAX_N = 3;
const NUMBER = /^\d[\d.,]*$/;
/** Words that carry no topic even though they are not function words. */
const NOISE: ReadonlySet<string> = new Set(['haha', 'rt', 'retweet']);
const HASHTAG_SCORE = 2.2;
/** Clitics split off by the normaliser; inside a phrase they only get in the way (`makanan nya keracunan`). */
const CLITICS: ReadonlySet<string> = new Set(['nya', 'ku', 'mu', 'lah', 'kah', 'pun']);
/** Function words that may link the two ends of a trigram (`harga yang mahal`); others split topics (`jutek dan antrian`). */
const LINKS: ReadonlySet<string> = new Set(['yang', 'di', 'ke', 'dari', 'untuk', 'of', 'the', 'for', 'in']);

function isContent(word: string): boolean {
  return word.length >= 2 && !isStopWord(word) && !isNegation(word) && !NUMBER.test(word) && !NOISE.has(word);
}

/** Longer words and words outside the common vocabulary (names, products, specific terms) say more. */
function wordWeight(word: string): number {
  return 0.5 + Math.min(word.length, 10) / 10 + (isKnownWord(word) ? 0 : 0.4);
}

function segments(words: readonly string[], breaks: readonly number[] | undefined): string[][] {
  const out: string[][] = [];
  let start = 0;
  for (const end of [...(breaks ?? []), words.length]) {
    if (end > start) out.push(words.slice(start, end).filter((word) => !CLITICS.has(word)));
    start = Math.max(start, end);
  }
  return out;
}

/** Adds the acceptable n-grams of one boundary-free run of words; flags and weights are computed once per word. */
function addSegmentGrams(
  segment: readonly string[],
  hashtagBodies: ReadonlySet<string>,
  candidates: Map<string, Candidate>,
  order: { next: number },
): void {
  const n = segment.length;
  const content = segment.map(isContent);
  const negation = segment.map(isNegation);
  const weights = segment.map((word, i) => (content[i] ? wordWeight(word) : 0));
  for (let start = 0; start < n; start++) {
    const opensNegated = negation[start] === true;
    if (!content[start] && !opensNegated) continue;
    let phrase = '';
    let joined = '';
    let weightSum = 0;
    let contentCount = 0;
    for (let length = 1; length <= MAX_N && start + length <= n; length++) {
      const at = start + length - 1;
      const word = segment[at] ?? '';
      phrase = length === 1 ? word : `${phrase} ${word}`;
      joined += word;
      if (content[at]) {
        weightSum += weights[at] ?? 0;
        contentCount++;
      } else if (length === 2 && !opensNegated && !negation[at] && !LINKS.has(word)) {
        // After a negation any middle word belongs to it (`tidak bisa dihubungi`); otherwise only
        // linking words may sit inside a trigram (`harga yang mahal`, not `jutek dan antrian`).
        break;
      }
      // A phrase ends on a content word; a negation may open it (`tidak enak`) but not stand alone.
      if (!content[at] || contentCount === 0 || hashtagBodies.has(joined)) continue;
      const negated = opensNegated && length > 1;
      const score = (weightSum / contentCount) * (1 + 0.3 * (contentCount - 1)) + (negated ? 0.8 : 0);
      const seen = candidates.get(phrase);
      // Repetition within one post signals emphasis.
      if (seen) seen.score += 0.25;
      else
        candidates.set(phrase, {
          phrase,
          content: segment.slice(start, at + 1).filter((_, i) => content[start + i]),
          score,
          first: order.next++,
        });
    }
  }
}

/**
 * The text's most informative phrases: uni-, bi- and trigrams of the normalised words that never
 * cross a sentence, line, link or emoji boundary, plus hashtags as `#tag`. Stop words may sit inside
 * a trigram but never at its ends; a negation may open a phrase. Returned phrases never share a
 * content word: `makanan keracunan` wins over `keracunan` alone, because repeating the same word in
 * a short list crowds out other topics.
 */
export function extractKeyPhrases(normalised: NormalisedText, limit = 5): string[] {
  if (limit <= 0) return [];
  const candidates = new Map<string, Candidate>();
  const order = { next: 0 };
  const hashtagBodies = new Set<string>();
  for (const token of normalised.tokens) {
    if (token.kind !== 'hashtag' || candidates.has(token.norm) || NUMBER.test(token.norm.slice(1))) continue;
    hashtagBodies.add(token.norm.slice(1).replace(/_/g, ''));
    candidates.set(token.norm, { phrase: token.norm, content: [], score: HASHTAG_SCORE, first: order.next++ });
  }
  for (const segment of segments(normalised.words, normalised.breaks)) addSegmentGrams(segment, hashtagBodies, candidates, order);
  // Hashtag words count as covered once the hashtag is chosen.
  for (const candidate of candidates.values()) {
    if (candidate.phrase.startsWith('#')) candidate.content = normalisedHashtagWords(normalised, candidate.phrase);
  }
  const ranked = [...candidates.values()].sort((a, b) => b.score - a.score || a.first - b.first);
  const covered = new Set<string>();
  const chosen: string[] = [];
  for (const candidate of ranked) {
    if (chosen.length >= limit) break;
    if (candidate.content.some((word) => covered.has(word))) continue;
    chosen.push(candidate.phrase);
    for (const word of candidate.content) covered.add(word);
  }
  return chosen;
}

/** The content words a hashtag contributed: those between the breaks that surround it are unknown here, so match by joining. */
function normalisedHashtagWords(normalised: NormalisedText, tag: string): string[] {
  const body = tag.slice(1).replace(/_/g, '');
  const words = normalised.words;
  for (let start = 0; start < words.length; start++) {
    let joined = '';
    for (let end = start; end < words.length && joined.length < body.length; end++) {
      joined += words[end];
      if (joined === body) return words.slice(start, end + 1).filter(isContent);
    }
  }
  return [];
}
