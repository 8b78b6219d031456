import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRecentSignals } from '../../api/alerts';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { SignalChartView } from '../alerts/signal-chart-view';
import { useWorkspace } from '../workspaces/workspace-context';

/** The brand's live signals over the last day, the same series the alerts read. */
export function RoomSignals({ brandId, brandName }: { brandId: number; brandName: string }) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const signals = useRecentSignals(workspace.id, brandId, 24, 15);
  return (
    <Stack gap="sm" component="section" aria-labelledby="room-signals">
      <Title order={2} size="h4" id="room-signals">
        {t('incidents.signals.title')}
      </Title>
      {signals.isPending && <Loading />}
      <ErrorAlert error={signals.error} />
      {signals.data && (
        <SignalChartView series={signals.data} height={240} withDates label={t('incidents.signals.label', { brand: brandName })} />
      )}
    </Stack>
  );
}
