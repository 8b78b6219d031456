import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Brand } from '../../../core/api';
import type { AlertFilters } from './alert-filters';
import { ALERT_SEVERITIES, ALERT_STATUSES } from './alert-words';

interface AlertFilterBarProps {
  filters: AlertFilters;
  onChange: (filters: AlertFilters) => void;
  brands: Brand[];
}

export function AlertFilterBar({ filters, onChange, brands }: AlertFilterBarProps) {
  const { t } = useTranslation();
  const select = (field: keyof AlertFilters, value: string | null) => onChange({ ...filters, [field]: value ?? '' });
  const any = { value: '', label: t('alerts.any') };

  return (
    <form role="search" aria-label={t('alerts.title')} onSubmit={(event) => event.preventDefault()}>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" maw={760}>
        <Select
          label={t('alerts.status')}
          data={[
            { value: 'active', label: t('alerts.statusActive') },
            { value: 'all', label: t('alerts.statusAll') },
            ...ALERT_STATUSES.map((status) => ({ value: status, label: t(`alerts.statuses.${status}`) })),
          ]}
          value={filters.status}
          onChange={(value) => select('status', value)}
          allowDeselect={false}
        />
        <Select
          label={t('alerts.severity')}
          data={[
            any,
            ...[...ALERT_SEVERITIES].reverse().map((severity) => ({ value: severity, label: t(`alerts.severities.${severity}`) })),
          ]}
          value={filters.severity}
          onChange={(value) => select('severity', value)}
          allowDeselect={false}
        />
        <Select
          label={t('alerts.brand')}
          data={[any, ...brands.map((brand) => ({ value: String(brand.id), label: brand.name }))]}
          value={filters.brandId}
          onChange={(value) => select('brandId', value)}
          allowDeselect={false}
        />
      </SimpleGrid>
    </form>
  );
}
