import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AlertSeverity, AlertStatus } from '../../../core/api';
import { SEVERITY_COLORS, STATUS_COLORS } from './alert-words';

export function SeverityBadge({ severity }: { severity: AlertSeverity }) {
  const { t } = useTranslation();
  return (
    <Badge color={SEVERITY_COLORS[severity]} variant={severity === 'critical' ? 'filled' : 'light'} data-severity={severity}>
      {t(`alerts.severities.${severity}`)}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: AlertStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="outline" data-status={status}>
      {t(`alerts.statuses.${status}`)}
    </Badge>
  );
}
