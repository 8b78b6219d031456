import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IncidentState, SeverityLevel } from '../../../core/incidents';

const STATE_COLORS: Record<IncidentState, string> = {
  declared: 'red',
  active: 'red',
  contained: 'orange',
  monitoring: 'yellow',
  resolved: 'teal',
  reviewed: 'gray',
};
const SEVERITY_COLORS: Record<SeverityLevel, string> = { 1: 'gray', 2: 'yellow', 3: 'orange', 4: 'red' };

export function IncidentStateBadge({ state }: { state: IncidentState }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLORS[state]} variant="light">
      {t(`incidents.states.${state}`)}
    </Badge>
  );
}

export function SeverityLevelBadge({ level }: { level: SeverityLevel }) {
  const { t } = useTranslation();
  return (
    <Badge color={SEVERITY_COLORS[level]} variant="filled" style={{ textTransform: 'none' }}>
      {t('incidents.severityBadge', { level, name: t(`incidents.severity.${level}`) })}
    </Badge>
  );
}
