import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MentionAnalysisView } from '../../../core/api';

const SENTIMENT_COLOR = { negative: 'red', neutral: 'gray', positive: 'teal' } as const;

/** A toxicity score from which the mention is flagged toxic, as in the filter. */
const TOXIC_FROM = 0.5;

export function SentimentBadge({ analysis }: { analysis: Pick<MentionAnalysisView, 'sentiment' | 'sentimentScores'> }) {
  const { t } = useTranslation();
  const confidence = Math.round(analysis.sentimentScores[analysis.sentiment] * 100);
  return (
    <Badge color={SENTIMENT_COLOR[analysis.sentiment]} variant="light" title={`${confidence}%`} data-sentiment={analysis.sentiment}>
      {t(`analysis.sentiments.${analysis.sentiment}`)}
    </Badge>
  );
}

/** Sentiment, the crisis categories other than "other", and toxic or spam flags. */
export function AnalysisBadges({ analysis }: { analysis: MentionAnalysisView | null }) {
  const { t } = useTranslation();
  if (!analysis)
    return (
      <Badge variant="outline" color="gray">
        {t('analysis.notAnalysed')}
      </Badge>
    );
  return (
    <Group gap={4}>
      <SentimentBadge analysis={analysis} />
      {analysis.categories
        .filter((c) => c !== 'other')
        .map((category) => (
          <Badge key={category} size="sm" variant="dot" color="orange" tt="none" style={{ overflow: 'visible' }}>
            {t(`analysis.categoryNames.${category}`)}
          </Badge>
        ))}
      {analysis.toxicity >= TOXIC_FROM && (
        <Badge size="sm" color="grape" variant="filled">
          {t('analysis.toxic')}
        </Badge>
      )}
      {analysis.spam && (
        <Badge size="sm" color="yellow" variant="filled">
          {t('analysis.spam')}
        </Badge>
      )}
    </Group>
  );
}
