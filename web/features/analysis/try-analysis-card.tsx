import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalysePreview } from '../../api/analysis';
import { useFormat } from '../../i18n/format';
import { ErrorAlert } from '../../ui/error-alert';
import { AnalysisBadges } from '../mentions/analysis-badges';
import { useWorkspace } from '../workspaces/workspace-context';

/** Analyses a typed text with the workspace's analysis, so people can see how Siaga reads a post. */
export function TryAnalysisCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const { workspace } = useWorkspace();
  const preview = useAnalysePreview(workspace.id);
  const [text, setText] = useState('');
  const result = preview.data;

  return (
    <Card withBorder component="section" aria-labelledby="try-title">
      <Title order={2} size="h4" id="try-title" mb="sm">
        {t('analysis.tryTitle')}
      </Title>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) preview.mutate(text);
        }}
      >
        <Stack gap="sm">
          <Textarea
            aria-label={t('analysis.tryTitle')}
            placeholder={t('analysis.tryPlaceholder')}
            autosize
            minRows={3}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={preview.isPending} disabled={!text.trim()}>
              {t('analysis.tryButton')}
            </Button>
          </Group>
          <ErrorAlert error={preview.error} />
          {result && (
            <Stack gap={4} aria-live="polite" data-testid="analysis-result">
              <AnalysisBadges analysis={{ ...result, categoriesCorrected: false }} />
              <Text size="sm">
                {t('analysis.detectedLanguage')}: {t(`analysis.languages.${result.language}`)} · {t('analysis.toxicity')}:{' '}
                {format.percent(result.toxicity)}
              </Text>
              <Text size="sm" c="dimmed">
                {t('analysis.scores', {
                  negative: format.percent(result.sentimentScores.negative),
                  neutral: format.percent(result.sentimentScores.neutral),
                  positive: format.percent(result.sentimentScores.positive),
                })}
              </Text>
              {result.keyPhrases.length > 0 && (
                <Text size="sm">
                  {t('analysis.keyPhrases')}: {result.keyPhrases.join(', ')}
                </Text>
              )}
            </Stack>
          )}
        </Stack>
      </form>
    </Card>
  );
}
