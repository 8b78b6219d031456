import type { NormalisedText } from '../analysis.types';
import { isKnownWord, isNegation, isStopWord } from '../text';

interface Candidate {
  phrase: string;
  score: number;
  first: number;
  /** Where the phrase's words lie in `NormalisedText.words` (clitics inside are skipped), to find its content words. */
  from: number;
  to: number;
  /** Content words, worked out only for phrases that reach the selection. */
  content?: string[];
}

/** What phrase extraction asks of a word, worked out once per distinct word. */
interface WordTraits {
  content: boolean;
  negation: boolean;
  clitic: boolean;
  link: boolean;
  weight: number;
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

/** One lookup per word instead of five set lookups and a regex: words repeat endlessly in social text. */
const TRAITS = new Map<string, WordTraits>();
const TRAITS_LIMIT = 20_000;

function traitsOf(word: string): WordTraits {
  const known = TRAITS.get(word);
  if (known) return known;
  const content = isContent(word);
  const traits: WordTraits = {
    content,
    negation: isNegation(word),
    clitic: CLITICS.has(word),
    link: LINKS.has(word),
    weight: content ? wordWeight(word) : 0,
  };
  if (TRAITS.size >= TRAITS_LIMIT) TRAITS.clear();
  TRAITS.set(word, traits);
  return traits;
}

/** A boundary-free run of words without clitics: their positions in `words` and their traits. */
interface Segment {
  at: number[];
  traits: WordTraits[];
}

function segments(words: readonly string[], breaks: readonly number[] | undefined): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  const ends = breaks ?? [];
  for (let b = 0; b <= ends.length; b++) {
    const end = b < ends.length ? ends[b]! : words.length;
    if (end > start) {
      const segment: Segment = { at: [], traits: [] };
      for (let i = start; i < end; i++) {
        const traits = traitsOf(words[i]!);
        if (traits.clitic) continue;
        segment.at.push(i);
        segment.traits.push(traits);
      }
      out.push(segment);
    }
    start = Math.max(start, end);
  }
  return out;
}

/** Adds the acceptable n-grams of one boundary-free run of words. */
function addSegmentGrams(
  words: readonly string[],
  segment: Segment,
  hashtagBodies: ReadonlySet<string>,
  candidates: Map<string, Candidate>,
  order: { next: number },
): void {
  const { at, traits } = segment;
  const n = at.length;
  const checkHashtags = hashtagBodies.size > 0;
  for (let start = 0; start < n; start++) {
    const opensNegated = traits[start]!.negation;
    if (!traits[start]!.content && !opensNegated) continue;
    let phrase = '';
    let joined = '';
    let weightSum = 0;
    let contentCount = 0;
    for (let length = 1; length <= MAX_N && start + length <= n; length++) {
      const last = start + length - 1;
      const word = words[at[last]!]!;
      const wordTraits = traits[last]!;
      phrase = length === 1 ? word : `${phrase} ${word}`;
      if (checkHashtags) joined += word;
      if (wordTraits.content) {
        weightSum += wordTraits.weight;
        contentCount++;
      } else if (length === 2 && !opensNegated && !wordTraits.negation && !wordTraits.link) {
        // After a negation any middle word belongs to it (`tidak bisa dihubungi`); otherwise only
        // linking words may sit inside a trigram (`harga yang mahal`, not `jutek dan antrian`).
        break;
      }
      // A phrase ends on a content word; a negation may open it (`tidak enak`) but not stand alone.
      if (!wordTraits.content || contentCount === 0 || (checkHashtags && hashtagBodies.has(joined))) continue;
      const negated = opensNegated && length > 1;
      const score = (weightSum / contentCount) * (1 + 0.3 * (contentCount - 1)) + (negated ? 0.8 : 0);
      const seen = candidates.get(phrase);
      // Repetition within one post signals emphasis.
      if (seen) seen.score += 0.25;
      else candidates.set(phrase, { phrase, score, first: order.next++, from: at[start]!, to: at[last]! + 1 });
    }
  }
}

/** The content words of a phrase found in `words[from, to)`, clitics skipped. */
function phraseContent(words: readonly string[], candidate: Candidate): string[] {
  const content: string[] = [];
  for (let i = candidate.from; i < candidate.to; i++) {
    const traits = traitsOf(words[i]!);
    if (traits.content && !traits.clitic) content.push(words[i]!);
  }
  return content;
}

function sharesWord(words: readonly string[], covered: ReadonlySet<string>): boolean {
  for (const word of words) if (covered.has(word)) return true;
  return false;
}

/** Ranks first by score, then by first appearance: the order a stable sort by score would give. */
function ranksBefore(a: Candidate, b: Candidate): boolean {
  return a.score > b.score || (a.score === b.score && a.first < b.first);
}

/**
 * Picks up to `limit` phrases in rank order, skipping those that share a content word with one
 * already picked. Repeated selection of the best remaining candidate instead of a full sort: only
 * a handful are ever needed.
 */
function choosePhrases(normalised: NormalisedText, candidates: Candidate[], limit: number): string[] {
  const covered = new Set<string>();
  const chosen: string[] = [];
  const used = new Array<boolean>(candidates.length).fill(false);
  for (let picks = 0; picks < candidates.length && chosen.length < limit; picks++) {
    let best = -1;
    for (let i = 0; i < candidates.length; i++) {
      if (!used[i] && (best < 0 || ranksBefore(candidates[i]!, candidates[best]!))) best = i;
    }
    used[best] = true;
    const candidate = candidates[best]!;
    const content = candidate.phrase.startsWith('#')
      ? // Hashtag words count as covered once the hashtag is chosen.
        normalisedHashtagWords(normalised, candidate.phrase)
      : phraseContent(normalised.words, candidate);
    if (sharesWord(content, covered)) continue;
    chosen.push(candidate.phrase);
    for (const word of content) covered.add(word);
  }
  return chosen;
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
    candidates.set(token.norm, { phrase: token.norm, score: HASHTAG_SCORE, first: order.next++, from: 0, to: 0 });
  }
  for (const segment of segments(normalised.words, normalised.breaks)) {
    addSegmentGrams(normalised.words, segment, hashtagBodies, candidates, order);
  }
  return choosePhrases(normalised, [...candidates.values()], limit);
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
