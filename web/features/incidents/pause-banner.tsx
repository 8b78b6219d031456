import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BrandPause } from '../../../core/api';
import { useResumePause } from '../../api/incidents';
import { useFormat } from '../../i18n/format';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';

/** "Brand posting paused": why, since when and by whom, with the lead's one-click resume. */
export function PauseBanner({ pause }: { pause: BrandPause }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { workspace, can } = useWorkspace();
  const resume = useResumePause(workspace.id);
  return (
    <Alert color="orange" title={t('incidents.pause.banner', { brand: pause.brandName })} role="status">
      <Group justify="space-between" align="flex-end">
        <div>
          <Text size="sm">{pause.reason}</Text>
          <Text size="xs" c="dimmed">
            {t('incidents.pause.since', { at: format.dateTime(pause.pausedAt), name: pause.pausedBy ?? t('incidents.timeline.system') })}
          </Text>
        </div>
        {can('incidents.resolve') && (
          <Button size="xs" color="orange" variant="white" loading={resume.isPending} onClick={() => resume.mutate(pause.id)}>
            {t('incidents.pause.resume')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={resume.error} />
    </Alert>
  );
}
