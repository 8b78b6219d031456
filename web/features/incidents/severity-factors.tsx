import { Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SeverityAssessment, SeverityFactor } from '../../../core/incidents';
import { useFormat } from '../../i18n/format';

function useFactorValue() {
  const { t } = useTranslation();
  const format = useFormat();
  return (factor: SeverityFactor): string => {
    const { value } = factor;
    if (value === null) return '—';
    if (typeof value === 'boolean') return value ? '✓' : '—';
    if (factor.factor === 'scope') return t(`incidents.scopes.${value as 'local'}`);
    if (typeof value !== 'number') return String(value);
    if (factor.factor === 'negativeShare') return format.percent(value);
    if (factor.factor === 'speed') return `${format.number(Math.round(value * 10) / 10)}×`;
    return format.compact(value);
  };
}

/** The suggestion explained factor by factor: each number and the level it alone points to. */
export function SeverityFactors({ assessment }: { assessment: Pick<SeverityAssessment, 'factors' | 'heldBackByTone'> }) {
  const { t } = useTranslation();
  const valueOf = useFactorValue();
  return (
    <>
      <List size="sm" spacing={4} listStyleType="none" aria-label={t('incidents.room.severityWhy')}>
        {assessment.factors.map((factor) => (
          <List.Item key={factor.factor}>
            <Group gap="xs" wrap="nowrap">
              <Badge
                size="sm"
                variant={factor.level >= 3 ? 'filled' : 'light'}
                color={factor.level >= 4 ? 'red' : factor.level === 3 ? 'orange' : 'gray'}
              >
                {factor.level}
              </Badge>
              <Text size="sm">
                {t(`incidents.factors.${factor.factor}`)}: {valueOf(factor)}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
      {assessment.heldBackByTone && (
        <Text size="xs" c="dimmed">
          {t('incidents.heldBack')}
        </Text>
      )}
    </>
  );
}
