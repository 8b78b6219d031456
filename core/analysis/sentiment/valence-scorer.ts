import type { NormalisedText } from '../analysis.types';
import { AFTER_CONTRAST, BEFORE_CONTRAST, BOOSTER_STEP, CAPS_STEP, EXCLAMATION_STEP, NEGATION_SCALE } from './sentiment-cues';
import { Cue, cuesOf } from './sentiment-word';
import type { ValenceLexicon } from './valence-table';
import { SIGNAL_VALENCE } from './signal-valence';

/** Rule-based valence of a text, in the manner of VADER: a compound score and the shares of each polarity. */
export interface ValenceScores {
  /** −1…1 */
  compound: number;
  /** Shares of positive, negative and neutral words; they sum to 1 (all 0 for an empty text). */
  positive: number;
  negative: number;
  neutral: number;
}

/** Normalises a valence sum into −1…1 the way VADER does (alpha 15). */
function normaliseSum(sum: number): number {
  return sum / Math.sqrt(sum * sum + 15);
}

/** The valence step a word's cues give the lexicon word after it. */
function boosterOf(cue: number | undefined): number {
  if (cue === undefined) return 0;
  if ((cue & Cue.preIntensifier) !== 0) return BOOSTER_STEP;
  if ((cue & Cue.dampener) !== 0) return -BOOSTER_STEP;
  return 0;
}

function hasUpper(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code > 0x7f && raw[i] !== raw[i]?.toLowerCase())) return true;
  }
  return false;
}

/** Words written in capitals among lower-case words: their valence is emphasised. */
function shoutedWords(text: NormalisedText): ReadonlySet<string> | undefined {
  let caps: Set<string> | undefined;
  let lower = false;
  for (const token of text.tokens) {
    if (token.kind !== 'word') continue;
    const isCaps = token.raw.length > 1 && hasUpper(token.raw) && token.raw === token.raw.toUpperCase();
    if (isCaps) (caps ??= new Set()).add(token.norm);
    else lower = true;
  }
  return lower ? caps : undefined;
}

function exclamations(text: NormalisedText): number {
  let count = 0;
  for (const token of text.tokens) if (token.kind === 'punct' && token.raw.startsWith('!')) count += token.raw.length;
  return Math.min(4, count);
}

/**
 * Scores a normalised text with a valence lexicon: each lexicon word's valence, strengthened or
 * weakened by an intensifier or dampener before it (or `banget`/`sekali` after it), flipped and damped
 * inside a negation scope (`negated`, from `markWords`), emphasised when shouted in capitals; the
 * clause after the last contrast word (`tapi`, `but`) weighs 1.5, the one before 0.5; `!` adds emphasis.
 * Emoji and emoticons add their own valence.
 */
export function scoreValence(
  text: NormalisedText,
  lexicon: ValenceLexicon,
  negated: readonly boolean[],
  /** Each word's lexicon valence and cue bits (`SentimentWord`) when the caller has them already. */
  known?: { valences: readonly (number | undefined)[]; cues: readonly number[] },
): ValenceScores {
  const { words } = text;
  const cues = known?.cues ?? words.map(cuesOf);
  let lastContrast = -1;
  for (let i = 0; i < cues.length; i++) if ((cues[i]! & Cue.breaker) !== 0) lastContrast = i;
  const shouted = text.tokens.length > 0 ? shoutedWords(text) : undefined;
  let sum = 0;
  let positive = 0;
  let negative = 0;
  let neutral = 0;
  const add = (v: number): void => {
    sum += v;
    if (v > 0) positive += v + 1;
    else if (v < 0) negative += 1 - v;
    else neutral += 1;
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const base = known ? known.valences[i] : lexicon.get(word);
    if (base === undefined || (cues[i]! & (Cue.preIntensifier | Cue.dampener)) !== 0) {
      neutral += 1;
      continue;
    }
    let v = base;
    const sign = Math.sign(base);
    const boost =
      boosterOf(cues[i - 1]) +
      0.95 * boosterOf(cues[i - 2]) +
      0.9 * boosterOf(cues[i - 3]) +
      (((cues[i + 1] ?? 0) & Cue.postIntensifier) !== 0 ? BOOSTER_STEP : 0);
    v += sign * boost;
    if (shouted?.has(word)) v += sign * CAPS_STEP;
    if (negated[i] === true) v *= NEGATION_SCALE;
    if (lastContrast >= 0) v *= i < lastContrast ? BEFORE_CONTRAST : AFTER_CONTRAST;
    add(v);
  }
  for (const signal of text.signals) {
    const v = lexicon.get(signal) ?? SIGNAL_VALENCE.get(signal);
    if (v !== undefined) add(v);
  }
  if (sum !== 0) sum += Math.sign(sum) * EXCLAMATION_STEP * exclamations(text);
  const total = positive + negative + neutral;
  return {
    compound: normaliseSum(sum),
    positive: total > 0 ? positive / total : 0,
    negative: total > 0 ? negative / total : 0,
    neutral: total > 0 ? neutral / total : 0,
  };
}
