export {
  scoreSentiment,
  storeSentimentAdjustment,
  restoreSentimentAdjustment,
  type SentimentAdjustment,
  type SentimentResult,
  type StoredSentimentAdjustment,
} from './score-sentiment';
export { fitSentimentAdjustment, type AdjustmentOptions, type SentimentCorrection } from './fit-sentiment-adjustment';
export { parseSentimentModel, SENTIMENT_MODEL_FORMAT, type SentimentModel, type SentimentModelArtifact } from './sentiment-model';
export { extractSentimentFeatures, markWords, type FeatureConfig, type FeatureVector, type ValenceLexicon } from './sentiment-features';
export { scoreValence, type ValenceScores } from './valence-scorer';
export { HashedValenceTable, buildHashedValenceTable } from './valence-table';
export { SIGNAL_VALENCE } from './signal-valence';
