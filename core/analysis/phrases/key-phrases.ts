import type { NormalisedText } from '../analysis.types';
import { isKnownWord, isNegation, isStopWord } from '../text';
import { WordFact, type WordRecord, nextTextStamp, wordRecordsOf } from '../text/word-record';

/**
 * A candidate phrase. N-grams are told apart by their words' records rather than by their text, so
 * the phrase string is only built for the few candidates that are picked.
 */
interface Candidate {
  hashtag: boolean;
  score: number;
  first: number;
  /** `#tag` for a hashtag; for an n-gram, built from its words when first needed (see `phraseOf`). */
  phrase: string | undefined;
  /** An n-gram's words in `NormalisedText.words`: `positions[start, start + length)` (clitics are not in `positions`). */
  start: number;
  length: number;
  /** The n-gram's first word's records after the first, to tell n-grams with the same first word apart. */
  second: WordRecord | undefined;
  third: WordRecord | undefined;
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

/**
 * Distinct traits, shared: there are only a few dozen combinations, and shared objects stay in the
 * processor's cache where one object per word would be reached in scattered memory.
 */
const SHARED_TRAITS = new Map<string, WordTraits>();

function sharedTraits(traits: WordTraits): WordTraits {
  const key = `${traits.content} ${traits.negation} ${traits.clitic} ${traits.link} ${traits.weight}`;
  const shared = SHARED_TRAITS.get(key);
  if (shared) return shared;
  SHARED_TRAITS.set(key, traits);
  return traits;
}

/** Kept on the word's shared record: one read per word instead of five set lookups and a regex. */
const TRAITS = new WordFact<WordTraits>((word) => {
  const content = isContent(word);
  return sharedTraits({
    content,
    negation: isNegation(word),
    clitic: CLITICS.has(word),
    link: LINKS.has(word),
    weight: content ? wordWeight(word) : 0,
  });
});

/** The text's words without clitics, cut into boundary-free runs, with what is asked of each word. */
interface Segments {
  /** Positions in `words` of the words that are not clitics. */
  positions: number[];
  traits: WordTraits[];
  /** The end (in `positions`) of each boundary-free run, in order. */
  ends: number[];
}

function segmentsOf(records: readonly WordRecord[], breaks: readonly number[] | undefined): Segments {
  const segments: Segments = { positions: [], traits: [], ends: [] };
  let start = 0;
  const ends = breaks ?? [];
  for (let b = 0; b <= ends.length; b++) {
    const end = b < ends.length ? ends[b]! : records.length;
    if (end > start) {
      for (let i = start; i < end; i++) {
        const traits = TRAITS.of(records[i]!);
        if (traits.clitic) continue;
        segments.positions.push(i);
        segments.traits.push(traits);
      }
      segments.ends.push(segments.positions.length);
    }
    start = Math.max(start, end);
  }
  return segments;
}

/**
 * The n-gram candidates found so far, by the text-local index of their first word (see
 * `indexDistinctWords`): a few per word, told apart by length and their other words' records.
 */
class CandidateTable {
  readonly all: Candidate[] = [];
  private readonly byFirst: (Candidate[] | undefined)[] = [];

  find(first: WordRecord, length: number, second: WordRecord | undefined, third: WordRecord | undefined): Candidate | undefined {
    const list = this.byFirst[first.localIndex];
    if (!list) return undefined;
    for (const candidate of list) {
      if (candidate.length === length && candidate.second === second && candidate.third === third) return candidate;
    }
    return undefined;
  }

  add(first: WordRecord | undefined, candidate: Candidate): void {
    this.all.push(candidate);
    if (!first) return;
    const list = this.byFirst[first.localIndex];
    if (list) list.push(candidate);
    else this.byFirst[first.localIndex] = [candidate];
  }
}

/** Numbers the distinct words of a text 0, 1, 2… in `localIndex`. */
function indexDistinctWords(records: readonly WordRecord[]): void {
  const stamp = nextTextStamp();
  let next = 0;
  for (const record of records) {
    if (record.stamp === stamp) continue;
    record.stamp = stamp;
    record.localIndex = next++;
  }
}

/** Adds the acceptable n-grams of one boundary-free run of words, `positions[from, to)`. */
function addSegmentGrams(
  records: readonly WordRecord[],
  segments: Segments,
  from: number,
  to: number,
  hashtagBodies: ReadonlySet<string> | undefined,
  candidates: CandidateTable,
): void {
  const { positions, traits } = segments;
  for (let start = from; start < to; start++) {
    const opensNegated = traits[start]!.negation;
    if (!traits[start]!.content && !opensNegated) continue;
    let joined = '';
    let weightSum = 0;
    let contentCount = 0;
    for (let length = 1; length <= MAX_N && start + length <= to; length++) {
      const last = start + length - 1;
      const wordTraits = traits[last]!;
      if (hashtagBodies) joined += records[positions[last]!]!.word;
      if (wordTraits.content) {
        weightSum += wordTraits.weight;
        contentCount++;
      } else if (length === 2 && !opensNegated && !wordTraits.negation && !wordTraits.link) {
        // After a negation any middle word belongs to it (`tidak bisa dihubungi`); otherwise only
        // linking words may sit inside a trigram (`harga yang mahal`, not `jutek dan antrian`).
        break;
      }
      // A phrase ends on a content word; a negation may open it (`tidak enak`) but not stand alone.
      if (!wordTraits.content || contentCount === 0 || hashtagBodies?.has(joined)) continue;
      const negated = opensNegated && length > 1;
      const score = (weightSum / contentCount) * (1 + 0.3 * (contentCount - 1)) + (negated ? 0.8 : 0);
      const first = records[positions[start]!]!;
      const second = length > 1 ? records[positions[start + 1]!] : undefined;
      const third = length > 2 ? records[positions[start + 2]!] : undefined;
      const seen = candidates.find(first, length, second, third);
      // Repetition within one post signals emphasis.
      if (seen) seen.score += 0.25;
      else {
        const candidate: Candidate = {
          hashtag: false,
          score,
          first: candidates.all.length,
          phrase: undefined,
          start,
          length,
          second,
          third,
        };
        candidates.add(first, candidate);
      }
    }
  }
}

/** The candidate's text: `#tag`, or its words joined by spaces. */
function phraseOf(records: readonly WordRecord[], positions: readonly number[], candidate: Candidate): string {
  if (candidate.phrase !== undefined) return candidate.phrase;
  let phrase = records[positions[candidate.start]!]!.word;
  for (let i = 1; i < candidate.length; i++) phrase += ` ${records[positions[candidate.start + i]!]!.word}`;
  return (candidate.phrase = phrase);
}

/** The content words of an n-gram: those between its first and last word, clitics skipped. */
function phraseContent(records: readonly WordRecord[], positions: readonly number[], candidate: Candidate): WordRecord[] {
  const content: WordRecord[] = [];
  const to = positions[candidate.start + candidate.length - 1]! + 1;
  for (let i = positions[candidate.start]!; i < to; i++) {
    const traits = TRAITS.of(records[i]!);
    if (traits.content && !traits.clitic) content.push(records[i]!);
  }
  return content;
}

/** Ranks first by score, then by first appearance: the order a stable sort by score would give. */
function ranksBefore(a: Candidate, b: Candidate): boolean {
  return a.score > b.score || (a.score === b.score && a.first < b.first);
}

/**
 * Picks up to `limit` phrases in rank order, skipping those that share a content word with one
 * already picked. Repeated selection of the best remaining candidate instead of a full sort: only
 * a handful are ever needed. A picked candidate is swapped to the end of the range still open,
 * which the rank (score, then first appearance) makes safe. A word is covered once its record
 * carries this selection's stamp.
 */
function choosePhrases(records: readonly WordRecord[], segments: Segments, candidates: Candidate[], limit: number): string[] {
  const covered = nextTextStamp();
  const chosen: string[] = [];
  for (let open = candidates.length; open > 0 && chosen.length < limit; open--) {
    let best = 0;
    for (let i = 1; i < open; i++) if (ranksBefore(candidates[i]!, candidates[best]!)) best = i;
    const candidate = candidates[best]!;
    candidates[best] = candidates[open - 1]!;
    candidates[open - 1] = candidate;
    const content = candidate.hashtag
      ? // Hashtag words count as covered once the hashtag is chosen.
        hashtagWords(records, phraseOf(records, segments.positions, candidate))
      : phraseContent(records, segments.positions, candidate);
    if (content.some((record) => record.stamp === covered)) continue;
    chosen.push(phraseOf(records, segments.positions, candidate));
    for (const record of content) record.stamp = covered;
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
  return extractKeyPhrasesOf(normalised, wordRecordsOf(normalised.words), limit);
}

/** `extractKeyPhrases` given the records of the normalised words. */
export function extractKeyPhrasesOf(normalised: NormalisedText, records: readonly WordRecord[], limit = 5): string[] {
  if (limit <= 0) return [];
  const candidates = new CandidateTable();
  let hashtagBodies: Set<string> | undefined;
  for (const token of normalised.tokens) {
    if (token.kind !== 'hashtag' || NUMBER.test(token.norm.slice(1))) continue;
    if (candidates.all.some((candidate) => candidate.phrase === token.norm)) continue;
    (hashtagBodies ??= new Set()).add(token.norm.slice(1).replace(/_/g, ''));
    const candidate: Candidate = {
      hashtag: true,
      score: HASHTAG_SCORE,
      first: candidates.all.length,
      phrase: token.norm,
      start: 0,
      length: 0,
      second: undefined,
      third: undefined,
    };
    candidates.add(undefined, candidate);
  }
  indexDistinctWords(records);
  const segments = segmentsOf(records, normalised.breaks);
  let from = 0;
  for (const to of segments.ends) {
    addSegmentGrams(records, segments, from, to, hashtagBodies, candidates);
    from = to;
  }
  return choosePhrases(records, segments, candidates.all, limit);
}

/** The content words a hashtag contributed: those between the breaks that surround it are unknown here, so match by joining. */
function hashtagWords(records: readonly WordRecord[], tag: string): WordRecord[] {
  const body = tag.slice(1).replace(/_/g, '');
  for (let start = 0; start < records.length; start++) {
    let joined = '';
    for (let end = start; end < records.length && joined.length < body.length; end++) {
      joined += records[end]!.word;
      if (joined === body) return records.slice(start, end + 1).filter((record) => TRAITS.of(record).content);
    }
  }
  return [];
}
