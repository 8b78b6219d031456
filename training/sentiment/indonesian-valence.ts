import { markWords } from '../../core/analysis/sentiment/sentiment-features';
import { ENGLISH_FUNCTION_WORDS, isNegator } from '../../core/analysis/sentiment/sentiment-cues';
import type { Normalise } from './build-sentiment-model';
import type { LabelledText } from './sentiment-data';

export interface DerivedValenceOptions {
  /** Texts (positive and negative) a word must occur in to get a valence. */
  minCount: number;
  /** Smallest |log-count ratio| kept. */
  minRatio: number;
  /** Valence = ratio × scale, clipped to ±4 like VADER's scale. */
  scale: number;
}

/**
 * Word valences learnt from polarity-labelled texts (PRDECT-ID, IndoLEM): each word's smoothed
 * log-ratio of the share of positive and of negative texts it occurs in. An occurrence inside a
 * negation scope counts for the opposite polarity, so `tidak bagus` does not make `bagus` negative.
 */
export function deriveValences(texts: readonly LabelledText[], normalise: Normalise, options: DerivedValenceOptions): [string, number][] {
  const counts = new Map<string, [number, number]>();
  let positives = 0;
  let negatives = 0;
  for (const { text, label } of texts) {
    if (label === 'neutral') continue;
    const positive = label === 'positive';
    if (positive) positives++;
    else negatives++;
    const { words, breaks } = normalise(text);
    const { negated } = markWords(words, breaks);
    const seen = new Set<string>();
    words.forEach((word, i) => {
      const key = `${negated[i] === true ? '!' : ''}${word}`;
      if (seen.has(key)) return;
      seen.add(key);
      const forPositive = positive !== (negated[i] === true);
      const row = counts.get(word) ?? [0, 0];
      row[forPositive ? 0 : 1]++;
      counts.set(word, row);
    });
  }
  const out: [string, number][] = [];
  for (const [word, [pos, neg]] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // Letters only, three or more; negators and English function words keep their roles, not a valence.
    if (pos + neg < options.minCount || !/^\p{L}[\p{L}-]{2,}$/u.test(word) || isNegator(word) || ENGLISH_FUNCTION_WORDS.has(word)) continue;
    const ratio = Math.log((pos + 1) / (positives + 2)) - Math.log((neg + 1) / (negatives + 2));
    if (Math.abs(ratio) < options.minRatio) continue;
    out.push([word, Math.max(-4, Math.min(4, ratio * options.scale))]);
  }
  return out;
}
