import { Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SENTIMENTS } from '../../../core/analysis/analysis.types';
import { useAnalysisAccuracy } from '../../api/analysis';
import { useFormat } from '../../i18n/format';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { useWorkspace } from '../workspaces/workspace-context';

export function AccuracyCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const { workspace } = useWorkspace();
  const accuracy = useAnalysisAccuracy(workspace.id);
  const ratio = (value: number | null) => (value === null ? '—' : format.percent(value));

  return (
    <Card withBorder component="section" aria-labelledby="accuracy-title">
      <Title order={2} size="h4" id="accuracy-title" mb="sm">
        {t('analysis.accuracyTitle')}
      </Title>
      {accuracy.isPending && <Loading />}
      <ErrorAlert error={accuracy.error} />
      {accuracy.data &&
        (accuracy.data.sentiment.reviewed === 0 && accuracy.data.categories.reviewed === 0 ? (
          <Text c="dimmed">{t('analysis.noReviews')}</Text>
        ) : (
          <Stack gap="sm">
            <Group grow>
              <Figure label={`${t('analysis.sentiment')} · ${t('analysis.accuracy')}`} value={ratio(accuracy.data.sentiment.accuracy)} />
              <Figure label={t('analysis.adaptedAccuracy')} value={ratio(accuracy.data.sentiment.adaptedAccuracy)} />
              <Figure label={`${t('analysis.categories')} · ${t('analysis.accuracy')}`} value={ratio(accuracy.data.categories.accuracy)} />
            </Group>
            <Text size="sm">
              {t('analysis.reviewed')}: {format.number(accuracy.data.sentiment.reviewed)} · {t('analysis.agreed')}:{' '}
              {format.number(accuracy.data.sentiment.agreed)}
            </Text>
            <Table withTableBorder withColumnBorders captionSide="bottom" aria-label={t('analysis.sentiment')}>
              <Table.Caption>{t('analysis.confusionCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th />
                  {SENTIMENTS.map((s) => (
                    <Table.Th key={s}>{t(`analysis.sentiments.${s}`)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {SENTIMENTS.map((predicted) => (
                  <Table.Tr key={predicted}>
                    <Table.Th>{t(`analysis.sentiments.${predicted}`)}</Table.Th>
                    {SENTIMENTS.map((corrected) => (
                      <Table.Td key={corrected}>{accuracy.data.sentiment.confusion[predicted]?.[corrected] ?? 0}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        ))}
    </Card>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </div>
  );
}
