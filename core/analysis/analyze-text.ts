import type { LanguageCode, TextAnalysis } from './analysis.types';
import { type CategoryRules, DEFAULT_CATEGORY_RULES, classifyWordRecords } from './categories';
import { clusterKeyOf } from './cluster';
import { detectLanguageOf } from './language';
import { extractKeyPhrasesOf } from './phrases';
import { type SentimentAdjustment, type SentimentModel, scoreSentiment } from './sentiment';
import { sentimentWordsOfRecords } from './sentiment/sentiment-word';
import { detectSpamIn } from './spam';
import { normaliseTextWithLayout } from './text/text.normaliser';
import { scoreToxicityOf } from './toxicity';

export interface TextAnalyzerOptions {
  sentimentModel: SentimentModel;
  categoryRules?: CategoryRules;
  /** A workspace's learnt adjustment from its corrections, applied on top of the shipped model. */
  sentimentAdjustment?: SentimentAdjustment | null;
  /** How many key phrases to keep per text. */
  keyPhrases?: number;
}

export interface AnalyzeHints {
  /** The language the source declared; it wins over detection when it is one we know. */
  language?: string | null;
}

export interface AnalyzedText extends TextAnalysis {
  /** Whether the workspace adjustment was applied to the sentiment. */
  adjusted: boolean;
}

export interface TextAnalyzer {
  analyze(text: string, hints?: AnalyzeHints): AnalyzedText;
}

const KNOWN_LANGUAGES = new Set<string>(['id', 'en', 'jv', 'su', 'ms']);

/**
 * Everything Siaga reads in one text, normalised once and shared by every part: language,
 * sentiment with calibrated probabilities, crisis categories, toxicity, spam, the near-duplicate
 * cluster key and key phrases. Pure: the same text and resources give the same analysis.
 */
export function createTextAnalyzer(options: TextAnalyzerOptions): TextAnalyzer {
  const rules = options.categoryRules ?? DEFAULT_CATEGORY_RULES;
  const adjustment = options.sentimentAdjustment ?? undefined;
  const phraseLimit = options.keyPhrases ?? 5;
  return {
    analyze(text, hints = {}) {
      const layout = normaliseTextWithLayout(text);
      const { normalised } = layout;
      const declared = hints.language ?? null;
      const language: LanguageCode =
        declared && KNOWN_LANGUAGES.has(declared) ? (declared as LanguageCode) : detectLanguageOf(normalised, layout.writtenWords).language;
      // The normaliser found each word's record; the parts below read their facts off it.
      const words = layout.records;
      const { sentiment, scores } = scoreSentiment(options.sentimentModel, normalised, adjustment, sentimentWordsOfRecords(words));
      return {
        language,
        sentiment,
        sentimentScores: scores,
        categories: classifyWordRecords(words, rules),
        toxicity: scoreToxicityOf(words, text, layout).toxicity,
        spam: detectSpamIn(words, text).spam,
        clusterKey: clusterKeyOf(words, normalised.signals),
        keyPhrases: extractKeyPhrasesOf(normalised, words, phraseLimit),
        adjusted: adjustment !== undefined,
      };
    },
  };
}
