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

function scoreGram(gram: readonly string[]): Candidate | undefined {
  const first = gram[0] ?? '';
  const last = gram[gram.length - 1] ?? '';
  if (!isContent(last)) return undefined;
  // A phrase starts with a content word, or with a negation that turns the rest around (`tidak enak`).
  const negated = gram.length > 1 && isNegation(first);
  if (!negated && !isContent(first)) return undefined;
  // After a negation any middle word belongs to it (`tidak bisa dihubungi`, `tidak ada respon`).
  const middle = gram.length === 3 ? (gram[1] ?? '') : '';
  if (middle !== '' && !negated && !isContent(middle) && !isNegation(middle) && !LINKS.has(middle)) return undefined;
  const content = gram.filter(isContent);
  const mean = content.reduce((sum, word) => sum + wordWeight(word), 0) / content.length;
  const score = mean * (1 + 0.3 * (content.length - 1)) + (negated ? 0.8 : 0);
  return { phrase: gram.join(' '), content, score, first: 0 };
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
  let position = 0;
  const hashtagBodies = new Set<string>();
  for (const token of normalised.tokens) {
    if (token.kind !== 'hashtag' || candidates.has(token.norm) || NUMBER.test(token.norm.slice(1))) continue;
    hashtagBodies.add(token.norm.slice(1).replace(/_/g, ''));
    candidates.set(token.norm, { phrase: token.norm, content: [], score: HASHTAG_SCORE, first: position++ });
  }
  for (const segment of segments(normalised.words, normalised.breaks)) {
    for (let start = 0; start < segment.length; start++) {
      for (let n = 1; n <= MAX_N && start + n <= segment.length; n++) {
        const gram = segment.slice(start, start + n);
        const candidate = scoreGram(gram);
        if (!candidate || hashtagBodies.has(gram.join(''))) continue;
        const seen = candidates.get(candidate.phrase);
        if (seen)
          seen.score += 0.25; // Repetition within one post signals emphasis.
        else candidates.set(candidate.phrase, { ...candidate, first: position++ });
      }
    }
  }
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
