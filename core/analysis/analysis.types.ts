/**
 * The contract between the parts of the text analysis. Each part lives in its own folder
 * (`text/`, `language/`, `sentiment/`, `categories/`, `toxicity/`, `cluster/`, `phrases/`) and
 * `analyze-text.ts` composes them.
 */

export type TokenKind = 'word' | 'hashtag' | 'handle' | 'url' | 'emoji' | 'emoticon' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  /** The token as written. */
  raw: string;
  /** Lower-cased, accents removed, repeated letters squeezed, leetspeak undone; for emoji the emoji itself. */
  norm: string;
}

export interface NormalisedText {
  tokens: Token[];
  /**
   * The normalised word sequence every classifier reads: slang expanded (`gak` → `tidak`),
   * hashtags split (`#KecewaBerat` → `kecewa`, `berat`), reduplication reduced, clitics split
   * (`makanannya` → `makanan`, `nya`). Handles and URLs are left out.
   */
  words: string[];
  /** Emoji and emoticons as signals, e.g. `😡`, `:(`. */
  signals: string[];
  /**
   * Indices into `words` before which a sentence, line, link, emoji or hashtag separates words, so
   * phrase extraction never joins words across them. Absent means no known boundaries.
   */
  breaks?: number[];
}

export type LanguageCode = 'id' | 'en' | 'jv' | 'su' | 'ms' | 'und';
export const LANGUAGE_CODES: readonly LanguageCode[] = ['id', 'en', 'jv', 'su', 'ms', 'und'];

export type Sentiment = 'negative' | 'neutral' | 'positive';
export const SENTIMENTS: readonly Sentiment[] = ['negative', 'neutral', 'positive'];

/** Calibrated probabilities that sum to 1. */
export interface SentimentScores {
  negative: number;
  neutral: number;
  positive: number;
}

export type CrisisCategory =
  | 'product_quality'
  | 'service_delivery'
  | 'price_billing'
  | 'data_privacy'
  | 'account_security'
  | 'offensive_content'
  | 'scandal_legal'
  | 'hoax'
  | 'outage'
  | 'other';

export const CRISIS_CATEGORIES: readonly CrisisCategory[] = [
  'product_quality',
  'service_delivery',
  'price_billing',
  'data_privacy',
  'account_security',
  'offensive_content',
  'scandal_legal',
  'hoax',
  'outage',
  'other',
];

export interface TextAnalysis {
  language: LanguageCode;
  sentiment: Sentiment;
  sentimentScores: SentimentScores;
  /** At least one; `other` alone when no crisis category applies. */
  categories: CrisisCategory[];
  /** 0…1 */
  toxicity: number;
  spam: boolean;
  /** Near-duplicate similarity key: copies and light edits share it. */
  clusterKey: string;
  keyPhrases: string[];
}
