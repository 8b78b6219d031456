import { Alert, Anchor, Badge, Button, Group, MultiSelect, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CRISIS_CATEGORIES, type CrisisCategory, SENTIMENTS, type Sentiment } from '../../../core/analysis/analysis.types';
import type { MentionAnalysisView, MentionDetail } from '../../../core/api';
import { useCorrectMention } from '../../api/analysis';
import { useFormat } from '../../i18n/format';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';
import { AnalysisBadges } from './analysis-badges';
import { withoutContradiction } from './category-choice';

interface AnalysisPanelProps {
  mention: MentionDetail;
  /** Shows the copies and near-copies of this mention's text in the list. */
  onShowCluster: (clusterKey: string) => void;
}

export function AnalysisPanel({ mention, onShowCluster }: AnalysisPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useWorkspace();
  const analysis = mention.analysis;
  const percent = (value: number) => format.percent(value);

  return (
    <Stack gap="xs" component="section" aria-labelledby="mention-analysis-title">
      <Title order={3} size="h5" id="mention-analysis-title">
        {t('analysis.title')}
      </Title>
      <AnalysisBadges analysis={analysis} />
      {analysis && (
        <>
          <Text size="sm" c="dimmed">
            {t('analysis.scores', {
              negative: percent(analysis.sentimentScores.negative),
              neutral: percent(analysis.sentimentScores.neutral),
              positive: percent(analysis.sentimentScores.positive),
            })}{' '}
            ({t(`analysis.source.${analysis.sentimentSource}`)}
            {analysis.categoriesCorrected ? `; ${t('analysis.correctedCategories')}` : ''})
          </Text>
          <Text size="sm">
            {t('analysis.detectedLanguage')}:{' '}
            {mention.language ? t(`analysis.languages.${mention.language}`, { defaultValue: mention.language }) : '—'}
            {' · '}
            {t('analysis.toxicity')}: {percent(analysis.toxicity)}
          </Text>
          {analysis.keyPhrases.length > 0 && (
            <Group gap={4} aria-label={t('analysis.keyPhrases')}>
              <Text size="sm">{t('analysis.keyPhrases')}:</Text>
              {analysis.keyPhrases.map((phrase) => (
                <Badge key={phrase} variant="outline" color="blue" tt="none">
                  {phrase}
                </Badge>
              ))}
            </Group>
          )}
          <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onShowCluster(analysis.clusterKey)}>
            {t('analysis.showCluster')}
          </Anchor>
          {can('analysis.correct') && <CorrectionForm mentionId={mention.id} analysis={analysis} />}
        </>
      )}
    </Stack>
  );
}

function CorrectionForm({ mentionId, analysis }: { mentionId: number; analysis: MentionAnalysisView }) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const correct = useCorrectMention(workspace.id, mentionId);
  const [sentiment, setSentiment] = useState<Sentiment>(analysis.sentiment);
  const [categories, setCategories] = useState<CrisisCategory[]>(analysis.categories);
  const categoriesChanged = [...categories].sort().join() !== [...analysis.categories].sort().join();

  const save = () => {
    correct.mutate({
      sentiment,
      ...(categoriesChanged && categories.length > 0 ? { categories } : {}),
    });
  };

  return (
    <Stack gap="xs" mt="xs" p="sm" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}>
      <Text fw={600} size="sm" id="correction-title">
        {t('analysis.correct')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('analysis.correctHint')}
      </Text>
      <SegmentedControl
        aria-label={t('analysis.sentiment')}
        value={sentiment}
        onChange={(value) => setSentiment(value as Sentiment)}
        data={SENTIMENTS.map((s) => ({ value: s, label: t(`analysis.sentiments.${s}`) }))}
      />
      <MultiSelect
        label={t('analysis.categories')}
        value={categories}
        onChange={(value) => setCategories(withoutContradiction(categories, value as CrisisCategory[]))}
        data={CRISIS_CATEGORIES.map((c) => ({ value: c, label: t(`analysis.categoryNames.${c}`) }))}
        comboboxProps={{ withinPortal: true }}
      />
      {correct.isError && <ErrorAlert error={correct.error} />}
      {correct.isSuccess && (
        <Alert color="teal" variant="light" role="status">
          {t('analysis.correctionSaved')}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button size="xs" onClick={save} loading={correct.isPending} disabled={categories.length === 0}>
          {t('analysis.saveCorrection')}
        </Button>
      </Group>
    </Stack>
  );
}
