import { Badge, Group, SegmentedControl, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delivery, DeliveryStatus } from '../../../core/api';
import { useNotificationDeliveries } from '../../api/notifications';
import { useFormat } from '../../i18n/format';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';

const STATUS_COLOR: Record<DeliveryStatus, string> = { queued: 'gray', sending: 'blue', retrying: 'orange', sent: 'teal', failed: 'red' };

export function DeliveryStatusBadge({ delivery }: { delivery: Delivery }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[delivery.status]} variant="light">
      {t(`notifications.statuses.${delivery.status}`)}
    </Badge>
  );
}

/** What happened to each notification on each channel, newest first. */
export function DeliveryLog({ workspaceId }: { workspaceId: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<DeliveryStatus | 'all'>('all');
  const log = useNotificationDeliveries(workspaceId, status === 'all' ? null : status);

  return (
    <>
      <Group mb="sm">
        <SegmentedControl
          aria-label={t('notifications.statusFilter')}
          value={status}
          onChange={(value) => setStatus(value as DeliveryStatus | 'all')}
          data={[
            { value: 'all', label: t('common.all') },
            ...(['sent', 'retrying', 'failed'] as const).map((s) => ({ value: s, label: t(`notifications.statuses.${s}`) })),
          ]}
        />
      </Group>
      {log.isPending && <Loading />}
      {log.isError && <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />}
      {log.data && log.data.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('notifications.logEmpty')}
        </Text>
      )}
      {log.data && log.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('notifications.time')}</Table.Th>
                <Table.Th>{t('notifications.channel')}</Table.Th>
                <Table.Th>{t('notifications.message')}</Table.Th>
                <Table.Th>{t('notifications.status')}</Table.Th>
                <Table.Th>{t('notifications.attempts')}</Table.Th>
                <Table.Th>{t('notifications.result')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.data.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{format.dateTime(d.createdAt)}</Table.Td>
                  <Table.Td>
                    {d.channelName}
                    <Text size="xs" c="dimmed">
                      {t(`notifications.kinds.${d.channelKind}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {d.title}
                    <Text size="xs" c="dimmed">
                      {d.messageKind} · {d.severity}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <DeliveryStatusBadge delivery={d} />
                  </Table.Td>
                  <Table.Td>
                    {d.attempts}/{d.maxAttempts}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" style={{ wordBreak: 'break-word' }}>
                      {d.lastError ?? (d.responseStatus !== null ? `${d.responseStatus}` : '')}
                      {d.status === 'retrying' &&
                        d.nextAttemptAt !== null &&
                        ` · ${t('notifications.nextAttempt', { time: format.dateTime(d.nextAttemptAt) })}`}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
