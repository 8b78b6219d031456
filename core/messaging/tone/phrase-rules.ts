import { type DraftWords, PHRASE_BREAK } from './draft-words';
import { PhraseIndex, compilePhrase } from './phrase-pattern';
import { EMPATHY, NEXT_STEP } from './tone-expected.lexicon';
import { ADMISSION, CONFRONTATION, DEFENSIVE, LEGAL_THREAT, PROMISE, type ToneLexicon, type TonePattern } from './tone.lexicon';
import type { ToneSpan } from './tone.types';

/** What a lexicon phrase shows: five things to flag and two things a message should have. */
export type PhraseCategory = 'confrontation' | 'defensive' | 'promise' | 'admission' | 'legal_threat' | 'empathy' | 'next_step';

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
  legal_threat: LEGAL_THREAT,
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

/** Words that turn a phrase around when they come just before it, as the slang lexicon normalises them. */
const NEGATORS: ReadonlySet<string> = new Set(['tidak', 'bukan', 'tak', 'belum', 'not', 'never', 'no', 'cannot']);
/** Categories a negation cancels: `bukan Anda yang salah` is an apology, `we cannot guarantee` is honest. */
const NEGATABLE: ReadonlySet<PhraseCategory> = new Set(['confrontation', 'promise', 'admission', 'legal_threat']);
const NEGATION_REACH = 2;

/** Whether one of the two words before `from` (in the same clause) negates the phrase. */
function isNegated(words: readonly string[], from: number): boolean {
  for (let i = from - 1; i >= 0 && i >= from - NEGATION_REACH; i--) {
    const word = words[i]!;
    if (word === PHRASE_BREAK) return false;
    if (NEGATORS.has(word)) return true;
  }
  return false;
}

/** Where each category's phrases and patterns occur in the draft. */
export function findPhraseSpans(draft: DraftWords): PhraseSpans {
  const spans: PhraseSpans = {
    confrontation: [],
    defensive: [],
    promise: [],
    admission: [],
    legal_threat: [],
    empathy: [],
    next_step: [],
  };
  for (const match of INDEX.findPhrases(draft.words)) {
    if (NEGATABLE.has(match.value.category) && isNegated(draft.words, match.from)) continue;
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
