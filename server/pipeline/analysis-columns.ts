import type { Insertable } from 'kysely';
import type { CrisisCategory } from '../../core/analysis';
import type { MentionCategoriesTable, MentionsTable } from '../db/schema';
import type { MentionAnalysis } from './pipeline.types';

type AnalysisColumns = Pick<
  Insertable<MentionsTable>,
  | 'sentiment'
  | 'sentiment_negative'
  | 'sentiment_neutral'
  | 'sentiment_positive'
  | 'sentiment_source'
  | 'categories'
  | 'toxicity'
  | 'spam'
  | 'cluster_key'
  | 'key_phrases'
  | 'analysis_version'
>;

/** The mention columns that hold its analysis; all null when the mention was not analysed. */
export function analysisColumns(analysis: MentionAnalysis | undefined): AnalysisColumns {
  if (!analysis) return {};
  return {
    sentiment: analysis.sentiment,
    sentiment_negative: analysis.sentimentScores.negative,
    sentiment_neutral: analysis.sentimentScores.neutral,
    sentiment_positive: analysis.sentimentScores.positive,
    sentiment_source: analysis.sentimentSource,
    categories: JSON.stringify(analysis.categories),
    toxicity: analysis.toxicity,
    spam: analysis.spam ? 1 : 0,
    cluster_key: analysis.clusterKey,
    key_phrases: JSON.stringify(analysis.keyPhrases),
    analysis_version: analysis.version,
  };
}

/** One index row per crisis category; `other` is left out so the category filter only sees real ones. */
export function categoryRows(
  workspaceId: number,
  mentionId: number,
  createdAt: number,
  categories: readonly CrisisCategory[],
): Insertable<MentionCategoriesTable>[] {
  return categories
    .filter((category) => category !== 'other')
    .map((category) => ({ workspace_id: workspaceId, mention_id: mentionId, category, created_at: createdAt }));
}
