import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TemplateFilters } from '../../api/messages';
import { CHANNEL_IDS, CRISIS_TYPES, TEMPLATE_LANGUAGES, TEMPLATE_STATUSES } from './template-words';

interface TemplateFilterBarProps {
  filters: TemplateFilters;
  onChange: (filters: TemplateFilters) => void;
}

export function TemplateFilterBar({ filters, onChange }: TemplateFilterBarProps) {
  const { t } = useTranslation();
  const all = { value: '', label: t('messages.all') };
  const pick = (field: keyof TemplateFilters) => (value: string | null) => onChange({ ...filters, [field]: value || undefined });
  return (
    <form role="search" aria-label={t('messages.title')} onSubmit={(event) => event.preventDefault()}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
        <Select
          label={t('messages.crisisType')}
          data={[all, ...CRISIS_TYPES.map((c) => ({ value: c, label: t(`crisis.types.${c}`) }))]}
          value={filters.crisisType ?? ''}
          onChange={pick('crisisType')}
          allowDeselect={false}
        />
        <Select
          label={t('messages.channel')}
          data={[all, ...CHANNEL_IDS.map((c) => ({ value: c, label: t(`messages.channels.${c}`) }))]}
          value={filters.channel ?? ''}
          onChange={pick('channel')}
          allowDeselect={false}
        />
        <Select
          label={t('messages.language')}
          data={[all, ...TEMPLATE_LANGUAGES.map((l) => ({ value: l, label: t(`messages.languages.${l}`) }))]}
          value={filters.language ?? ''}
          onChange={pick('language')}
          allowDeselect={false}
        />
        <Select
          label={t('messages.status')}
          data={[all, ...TEMPLATE_STATUSES.map((s) => ({ value: s, label: t(`messages.statuses.${s}`) }))]}
          value={filters.status ?? ''}
          onChange={pick('status')}
          allowDeselect={false}
        />
        <TextInput
          label={t('messages.search')}
          value={filters.q ?? ''}
          onChange={(event) => onChange({ ...filters, q: event.currentTarget.value || undefined })}
        />
      </SimpleGrid>
    </form>
  );
}
