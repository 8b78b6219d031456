import { Anchor, Badge, Button, Card, Group, NumberInput, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAccounts, useSandboxPosts, useSetSandboxFailures } from '../../api/outbox';
import { useFormat } from '../../i18n/format';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { AccountBadge } from '../outbox/account-badge';
import { useWorkspace } from '../workspaces/workspace-context';

/** A sandbox account's record: what would have been posted, replied, hidden, deleted or blocked. */
export function SandboxPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { workspace, can } = useWorkspace();
  const accountId = Number(useParams().accountId);
  const account = useAccounts(workspace.id).data?.find((a) => a.id === accountId);
  const posts = useSandboxPosts(workspace.id, accountId);

  return (
    <>
      <PageHeader
        title={t('accounts.sandboxTitle')}
        subtitle={t('accounts.sandboxSubtitle')}
        above={
          <Anchor component={Link} to={`/w/${workspace.id}/accounts`} size="sm">
            ← {t('accounts.title')}
          </Anchor>
        }
      />
      <Stack>
        {account && <AccountBadge account={account} />}
        {can('accounts.manage') && <FailureDrill accountId={accountId} />}
        <ErrorAlert error={posts.error} onRetry={() => void posts.refetch()} />
        {posts.isPending && <Loading />}
        {posts.data &&
          (posts.data.length === 0 ? (
            <EmptyState title={t('accounts.sandboxEmpty')} />
          ) : (
            <Table verticalSpacing="sm" aria-label={t('accounts.sandboxTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('accounts.when')}</Table.Th>
                  <Table.Th>{t('outbox.action')}</Table.Th>
                  <Table.Th>{t('outbox.text')}</Table.Th>
                  <Table.Th>{t('accounts.externalId')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {posts.data.map((post) => (
                  <Table.Tr key={post.id} id={post.externalId} data-testid="sandbox-row">
                    <Table.Td>
                      <Text size="sm">{format.dateTime(post.createdAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`outbox.actions.${post.action}`)}</Badge>
                    </Table.Td>
                    <Table.Td maw={420}>
                      <Text size="sm">{post.text ?? ''}</Text>
                      {post.targetExternalId && (
                        <Text size="xs" c="dimmed">
                          {t('accounts.onTarget', { id: post.targetExternalId })}
                        </Text>
                      )}
                      {post.authorHandle && (
                        <Text size="xs" c="dimmed">
                          @{post.authorHandle}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" ff="monospace">
                        {post.externalId}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ))}
      </Stack>
    </>
  );
}

/** Makes the next calls fail, to rehearse an outage: the outbox should retry, then succeed once. */
function FailureDrill({ accountId }: { accountId: number }) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const setFailures = useSetSandboxFailures(workspace.id, accountId);
  const [count, setCount] = useState<number>(2);
  const [retryable, setRetryable] = useState(true);
  return (
    <Card withBorder component="section" aria-labelledby="drill-title">
      <Title order={2} size="h5" id="drill-title">
        {t('accounts.drillTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('accounts.drillHelp')}
      </Text>
      <Group align="flex-end">
        <NumberInput label={t('accounts.drillCount')} min={0} max={100} value={count} onChange={(v) => setCount(Number(v) || 0)} w={160} />
        <Switch label={t('accounts.drillRetryable')} checked={retryable} onChange={(e) => setRetryable(e.currentTarget.checked)} />
        <Button
          variant="light"
          loading={setFailures.isPending}
          onClick={() => setFailures.mutate({ count, retryable, message: t('accounts.drillMessage') })}
        >
          {t('accounts.drillApply')}
        </Button>
        {setFailures.isSuccess && <Text size="sm">{t('accounts.drillSet', { count })}</Text>}
      </Group>
      <ErrorAlert error={setFailures.error} />
    </Card>
  );
}
