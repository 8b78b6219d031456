import { Button, Group, Menu, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert } from '../../../core/api';
import { useAlertAction } from '../../api/alerts';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';

const SNOOZES = [
  { minutes: 15, key: 'm15' },
  { minutes: 60, key: 'm60' },
  { minutes: 240, key: 'm240' },
] as const;

/** Acknowledge, snooze and resolve, for the roles that may act on alerts; nothing for the others. */
export function AlertActions({ alert }: { alert: Alert }) {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const action = useAlertAction(workspace.id, alert.id);
  const [resolving, setResolving] = useState(false);
  const [resolution, setResolution] = useState('');

  if (!can('alerts.act') || alert.status === 'resolved') return null;
  const busy = (kind: string) => action.isPending && action.variables?.kind === kind;

  return (
    <Stack gap="xs">
      <Group gap="xs" role="group" aria-label={t('alerts.actions')}>
        {alert.status !== 'acknowledged' && (
          <Button onClick={() => action.mutate({ kind: 'acknowledge' })} loading={busy('acknowledge')}>
            {t('alerts.acknowledge')}
          </Button>
        )}
        <Menu position="bottom-start">
          <Menu.Target>
            <Button variant="default" loading={busy('snooze')}>
              {t('alerts.snoozeFor')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {SNOOZES.map((snooze) => (
              <Menu.Item key={snooze.key} onClick={() => action.mutate({ kind: 'snooze', minutes: snooze.minutes })}>
                {t(`alerts.snoozeMinutes.${snooze.key}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <Button variant="light" color="teal" onClick={() => setResolving(true)}>
          {t('alerts.resolve')}
        </Button>
      </Group>
      {!resolving && <ErrorAlert error={action.error} />}
      <Modal opened={resolving} onClose={() => setResolving(false)} title={t('alerts.resolveTitle')} centered>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            action.mutate({ kind: 'resolve', resolution }, { onSuccess: () => setResolving(false) });
          }}
        >
          <Stack>
            <Textarea
              label={t('alerts.resolution')}
              placeholder={t('alerts.resolutionPlaceholder')}
              value={resolution}
              onChange={(event) => setResolution(event.currentTarget.value)}
              maxLength={2000}
              autosize
              minRows={3}
              data-autofocus
            />
            <ErrorAlert error={action.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setResolving(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="teal" loading={busy('resolve')}>
                {t('alerts.resolve')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
