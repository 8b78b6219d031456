import type { DraftWords } from './draft-words';
import { ACRONYMS } from './tone-expected.lexicon';
import type { ToneSpan } from './tone.types';

const LETTERS = /\p{L}/gu;

/** A word written in capitals that is not a known acronym; `OK` and single letters are not shouting. */
function isShoutedWord(raw: string): boolean {
  if (raw.length < 2 || raw.toUpperCase() !== raw || raw.toLowerCase() === raw) return false;
  if (ACRONYMS.has(raw)) return false;
  const letters = raw.match(LETTERS);
  return letters !== null && letters.length >= 2;
}

/**
 * Runs of words in capitals: two or more in a row, or one long word (`PENTING`). A single short
 * word in capitals is more often a name or an acronym we do not know than a shout.
 */
export function findShoutedRuns(draft: DraftWords): ToneSpan[] {
  const runs: ToneSpan[] = [];
  let run: { start: number; end: number; words: number; longest: number } | undefined;
  const close = () => {
    if (run && (run.words >= 2 || run.longest >= 5)) runs.push({ start: run.start, end: run.end });
    run = undefined;
  };
  draft.tokens.forEach((token, i) => {
    if (token.kind !== 'word') {
      // Punctuation and numbers inside a shout (`JANGAN BELI, RUSAK!`) do not end it.
      if (token.kind !== 'punct' && token.kind !== 'number') close();
      return;
    }
    if (!isShoutedWord(token.raw)) return close();
    const start = draft.tokenStarts[i]!;
    const end = start + token.raw.length;
    if (run) {
      run.end = end;
      run.words++;
      run.longest = Math.max(run.longest, token.raw.length);
    } else run = { start, end, words: 1, longest: token.raw.length };
  });
  close();
  return runs;
}

/** `!!`, `??`, `?!`, `!?!` and longer: one mark says it, more of them shout. */
const SHOUTING_PUNCTUATION = /[!?]*(?:!!|\?\?|!\?|\?!)[!?]*/gu;

export function findShoutingPunctuation(text: string): ToneSpan[] {
  return [...text.matchAll(SHOUTING_PUNCTUATION)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** A template variable left in the text: `{brand}`, `{ next_update }`. */
const VARIABLE = /\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}/gu;

export interface UnfilledVariable {
  name: string;
  span?: ToneSpan;
}

/** Variables still written as placeholders, plus the ones the context says are unfilled and not in the text. */
export function findUnfilledVariables(text: string, declaredUnfilled: readonly string[] = []): UnfilledVariable[] {
  const found: UnfilledVariable[] = [];
  if (text.includes('{')) {
    for (const m of text.matchAll(VARIABLE)) found.push({ name: m[1]!, span: { start: m.index, end: m.index + m[0].length } });
  }
  for (const name of declaredUnfilled) if (!found.some((v) => v.name === name)) found.push({ name });
  return found;
}
