import { Button, SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTBOX_STATES, type OutboxState } from '../../../core/channels';
import { useCancelOutboxItem, useOutbox, useRetryOutboxItem } from '../../api/outbox';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { useWorkspace } from '../workspaces/workspace-context';
import { OutboxTable } from './outbox-table';
import { SchedulePostModal } from './schedule-post-modal';

/** Everything that goes out: replies, statements, scheduled posts and moderation, with where each stands. */
export function OutboxPage() {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const [state, setState] = useState<OutboxState | 'all'>('all');
  const [scheduling, setScheduling] = useState(false);
  const items = useOutbox(workspace.id, state === 'all' ? null : state);
  const cancel = useCancelOutboxItem(workspace.id);
  const retry = useRetryOutboxItem(workspace.id);
  const canManage = can('outbox.manage');

  return (
    <>
      <PageHeader
        title={t('outbox.title')}
        subtitle={t('outbox.subtitle')}
        actions={canManage && <Button onClick={() => setScheduling(true)}>{t('outbox.schedulePost')}</Button>}
      />
      <Stack>
        <SegmentedControl
          aria-label={t('outbox.state')}
          value={state}
          onChange={(value) => setState(value as OutboxState | 'all')}
          data={[{ value: 'all', label: t('common.all') }, ...OUTBOX_STATES.map((s) => ({ value: s, label: t(`outbox.states.${s}`) }))]}
        />
        <ErrorAlert error={items.error ?? cancel.error ?? retry.error} onRetry={() => void items.refetch()} />
        {items.isPending && <Loading />}
        {items.data &&
          (items.data.length === 0 ? (
            <EmptyState title={t('outbox.emptyTitle')}>{t('outbox.emptyBody')}</EmptyState>
          ) : (
            <OutboxTable
              items={items.data}
              canManage={canManage}
              onCancel={(i) => cancel.mutate(i.id)}
              onRetry={(i) => retry.mutate(i.id)}
            />
          ))}
      </Stack>
      <SchedulePostModal opened={scheduling} onClose={() => setScheduling(false)} />
    </>
  );
}
