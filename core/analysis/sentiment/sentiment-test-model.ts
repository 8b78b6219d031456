import type { NormalisedText } from '../analysis.types';
import { extractSentimentFeatures, type FeatureConfig } from './sentiment-features';
import type { SentimentModel } from './sentiment-model';

/** Builds a normalised text from words and signals, the way the normaliser would. */
export function normalisedOf(text: string, signals: string[] = []): NormalisedText {
  const words = text.split(' ').filter(Boolean);
  return { tokens: words.map((w) => ({ kind: 'word', raw: w, norm: w })), words, signals };
}

const WORD_ONLY: FeatureConfig = { dimBits: 12, charMin: 3, charMax: 4, charWeight: 0, lexiconWeight: 0 };

/** A tiny hand-weighted model for tests: each listed word (or `!word` for its negated form) pushes one class. */
export function buildTestModel(cues: Record<string, [number, number, number]>): SentimentModel {
  const weights = new Float32Array((1 << WORD_ONLY.dimBits) * 3);
  for (const [cue, row] of Object.entries(cues)) {
    const text = cue.startsWith('!') ? normalisedOf(`tidak ${cue.slice(1)}`) : normalisedOf(cue);
    const features = extractSentimentFeatures(text, WORD_ONLY, new Map());
    // The cue's own unigram is the last word's unigram, after the negator's unigram and the bigram.
    const bucket = cue.startsWith('!') ? features.indices[2] : features.indices[0];
    if (bucket === undefined) throw new Error(`no feature for ${cue}`);
    row.forEach((w, c) => (weights[bucket * 3 + c] = w));
  }
  return { version: 'test', features: WORD_ONLY, lexicon: new Map(), bias: [0, 0.5, 0], temperature: 1, weights };
}
