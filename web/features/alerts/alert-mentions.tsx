import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Alert } from '../../../core/api';
import { useMentions } from '../../api/mentions';
import { useFormat } from '../../i18n/format';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { AnalysisBadges } from '../mentions/analysis-badges';
import { EMPTY_FILTERS, toMentionQuery, writeMentionFilters } from '../mentions/mention-filters';
import { authorLabel } from '../mentions/mention-table';
import { useWorkspace } from '../workspaces/workspace-context';

const SHOWN = 10;

/** The Mentions page's filters for the mentions behind an alert. */
export function alertMentionFilters(alert: Pick<Alert, 'mentions'>) {
  const m = alert.mentions;
  return {
    ...EMPTY_FILTERS,
    brandId: m.brandId === undefined ? '' : String(m.brandId),
    platform: m.platform ?? '',
    post: m.post ?? '',
    sentiment: m.sentiment ?? '',
    category: m.category ?? '',
    cluster: m.cluster ?? '',
    q: m.q ?? '',
    after: String(m.from),
    before: String(m.to),
  };
}

/** The latest mentions behind the alert, and a link to all of them on the Mentions page. */
export function AlertMentions({ alert }: { alert: Alert }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { workspace } = useWorkspace();
  const filters = useMemo(() => alertMentionFilters(alert), [alert]);
  const mentions = useMentions(
    workspace.id,
    useMemo(() => toMentionQuery(filters), [filters]),
  );
  const items = mentions.data?.pages[0]?.items.slice(0, SHOWN) ?? [];
  const link = `/w/${workspace.id}/mentions?${writeMentionFilters(filters).toString()}`;

  return (
    <Stack gap="xs" component="section" aria-labelledby="alert-mentions">
      <Group justify="space-between" align="baseline">
        <Title order={3} size="h5" id="alert-mentions">
          {t('alerts.mentionsBehind')}
        </Title>
        <Anchor component={Link} to={link} size="sm">
          {t('alerts.openInMentions')}
        </Anchor>
      </Group>
      {mentions.isPending && <Loading />}
      <ErrorAlert error={mentions.error} onRetry={() => void mentions.refetch()} />
      {mentions.isSuccess && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('alerts.noMentions')}
        </Text>
      )}
      {items.length > 0 && (
        <>
          <List listStyleType="none" spacing="sm" aria-label={t('alerts.mentionsBehind')}>
            {items.map((mention) => (
              <List.Item key={mention.id} data-mention-id={mention.id}>
                <Group gap={6} mb={2}>
                  <Text size="xs" fw={600}>
                    {authorLabel(mention, t('mentions.unknownAuthor'))}
                  </Text>
                  <Badge size="xs" variant="light" color="gray">
                    {mention.platform}
                  </Badge>
                  <Text size="xs" c="dimmed" component="time" dateTime={new Date(mention.createdAt).toISOString()}>
                    {format.dateTime(mention.createdAt)}
                  </Text>
                </Group>
                <Text size="sm" lineClamp={2} lang={mention.language ?? undefined} mb={4}>
                  {mention.text}
                </Text>
                <AnalysisBadges analysis={mention.analysis} />
              </List.Item>
            ))}
          </List>
          {(mentions.hasNextPage || (mentions.data?.pages[0]?.items.length ?? 0) > SHOWN) && (
            <Text size="xs" c="dimmed">
              {t('alerts.mentionsShown', { shown: SHOWN })}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
