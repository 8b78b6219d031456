import type { MentionAnalysisView } from '../../../core/api';
import type { CrisisCategory, Sentiment } from '../../../core/analysis';

/** The analysis columns a mention list reads. */
export const ANALYSIS_COLUMNS = [
  'm.sentiment',
  'm.sentiment_negative',
  'm.sentiment_neutral',
  'm.sentiment_positive',
  'm.sentiment_source',
  'm.categories',
  'm.categories_corrected',
  'm.toxicity',
  'm.spam',
  'm.cluster_key',
  'm.key_phrases',
  'm.analysis_version',
] as const;

export interface AnalysisRow {
  sentiment: string | null;
  sentiment_negative: number | null;
  sentiment_neutral: number | null;
  sentiment_positive: number | null;
  sentiment_source: string | null;
  categories: string | null;
  categories_corrected: number | null;
  toxicity: number | null;
  spam: number | null;
  cluster_key: string | null;
  key_phrases: string | null;
  analysis_version: string | null;
}

/** The stored analysis as the API shows it; null for a mention not analysed yet. */
export function toAnalysisView(r: AnalysisRow): MentionAnalysisView | null {
  if (r.sentiment === null || r.analysis_version === null) return null;
  return {
    sentiment: r.sentiment as Sentiment,
    sentimentScores: { negative: r.sentiment_negative ?? 0, neutral: r.sentiment_neutral ?? 0, positive: r.sentiment_positive ?? 0 },
    sentimentSource: (r.sentiment_source ?? 'model') as MentionAnalysisView['sentimentSource'],
    categories: r.categories ? (JSON.parse(r.categories) as CrisisCategory[]) : ['other'],
    categoriesCorrected: r.categories_corrected === 1,
    toxicity: r.toxicity ?? 0,
    spam: r.spam === 1,
    clusterKey: r.cluster_key ?? '',
    keyPhrases: r.key_phrases ? (JSON.parse(r.key_phrases) as string[]) : [],
    version: r.analysis_version,
  };
}
