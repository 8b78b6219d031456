import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OutboxItem } from '../../../core/api';
import { type OutboxState, isCancellable, isRetryable } from '../../../core/channels';
import { useFormat } from '../../i18n/format';
import { useWorkspace } from '../workspaces/workspace-context';
import { AccountBadge } from './account-badge';

const STATE_COLOR: Record<OutboxState, string> = {
  queued: 'blue',
  sending: 'cyan',
  sent: 'green',
  failed: 'red',
  held: 'orange',
  cancelled: 'gray',
};

interface OutboxTableProps {
  items: OutboxItem[];
  canManage: boolean;
  onCancel: (item: OutboxItem) => void;
  onRetry: (item: OutboxItem) => void;
}

export function OutboxTable({ items, canManage, onCancel, onRetry }: OutboxTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { workspace } = useWorkspace();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" aria-label={t('outbox.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('outbox.what')}</Table.Th>
            <Table.Th>{t('outbox.account')}</Table.Th>
            <Table.Th>{t('outbox.scheduledAt')}</Table.Th>
            <Table.Th>{t('outbox.state')}</Table.Th>
            <Table.Th>{t('outbox.result')}</Table.Th>
            {canManage && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-testid="outbox-row">
              <Table.Td maw={320}>
                <Text size="xs" c="dimmed">
                  {t(`outbox.kinds.${item.kind}`)} · {t(`outbox.actions.${item.action}`)} · {item.brandName}
                </Text>
                <Text size="sm" lineClamp={3}>
                  {item.text ?? item.targetExternalId ?? item.authorHandle ?? ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <AccountBadge account={item.account} />
                {item.createdBy && (
                  <Text size="xs" c="dimmed" mt={4}>
                    {t('moderation.queuedBy', { name: item.createdBy })}
                  </Text>
                )}
                {item.approvedBy && (
                  <Text size="xs" c="dimmed">
                    {t('moderation.approvedBy', { name: item.approvedBy })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{format.dateTime(item.scheduledAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Badge color={STATE_COLOR[item.state]} variant="light">
                  {t(`outbox.states.${item.state}`)}
                </Badge>
                {item.attempts > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('outbox.attempts', { count: item.attempts })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td maw={280}>
                {item.state === 'held' && item.heldReason && (
                  <Text size="sm" c="orange.8">
                    {t('outbox.heldBecause', { reason: item.heldReason })}
                  </Text>
                )}
                {item.receipt && (
                  <Text size="sm">
                    {t('outbox.receipt', { at: format.dateTime(item.receipt.at) })}{' '}
                    {item.receipt.channel === 'sandbox' ? (
                      // The sandbox's record is a page of this app: follow it without leaving the session.
                      <Anchor component={Link} to={`/w/${workspace.id}/sandbox/${item.receipt.accountId}`} size="sm">
                        {item.receipt.externalId}
                      </Anchor>
                    ) : item.receipt.url ? (
                      <Anchor href={item.receipt.url} size="sm" target="_blank" rel="noreferrer">
                        {item.receipt.externalId}
                      </Anchor>
                    ) : (
                      item.receipt.externalId
                    )}
                  </Text>
                )}
                {item.error && item.state !== 'sent' && (
                  <Text size="sm" c="red.8">
                    {item.error}
                  </Text>
                )}
                {item.state === 'queued' && item.nextAttemptAt !== null && item.attempts > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('outbox.nextAttempt', { at: format.dateTime(item.nextAttemptAt) })}
                  </Text>
                )}
              </Table.Td>
              {canManage && (
                <Table.Td>
                  {isCancellable(item.state) && (
                    <Button size="compact-sm" variant="subtle" color="red" onClick={() => onCancel(item)}>
                      {t('outbox.cancel')}
                    </Button>
                  )}
                  {isRetryable(item.state) && (
                    <Button size="compact-sm" variant="light" onClick={() => onRetry(item)}>
                      {t('outbox.retry')}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
