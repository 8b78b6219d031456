import { PHRASE_BREAK, normalisePhraseWord } from './draft-words';

/**
 * The small pattern language the tone lexicons are written in, one phrase per string:
 * - words separated by spaces, written as people write them (`gak`, `udh`, `lu`): each is normalised
 *   like the draft, so one entry covers the spellings the slang lexicon knows;
 * - `a|b|c` one of several words in that place;
 * - a trailing `?` makes a place optional (`anda yang? salah`);
 * - `*` skips up to three words (`sudah * bilang`), never across punctuation.
 * A phrase must start with a required word: the matcher indexes phrases by their first word.
 */

type Slot = { kind: 'words'; options: readonly (readonly string[])[]; optional: boolean } | { kind: 'gap'; max: number };

export interface PhrasePattern<T> {
  source: string;
  slots: readonly Slot[];
  value: T;
}

export interface PhraseMatch<T> {
  value: T;
  /** Word indices, half-open. */
  from: number;
  to: number;
}

const GAP_WORDS = 3;

export function compilePhrase<T>(source: string, value: T): PhrasePattern<T> {
  const slots: Slot[] = source
    .trim()
    .split(/\s+/)
    .map((part): Slot => {
      if (part === '*') return { kind: 'gap', max: GAP_WORDS };
      const optional = part.endsWith('?') && part.length > 1;
      const body = optional ? part.slice(0, -1) : part;
      const options = body.split('|').map((word) => normalisePhraseWord(word));
      if (options.some((words) => words.length === 0)) throw new Error(`Tone phrase "${source}": "${part}" has no word`);
      return { kind: 'words', options, optional };
    });
  const first = slots[0];
  if (!first || first.kind !== 'words' || first.optional) {
    throw new Error(`Tone phrase "${source}" must start with a required word`);
  }
  return { source, slots, value };
}

/** Phrases indexed by the words they can start with. */
export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, PhrasePattern<T>[]>();

  constructor(patterns: readonly PhrasePattern<T>[]) {
    for (const pattern of patterns) {
      const first = pattern.slots[0];
      if (first?.kind !== 'words') continue;
      for (const option of first.options) {
        const word = option[0]!;
        const list = this.byFirstWord.get(word) ?? [];
        if (!list.includes(pattern)) list.push(pattern);
        this.byFirstWord.set(word, list);
      }
    }
  }

  /** Every phrase found in `words`: each phrase's longest match at each start, overlaps between phrases kept. */
  findPhrases(words: readonly string[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let from = 0; from < words.length; from++) {
      const candidates = this.byFirstWord.get(words[from]!);
      if (!candidates) continue;
      for (const pattern of candidates) {
        const to = matchSlots(pattern.slots, 0, words, from);
        if (to > from) found.push({ value: pattern.value, from, to });
      }
    }
    return found;
  }
}

function matchOption(option: readonly string[], words: readonly string[], at: number): boolean {
  if (at + option.length > words.length) return false;
  for (let k = 0; k < option.length; k++) if (words[at + k] !== option[k]) return false;
  return true;
}

/** End of the longest match of `slots[s…]` at word `at`, or -1. */
function matchSlots(slots: readonly Slot[], s: number, words: readonly string[], at: number): number {
  if (s === slots.length) return at;
  const slot = slots[s]!;
  let best = -1;
  if (slot.kind === 'gap') {
    for (let skip = 0; skip <= slot.max && at + skip <= words.length; skip++) {
      if (skip > 0 && words[at + skip - 1] === PHRASE_BREAK) break;
      best = Math.max(best, matchSlots(slots, s + 1, words, at + skip));
    }
    return best;
  }
  for (const option of slot.options) {
    if (matchOption(option, words, at)) best = Math.max(best, matchSlots(slots, s + 1, words, at + option.length));
  }
  if (slot.optional) best = Math.max(best, matchSlots(slots, s + 1, words, at));
  return best;
}
