import {
  type AnalyzedText,
  type CategoryRules,
  DEFAULT_CATEGORY_RULES,
  type SentimentModel,
  type StoredSentimentAdjustment,
  type TextAnalyzer,
  createTextAnalyzer,
  parseCategoryRules,
  restoreSentimentAdjustment,
} from '../../../core/analysis';
import type { MentionAnalysis } from '../../pipeline';

/** A workspace's analysis settings as stored, the same on the main thread and in analysis workers. */
export interface WorkspaceAnalysisSettings {
  /** JSON CategoryRules, or null for the shipped ones. */
  categoryRules: string | null;
  /** JSON StoredSentimentAdjustment, or null before any correction. */
  sentimentAdjustment: string | null;
}

export interface AnalysisItem {
  text: string;
  language: string | null;
}

export function rulesOf(settings: WorkspaceAnalysisSettings): CategoryRules {
  return settings.categoryRules ? parseCategoryRules(settings.categoryRules) : DEFAULT_CATEGORY_RULES;
}

export function buildWorkspaceAnalyzer(model: SentimentModel, settings: WorkspaceAnalysisSettings): TextAnalyzer {
  return createTextAnalyzer({
    sentimentModel: model,
    categoryRules: rulesOf(settings),
    sentimentAdjustment: settings.sentimentAdjustment
      ? restoreSentimentAdjustment(JSON.parse(settings.sentimentAdjustment) as StoredSentimentAdjustment)
      : null,
  });
}

/**
 * The analyzer with the analyses of recent texts kept: a text seen again (a repost, a copy-paste
 * campaign, a post delivered twice) is not analysed again. The analysis is pure (the same text, language
 * hint and settings give the same result), so this changes nothing but the time; at most `limit` texts
 * are kept, the oldest dropped first.
 */
export function withRepeatCache(analyzer: TextAnalyzer, limit = 16_384): TextAnalyzer {
  const known = new Map<string, AnalyzedText>();
  return {
    analyze(text, hints = {}) {
      const key = `${hints.language ?? ''}\u0000${text}`;
      const cached = known.get(key);
      if (cached) return cached;
      const analysed = analyzer.analyze(text, hints);
      if (known.size >= limit) known.delete(known.keys().next().value as string);
      known.set(key, analysed);
      return analysed;
    },
  };
}

export function analyzeItems(analyzer: TextAnalyzer, items: readonly AnalysisItem[]): AnalyzedText[] {
  return items.map((item) => analyzer.analyze(item.text, { language: item.language }));
}

/**
 * An analysis as stored with its mention: where its sentiment came from, and the analysis version. Built
 * field by field: a rest-and-spread copy cost about 2 µs a mention in the ingest path's workers.
 */
export function toMentionAnalysis(version: string, analysis: AnalyzedText): MentionAnalysis {
  return {
    language: analysis.language,
    sentiment: analysis.sentiment,
    sentimentScores: analysis.sentimentScores,
    categories: analysis.categories,
    toxicity: analysis.toxicity,
    spam: analysis.spam,
    clusterKey: analysis.clusterKey,
    keyPhrases: analysis.keyPhrases,
    sentimentSource: analysis.adjusted ? 'workspace' : 'model',
    version,
  };
}
