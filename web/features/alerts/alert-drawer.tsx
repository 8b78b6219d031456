import { Badge, Divider, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert } from '../../../core/api';
import { useAlert, useSignals } from '../../api/alerts';
import { useFormat } from '../../i18n/format';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { useWorkspace } from '../workspaces/workspace-context';
import { AlertIncidentAction } from '../incidents/alert-incident-action';
import { AlertActions } from './alert-actions';
import { SeverityBadge, StatusBadge } from './alert-badges';
import { AlertImpactView, AlertWhy } from './alert-explanation';
import { AlertMentions } from './alert-mentions';
import { alertHeadline } from './alert-words';
import { SignalChartView } from './signal-chart-view';

interface AlertDrawerProps {
  alertId: number | null;
  onClose: () => void;
  onOpenAlert: (alertId: number) => void;
}

export function AlertDrawer({ alertId, onClose, onOpenAlert }: AlertDrawerProps) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const alert = useAlert(workspace.id, alertId);

  return (
    <Drawer opened={alertId !== null} onClose={onClose} position="right" size="xl" title={t('alerts.detailTitle')}>
      {alert.isPending && alertId !== null && <Loading />}
      {alert.isError && <ErrorAlert error={alert.error} onRetry={() => void alert.refetch()} />}
      {alert.data && <AlertDetail alert={alert.data} onOpenAlert={onOpenAlert} />}
    </Drawer>
  );
}

function AlertStatusLine({ alert }: { alert: Alert }) {
  const { t } = useTranslation();
  const format = useFormat();
  const someone = t('alerts.someone');
  const lines: string[] = [];
  if (alert.resolvedAt !== null)
    lines.push(t('alerts.resolvedBy', { name: alert.resolvedBy ?? someone, at: format.dateTime(alert.resolvedAt) }));
  else if (alert.status === 'snoozed' && alert.snoozedUntil !== null)
    lines.push(t('alerts.snoozedUntil', { at: format.dateTime(alert.snoozedUntil) }));
  if (alert.acknowledgedAt !== null && alert.resolvedAt === null)
    lines.push(t('alerts.acknowledgedBy', { name: alert.acknowledgedBy ?? someone, at: format.dateTime(alert.acknowledgedAt) }));
  if (alert.resolution) lines.push(t('alerts.resolutionNote', { note: alert.resolution }));
  if (lines.length === 0) return null;
  return (
    <Text size="sm" c="dimmed" role="status">
      {lines.join(' ')}
    </Text>
  );
}

const HOUR = 3_600_000;

function AlertChart({ alert, onOpenAlert }: { alert: Alert; onOpenAlert: (alertId: number) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { workspace } = useWorkspace();
  const { windowStart, windowEnd } = alert.reason;
  // Six hours either side (the hook leaves out what is still in the future).
  const query = useMemo(
    () => ({ brandId: alert.brandId, from: windowStart - 6 * HOUR, to: windowEnd + 6 * HOUR, interval: 5 }),
    [alert.brandId, windowStart, windowEnd],
  );
  const highlight = useMemo(
    () => ({ from: windowStart, to: windowEnd, severity: alert.severity }),
    [windowStart, windowEnd, alert.severity],
  );
  const signals = useSignals(workspace.id, query);
  const peak = Math.max(0, ...(signals.data?.points.map((p) => p.mentions) ?? []));

  return (
    <Stack gap="xs" component="section" aria-labelledby="alert-chart">
      <Title order={3} size="h5" id="alert-chart">
        {t('alerts.chart')}
      </Title>
      {signals.isPending && <Loading />}
      <ErrorAlert error={signals.error} />
      {signals.data && (
        <SignalChartView
          series={signals.data}
          height={260}
          highlight={highlight}
          onOpenAlert={onOpenAlert}
          label={t('alerts.chartLabel', {
            brand: alert.brandName,
            from: format.dateTime(signals.data.points[0]?.t ?? query.from),
            to: format.dateTime(signals.data.points.at(-1)?.t ?? query.to),
            peak: format.number(peak),
            at: format.dateTime(windowEnd),
          })}
        />
      )}
    </Stack>
  );
}

function AlertDetail({ alert, onOpenAlert }: { alert: Alert; onOpenAlert: (alertId: number) => void }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <div>
        <Group gap="xs" mb={6}>
          <SeverityBadge severity={alert.severity} />
          <StatusBadge status={alert.status} />
          <Badge variant="outline" color="gray" style={{ textTransform: 'none' }}>
            {alert.brandName}
          </Badge>
        </Group>
        <Title order={2} size="h3">
          {alertHeadline(t, alert)}
        </Title>
        <AlertStatusLine alert={alert} />
      </div>
      <AlertActions alert={alert} />
      <AlertIncidentAction alert={alert} />
      <Divider />
      <AlertWhy alert={alert} />
      <AlertImpactView alert={alert} />
      <AlertChart alert={alert} onOpenAlert={onOpenAlert} />
      <Divider />
      <AlertMentions alert={alert} />
    </Stack>
  );
}
