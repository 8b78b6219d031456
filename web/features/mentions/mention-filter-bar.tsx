import { Badge, Button, Checkbox, CloseButton, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CRISIS_CATEGORIES, SENTIMENTS } from '../../../core/analysis/analysis.types';
import type { Brand } from '../../../core/api';
import { useFormat } from '../../i18n/format';
import { EMPTY_FILTERS, hasActiveFilters, type MentionFilters } from './mention-filters';

interface MentionFilterBarProps {
  filters: MentionFilters;
  onChange: (filters: MentionFilters) => void;
  brands: Brand[];
  platforms: string[];
  languages: string[];
}

/** Typed text (search, author) reaches the URL after a pause; selections at once. */
export function MentionFilterBar({ filters, onChange, brands, platforms, languages }: MentionFilterBarProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [draft, setDraft] = useState({ q: filters.q, author: filters.author });
  const [synced, setSynced] = useState({ q: filters.q, author: filters.author });

  // The URL changed from elsewhere (back button, "clear filters"): show what it says.
  if (synced.q !== filters.q || synced.author !== filters.author) {
    setSynced({ q: filters.q, author: filters.author });
    setDraft({ q: filters.q, author: filters.author });
  }

  const commitText = useDebouncedCallback((next: { q: string; author: string }) => {
    // The URL keeps trimmed text; compare against that so a trailing space being typed survives.
    setSynced({ q: next.q.trim(), author: next.author.trim() });
    onChange({ ...filters, ...next });
  }, 300);

  const typeText = (field: 'q' | 'author', value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    commitText(next);
  };

  const select = (field: keyof MentionFilters, value: string | null) => onChange({ ...filters, ...draft, [field]: value ?? '' });
  const any = { value: '', label: t('mentions.any') };

  return (
    <form role="search" onSubmit={(event) => event.preventDefault()}>
      <TextInput
        label={t('mentions.search')}
        placeholder={t('mentions.searchPlaceholder')}
        type="search"
        value={draft.q}
        onChange={(event) => typeText('q', event.currentTarget.value)}
        mb="sm"
      />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 6 }} spacing="sm">
        <Select
          label={t('mentions.brand')}
          data={[any, ...brands.map((brand) => ({ value: String(brand.id), label: brand.name }))]}
          value={filters.brandId}
          onChange={(value) => select('brandId', value)}
          allowDeselect={false}
        />
        <Select
          label={t('mentions.platform')}
          data={[any, ...platforms.map((platform) => ({ value: platform, label: platform }))]}
          value={filters.platform}
          onChange={(value) => select('platform', value)}
          allowDeselect={false}
        />
        <Select
          label={t('mentions.language')}
          data={[
            any,
            ...languages.map((language) => ({ value: language, label: t(`analysis.languages.${language}`, { defaultValue: language }) })),
          ]}
          value={filters.language}
          onChange={(value) => select('language', value)}
          allowDeselect={false}
        />
        <TextInput
          label={t('mentions.author')}
          placeholder={t('mentions.authorPlaceholder')}
          value={draft.author}
          onChange={(event) => typeText('author', event.currentTarget.value)}
        />
        <TextInput
          label={t('mentions.from')}
          type="date"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(event) => select('from', event.currentTarget.value)}
        />
        <TextInput
          label={t('mentions.to')}
          type="date"
          value={filters.to}
          min={filters.from || undefined}
          onChange={(event) => select('to', event.currentTarget.value)}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" mt="sm">
        <Select
          label={t('analysis.sentiment')}
          data={[any, ...SENTIMENTS.map((s) => ({ value: s, label: t(`analysis.sentiments.${s}`) }))]}
          value={filters.sentiment}
          onChange={(value) => select('sentiment', value)}
          allowDeselect={false}
        />
        <Select
          label={t('analysis.category')}
          data={[any, ...CRISIS_CATEGORIES.map((c) => ({ value: c, label: t(`analysis.categoryNames.${c}`) }))]}
          value={filters.category}
          onChange={(value) => select('category', value)}
          allowDeselect={false}
        />
        <Select
          label={t('analysis.spam')}
          data={[
            { value: '', label: t('analysis.spamAll') },
            { value: 'hide', label: t('analysis.spamHide') },
            { value: 'only', label: t('analysis.spamOnly') },
          ]}
          value={filters.spam}
          onChange={(value) => select('spam', value)}
          allowDeselect={false}
        />
        <Checkbox
          label={t('analysis.onlyToxic')}
          checked={filters.toxic === '1'}
          onChange={(event) => select('toxic', event.currentTarget.checked ? '1' : '')}
          mt={{ base: 0, md: 30 }}
        />
      </SimpleGrid>
      {filters.cluster && (
        <Group mt="xs" gap="xs">
          <Badge variant="light">{t('analysis.clusterFilter')}</Badge>
          <CloseButton size="sm" aria-label={t('analysis.clearCluster')} onClick={() => select('cluster', '')} />
        </Group>
      )}
      {filters.post && (
        <Group mt="xs" gap="xs">
          <Badge variant="light">{t('analysis.postFilter')}</Badge>
          <CloseButton size="sm" aria-label={t('analysis.clearPost')} onClick={() => select('post', '')} />
        </Group>
      )}
      {(filters.after || filters.before) && (
        <Group mt="xs" gap="xs">
          <Badge variant="light">
            {t('mentions.alertWindow', {
              from: filters.after ? format.dateTime(Number(filters.after)) : '…',
              to: filters.before ? format.dateTime(Number(filters.before)) : '…',
            })}
          </Badge>
          <CloseButton
            size="sm"
            aria-label={t('mentions.clearAlertWindow')}
            onClick={() => onChange({ ...filters, ...draft, after: '', before: '' })}
          />
        </Group>
      )}
      {hasActiveFilters(filters) && (
        <Group justify="flex-end" mt="xs">
          <Button
            variant="subtle"
            size="xs"
            onClick={() => {
              commitText.cancel();
              onChange(EMPTY_FILTERS);
            }}
          >
            {t('mentions.clearFilters')}
          </Button>
        </Group>
      )}
    </form>
  );
}
