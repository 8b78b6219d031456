import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NotificationChannel } from '../../../core/api';
import { EditDeleteActions } from '../../ui/row-actions';

interface ChannelTableProps {
  channels: NotificationChannel[];
  canManage: boolean;
  testingId: number | null;
  onEdit: (channel: NotificationChannel) => void;
  onDelete: (channel: NotificationChannel) => void;
  onTest: (channel: NotificationChannel) => void;
}

/** A short, safe summary of where the channel sends: recipients and chat ids, never credentials. */
function destinationOf(channel: NotificationChannel): string {
  const c = channel.config;
  const value = c.to ?? c.chatId ?? c.channel ?? c.url ?? Object.values(channel.secrets)[0]?.hint ?? '';
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' ? value : '';
}

export function ChannelTable({ channels, canManage, testingId, onEdit, onDelete, onTest }: ChannelTableProps) {
  const { t } = useTranslation();
  if (channels.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('notifications.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('notifications.name')}</Table.Th>
            <Table.Th>{t('notifications.kind')}</Table.Th>
            <Table.Th>{t('notifications.destination')}</Table.Th>
            <Table.Th>{t('notifications.status')}</Table.Th>
            {canManage && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {channels.map((channel) => (
            <Table.Tr key={channel.id}>
              <Table.Td fw={600}>{channel.name}</Table.Td>
              <Table.Td>{t(`notifications.kinds.${channel.kind}`)}</Table.Td>
              <Table.Td>
                <Text size="sm" style={{ wordBreak: 'break-all' }}>
                  {destinationOf(channel)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={channel.enabled ? 'teal' : 'gray'} variant="light">
                  {channel.enabled ? t('notifications.on') : t('notifications.off')}
                </Badge>
              </Table.Td>
              {canManage && (
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t('notifications.testLabel', { name: channel.name })}
                      loading={testingId === channel.id}
                      disabled={!channel.enabled}
                      onClick={() => onTest(channel)}
                    >
                      {t('notifications.test')}
                    </Button>
                    <EditDeleteActions
                      editLabel={t('notifications.editLabel', { name: channel.name })}
                      deleteLabel={t('notifications.deleteLabel', { name: channel.name })}
                      onEdit={() => onEdit(channel)}
                      onDelete={() => onDelete(channel)}
                    />
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
