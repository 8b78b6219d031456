import { Badge, Group, Loader, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQueryPreview } from '../../api/brands';
import { useFormat } from '../../i18n/format';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';
import { authorLabel } from '../mentions/mention-table';

/** Stored mentions the (debounced) query matches, as the server sees it. */
export function QueryPreview({ query, enabled }: { query: string; enabled: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { workspace } = useWorkspace();
  const preview = useQueryPreview(workspace.id, query, enabled);
  const data = preview.data;

  return (
    <Paper withBorder p="sm" radius="md" aria-live="polite" aria-busy={preview.isFetching}>
      <Group justify="space-between" mb={4}>
        <Title order={3} size="h5">
          {t('queries.preview')}
        </Title>
        {preview.isFetching && <Loader size="xs" aria-label={t('app.loading')} />}
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {t('queries.previewHelp')}
      </Text>
      {!query.trim() && <Text size="sm">{t('queries.previewEmpty')}</Text>}
      {preview.isError && <ErrorAlert error={preview.error} />}
      {data && query.trim() && !data.valid && data.error && (
        <Text size="sm" c="red.7">
          {t('queries.syntaxError', { message: data.error.message })}
        </Text>
      )}
      {data && query.trim() && data.valid && (
        <>
          <Text size="sm" fw={600} mb="xs">
            {t('queries.scanned', { scanned: format.number(data.scanned), matches: format.number(data.matches.length) })}
          </Text>
          {data.matches.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('queries.noPreviewMatches')}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={360}>
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {data.matches.map((mention) => (
                  <li key={mention.id}>
                    <Group gap={6} wrap="nowrap">
                      <Badge size="xs" variant="light" color="gray">
                        {mention.platform}
                      </Badge>
                      <Text size="xs" c="dimmed" truncate>
                        {authorLabel(mention, t('mentions.unknownAuthor'))} · {format.dateTime(mention.createdAt)}
                      </Text>
                    </Group>
                    <Text size="sm" lineClamp={2}>
                      {mention.text}
                    </Text>
                  </li>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          )}
        </>
      )}
    </Paper>
  );
}
