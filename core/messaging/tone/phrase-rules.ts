import type { DraftWords } from './draft-words';
import { PhraseIndex, compilePhrase } from './phrase-pattern';
import { ADMISSION, CONFRONTATION, DEFENSIVE, EMPATHY, NEXT_STEP, PROMISE, type ToneLexicon, type TonePattern } from './tone.lexicon';
import type { ToneSpan } from './tone.types';

/** What a lexicon phrase shows: four things to flag and two things a message should have. */
export type PhraseCategory = 'confrontation' | 'defensive' | 'promise' | 'admission' | 'empathy' | 'next_step';

export interface PhraseValue {
  category: PhraseCategory;
  language: 'id' | 'en';
  source: string;
}

const LEXICONS: Readonly<Record<PhraseCategory, ToneLexicon>> = {
  confrontation: CONFRONTATION,
  defensive: DEFENSIVE,
  promise: PROMISE,
  admission: ADMISSION,
  empathy: EMPATHY,
  next_step: NEXT_STEP,
};

const CATEGORIES = Object.keys(LEXICONS) as PhraseCategory[];

function compileLexicons(): PhraseIndex<PhraseValue> {
  const patterns = CATEGORIES.flatMap((category) =>
    (['id', 'en'] as const).flatMap((language) =>
      LEXICONS[category][language].map((source) => compilePhrase<PhraseValue>(source, { category, language, source })),
    ),
  );
  return new PhraseIndex(patterns);
}

/** Built once: every phrase of every lexicon in one index, so a draft is read once for all rules. */
const INDEX = compileLexicons();

export type PhraseSpans = Record<PhraseCategory, ToneSpan[]>;

/** Sorted, overlapping and touching spans joined. */
function mergeSpans(spans: ToneSpan[]): ToneSpan[] {
  if (spans.length < 2) return spans;
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: ToneSpan[] = [spans[0]!];
  for (const span of spans.slice(1)) {
    const last = merged[merged.length - 1]!;
    if (span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push(span);
  }
  return merged;
}

function addPatternSpans(text: string, patterns: readonly TonePattern[] | undefined, into: ToneSpan[]): void {
  if (!patterns) return;
  for (const { regex, requires } of patterns) {
    if (requires !== undefined && !text.includes(requires)) continue;
    for (const match of text.matchAll(regex)) into.push({ start: match.index, end: match.index + match[0].length });
  }
}

/** Where each category's phrases and patterns occur in the draft. */
export function findPhraseSpans(draft: DraftWords): PhraseSpans {
  const spans: PhraseSpans = { confrontation: [], defensive: [], promise: [], admission: [], empathy: [], next_step: [] };
  for (const match of INDEX.findPhrases(draft.words)) {
    spans[match.value.category].push({ start: draft.wordStarts[match.from]!, end: draft.wordEnds[match.to - 1]! });
  }
  for (const category of CATEGORIES) {
    addPatternSpans(draft.text, LEXICONS[category].patterns, spans[category]);
    spans[category] = mergeSpans(spans[category]);
  }
  return spans;
}

/** Which lexicon phrases match `words` (for tests and for explaining a finding). */
export function findPhrases(words: readonly string[]): PhraseValue[] {
  return INDEX.findPhrases(words).map((match) => match.value);
}
