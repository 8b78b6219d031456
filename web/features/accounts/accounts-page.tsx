import { Anchor, Badge, Button, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccounts } from '../../api/outbox';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { AccountBadge } from '../outbox/account-badge';
import { useWorkspace } from '../workspaces/workspace-context';
import { AddAccountForm } from './add-account-form';
import { PublishersCell } from './publishers-cell';

/** The brands' own accounts, and which of them Siaga can post through yet. */
export function AccountsPage() {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const accounts = useAccounts(workspace.id);
  const [adding, setAdding] = useState(false);

  return (
    <>
      <PageHeader
        title={t('accounts.title')}
        subtitle={t('accounts.subtitle')}
        actions={can('accounts.manage') && <Button onClick={() => setAdding(true)}>{t('accounts.add')}</Button>}
      />
      <Stack>
        <ErrorAlert error={accounts.error} onRetry={() => void accounts.refetch()} />
        {accounts.isPending && <Loading />}
        {accounts.data &&
          (accounts.data.length === 0 ? (
            <EmptyState title={t('accounts.emptyTitle')}>{t('accounts.emptyBody')}</EmptyState>
          ) : (
            <Table verticalSpacing="sm" aria-label={t('accounts.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('accounts.account')}</Table.Th>
                  <Table.Th>{t('accounts.brand')}</Table.Th>
                  <Table.Th>{t('accounts.status')}</Table.Th>
                  <Table.Th>{t('moderation.publishers')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {accounts.data.map((account) => (
                  <Table.Tr key={account.id} data-testid="account-row">
                    <Table.Td>
                      <AccountBadge account={account} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{account.brandName}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={account.connected ? 'green' : 'gray'} variant="light">
                        {t(account.connected ? 'accounts.connected' : 'accounts.notConnected')}
                      </Badge>{' '}
                      {account.platform === 'sandbox' && (
                        <Anchor component={Link} to={`/w/${workspace.id}/sandbox/${account.id}`} size="sm">
                          {t('accounts.openSandbox')}
                        </Anchor>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <PublishersCell account={account} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ))}
      </Stack>
      <Modal opened={adding} onClose={() => setAdding(false)} title={t('accounts.add')} centered>
        {adding && <AddAccountForm onDone={() => setAdding(false)} />}
      </Modal>
    </>
  );
}
