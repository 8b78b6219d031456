import type { LanguageCode, TextAnalysis } from './analysis.types';
import { type CategoryRules, DEFAULT_CATEGORY_RULES, classifyCategories } from './categories';
import { computeClusterKey } from './cluster';
import { detectLanguage } from './language';
import { extractKeyPhrases } from './phrases';
import { type SentimentAdjustment, type SentimentModel, scoreSentiment } from './sentiment';
import { detectSpam } from './spam';
import { normaliseText } from './text';
import { scoreToxicity } from './toxicity';

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
      const normalised = normaliseText(text);
      const declared = hints.language ?? null;
      const language: LanguageCode =
        declared && KNOWN_LANGUAGES.has(declared) ? (declared as LanguageCode) : detectLanguage(text, normalised).language;
      const { sentiment, scores } = scoreSentiment(options.sentimentModel, normalised, adjustment);
      return {
        language,
        sentiment,
        sentimentScores: scores,
        categories: classifyCategories(normalised, rules),
        toxicity: scoreToxicity(normalised, text).toxicity,
        spam: detectSpam(normalised, text).spam,
        clusterKey: computeClusterKey(normalised),
        keyPhrases: extractKeyPhrases(normalised, phraseLimit),
        adjusted: adjustment !== undefined,
      };
    },
  };
}
