import { Anchor, Button, Card, Group, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatementLanguage } from '../../../core/statements';
import { useBrands } from '../../api/brands';
import { useConfigureUpdatePage, useUpdatePages } from '../../api/statements';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';

/** The brands' public pages: their links for everyone, and for managers a form to create or change one. */
export function UpdatePagesPanel() {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const pages = useUpdatePages(workspace.id);
  const brands = useBrands(workspace.id);
  const configure = useConfigureUpdatePage(workspace.id);
  const [brandId, setBrandId] = useState<string | null>(null);
  const [slug, setSlug] = useState('');
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<StatementLanguage>('id');
  const [enabled, setEnabled] = useState(true);

  const choose = (value: string | null) => {
    setBrandId(value);
    const page = pages.data?.find((p) => String(p.brandId) === value);
    const brand = brands.data?.find((b) => String(b.id) === value);
    setSlug(
      page?.slug ??
        (brand?.name ?? '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, ''),
    );
    setTitle(page?.title ?? brand?.name ?? '');
    setLanguage(page?.language ?? 'id');
    setEnabled(page?.enabled ?? true);
  };

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('statements.pages.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('statements.pages.help')}
        </Text>
        {pages.data?.map((p) => (
          <Group key={p.id} gap="sm">
            <Text fw={600}>{p.brandName}</Text>
            {p.enabled ? (
              <Anchor href={p.url} target="_blank" rel="noreferrer">
                {p.url}
              </Anchor>
            ) : (
              <Text c="dimmed">{p.url}</Text>
            )}
            <Anchor href={p.feedUrl} target="_blank" rel="noreferrer" size="sm">
              {t('statements.pages.feed')}
            </Anchor>
            <Text size="sm" c="dimmed">
              {t('statements.pages.subscribers', { count: p.subscriberCount })}
            </Text>
          </Group>
        ))}
        {can('accounts.manage') && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (brandId) configure.mutate({ brandId: Number(brandId), input: { slug, title, language, enabled } });
            }}
          >
            <Group align="end" wrap="wrap">
              <Select
                label={t('statements.pages.brand')}
                data={(brands.data ?? []).map((b) => ({ value: String(b.id), label: b.name }))}
                value={brandId}
                onChange={choose}
              />
              <TextInput label={t('statements.pages.slug')} value={slug} onChange={(e) => setSlug(e.currentTarget.value)} />
              <TextInput label={t('statements.pages.heading')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
              <Select
                label={t('statements.pages.language')}
                data={[
                  { value: 'id', label: t('statements.composer.language_id') },
                  { value: 'en', label: t('statements.composer.language_en') },
                ]}
                value={language}
                onChange={(v) => setLanguage((v as StatementLanguage | null) ?? 'id')}
                allowDeselect={false}
              />
              <Switch label={t('statements.pages.enabled')} checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
              <Button type="submit" disabled={!brandId} loading={configure.isPending}>
                {t('statements.pages.save')}
              </Button>
            </Group>
          </form>
        )}
        <ErrorAlert error={pages.error ?? configure.error} />
      </Stack>
    </Card>
  );
}
