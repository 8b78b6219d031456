export * from './analysis.types';
export { type AnalyzeHints, type AnalyzedText, type TextAnalyzer, type TextAnalyzerOptions, createTextAnalyzer } from './analyze-text';
export {
  CategoryRulesError,
  type CategoryRules,
  DEFAULT_CATEGORY_RULES,
  categoryRulesSchema,
  classifyCategories,
  parseCategoryRules,
} from './categories';
export { EMPTY_CLUSTER_KEY, areNearDuplicates, clusterBands, computeClusterKey, hammingDistance } from './cluster';
export { detectLanguage } from './language';
export { extractKeyPhrases } from './phrases';
export {
  type SentimentAdjustment,
  type SentimentModel,
  type StoredSentimentAdjustment,
  fitSentimentAdjustment,
  parseSentimentModel,
  restoreSentimentAdjustment,
  scoreSentiment,
  storeSentimentAdjustment,
} from './sentiment';
export { detectSpam } from './spam';
export { normaliseText, tokenizeText } from './text';
export { scoreToxicity } from './toxicity';
