import { Alert, Button, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delivery, NotificationChannel } from '../../../core/api';
import { useDeleteNotificationChannel, useNotificationChannels, useTestNotificationChannel } from '../../api/notifications';
import { toLocale } from '../../i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { RequirePermission } from '../workspaces/require-permission';
import { useWorkspace } from '../workspaces/workspace-context';
import { ChannelFormModal } from './channel-form-modal';
import { ChannelTable } from './channel-table';
import { DeliveryLog } from './delivery-log';

export function NotificationsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notifications.title')} subtitle={t('notifications.subtitle')} />
      <RequirePermission permission="notifications.read">
        <NotificationsContent />
      </RequirePermission>
    </>
  );
}

function NotificationsContent() {
  const { t, i18n } = useTranslation();
  const { workspace, can } = useWorkspace();
  const canManage = can('notifications.manage');
  const channels = useNotificationChannels(workspace.id);
  const remove = useDeleteNotificationChannel(workspace.id);
  const test = useTestNotificationChannel(workspace.id);
  const [editing, setEditing] = useState<NotificationChannel | null | 'new'>(null);
  const [deleting, setDeleting] = useState<NotificationChannel | null>(null);
  const [tested, setTested] = useState<{ channel: NotificationChannel; delivery: Delivery } | null>(null);

  const sendTest = (channel: NotificationChannel) => {
    setTested(null);
    test.mutate({ id: channel.id, language: toLocale(i18n.language) }, { onSuccess: (delivery) => setTested({ channel, delivery }) });
  };
  const closeDelete = () => {
    setDeleting(null);
    remove.reset();
  };

  return (
    <Stack gap="xl">
      <section>
        <Title order={2} size="h4" mb="sm">
          {t('notifications.channels')}
        </Title>
        {canManage && (
          <Button mb="md" onClick={() => setEditing('new')}>
            {t('notifications.add')}
          </Button>
        )}
        {tested && (
          <Alert
            mb="md"
            role="status"
            color={tested.delivery.status === 'sent' ? 'teal' : 'red'}
            title={
              tested.delivery.status === 'sent'
                ? t('notifications.testSent', { name: tested.channel.name })
                : t('notifications.testFailed', { name: tested.channel.name })
            }
            withCloseButton
            onClose={() => setTested(null)}
          >
            {tested.delivery.lastError ?? t('notifications.testSentBody')}
          </Alert>
        )}
        <ErrorAlert error={test.error} />
        {channels.isPending && <Loading />}
        {channels.isError && <ErrorAlert error={channels.error} onRetry={() => void channels.refetch()} />}
        {channels.data && (
          <ChannelTable
            channels={channels.data}
            canManage={canManage}
            testingId={test.isPending ? (test.variables?.id ?? null) : null}
            onEdit={setEditing}
            onDelete={setDeleting}
            onTest={sendTest}
          />
        )}
      </section>
      <section>
        <Title order={2} size="h4" mb="sm">
          {t('notifications.log')}
        </Title>
        <DeliveryLog workspaceId={workspace.id} />
      </section>
      <ChannelFormModal opened={editing !== null} channel={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('notifications.deleteTitle')}
        message={t('notifications.deleteBody', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        error={remove.error}
        onClose={closeDelete}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: closeDelete })}
      />
    </Stack>
  );
}
