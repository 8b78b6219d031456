import { Alert, Button, Card, Grid, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAcknowledgePolicy, usePolicy, usePolicyVersions } from '../../api/plan';
import { useFormat } from '../../i18n/format';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { useWorkspace } from '../workspaces/workspace-context';
import { MarkdownView } from './markdown-view';
import { PolicyAcknowledgementsCard } from './policy-acknowledgements';
import { PolicyPublishModal } from './policy-publish-modal';

/** The policy to read and acknowledge; crisis leads publish versions and see who has not acknowledged. */
export function PolicyPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { workspace, can } = useWorkspace();
  const policy = usePolicy(workspace.id);
  const versions = usePolicyVersions(workspace.id);
  const acknowledge = useAcknowledgePolicy(workspace.id);
  const [publishing, setPublishing] = useState(false);
  const canPublish = can('policy.publish');
  const current = policy.data?.current ?? null;

  return (
    <>
      <PageHeader
        title={t('plan.policy.title')}
        subtitle={t('plan.policy.subtitle')}
        actions={
          canPublish &&
          current && (
            <Button variant="default" onClick={() => setPublishing(true)}>
              {t('plan.policy.publishNew')}
            </Button>
          )
        }
      />
      {policy.isPending && <Loading />}
      <ErrorAlert error={policy.error} onRetry={() => void policy.refetch()} />
      {policy.data && !current && (
        <EmptyState
          title={t('plan.policy.none')}
          action={canPublish && <Button onClick={() => setPublishing(true)}>{t('plan.policy.publishFirst')}</Button>}
        >
          {t('plan.policy.noneHint')}
        </EmptyState>
      )}
      {current && (
        <Grid>
          <Grid.Col span={{ base: 12, md: canPublish ? 8 : 12 }}>
            <Card withBorder component="article" aria-label={current.title}>
              <Text size="sm" c="dimmed">
                {t('plan.policy.meta', {
                  n: current.version,
                  date: format.dateTime(current.publishedAt),
                  name: current.publishedBy?.name ?? '—',
                })}
              </Text>
              <MarkdownView source={current.body} />
              {policy.data?.acknowledgedAt ? (
                <Alert color="teal" variant="light" role="status">
                  {t('plan.policy.acknowledged', { date: format.dateTime(policy.data.acknowledgedAt) })}
                </Alert>
              ) : (
                <Stack gap="xs">
                  <ErrorAlert error={acknowledge.error} />
                  <Button color="teal" loading={acknowledge.isPending} onClick={() => acknowledge.mutate(current.version)}>
                    {t('plan.policy.acknowledge')}
                  </Button>
                </Stack>
              )}
            </Card>
          </Grid.Col>
          {canPublish && (
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack>
                <PolicyAcknowledgementsCard />
                {versions.data && versions.data.length > 1 && (
                  <Card withBorder component="section" aria-labelledby="policy-history-title">
                    <Title order={2} size="h4" id="policy-history-title" mb="xs">
                      {t('plan.policy.history')}
                    </Title>
                    <List size="sm">
                      {versions.data.map((v) => (
                        <List.Item key={v.version}>
                          {t('plan.policy.meta', { n: v.version, date: format.date(v.publishedAt), name: v.publishedBy?.name ?? '—' })} ·{' '}
                          {t('plan.policy.ackCount', { count: v.acknowledged })}
                          {v.note && (
                            <Text size="xs" c="dimmed">
                              “{v.note}”
                            </Text>
                          )}
                        </List.Item>
                      ))}
                    </List>
                  </Card>
                )}
              </Stack>
            </Grid.Col>
          )}
        </Grid>
      )}
      <PolicyPublishModal opened={publishing} current={current} onClose={() => setPublishing(false)} />
    </>
  );
}
