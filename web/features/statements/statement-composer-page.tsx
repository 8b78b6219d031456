import { Button, Checkbox, Group, MultiSelect, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { CONTACT_KINDS, type ContactKind } from '../../../core/api';
import { renderTemplate } from '../../../core/messaging';
import { type StatementLanguage, previewStatement } from '../../../core/statements';
import { useBrands } from '../../api/brands';
import { useIncidents } from '../../api/incidents';
import { useTemplates } from '../../api/messages';
import { useAccounts } from '../../api/outbox';
import { useCreateStatement, useUpdatePages } from '../../api/statements';
import { ErrorAlert } from '../../ui/error-alert';
import { PageHeader } from '../../ui/page-header';
import { useWorkspace } from '../workspaces/workspace-context';
import { ChannelPreviews } from './channel-previews';

/** Compose a statement: brand, incident, template or own words, channels, per-channel previews, next update. */
export function StatementComposerPage() {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const brands = useBrands(workspace.id);
  const incidents = useIncidents(workspace.id, 'open');
  const accounts = useAccounts(workspace.id);
  const pages = useUpdatePages(workspace.id);
  const create = useCreateStatement(workspace.id);

  const incidentParam = params.get('incident');
  const [incidentId, setIncidentId] = useState<string | null>(incidentParam);
  const presetBrand = incidents.data?.find((i) => String(i.id) === incidentId)?.brandId;
  const [brandChoice, setBrandChoice] = useState<string | null>(null);
  const brandId = brandChoice ?? (presetBrand ? String(presetBrand) : brands.data?.[0] ? String(brands.data[0].id) : null);
  const [language, setLanguage] = useState<StatementLanguage>('id');
  const [title, setTitle] = useState('');
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [ownBody, setOwnBody] = useState('');
  const [variants, setVariants] = useState<Record<string, string>>({});
  const [accountIds, setAccountIds] = useState<number[]>([]);
  const [page, setPage] = useState(true);
  const [subscribers, setSubscribers] = useState(true);
  const [contactKinds, setContactKinds] = useState<ContactKind[]>([]);
  const [nextUpdate, setNextUpdate] = useState('');
  const templates = useTemplates(workspace.id, { language });

  const template = templates.data?.find((tpl) => String(tpl.id) === templateId);
  const body = template ? renderTemplate(template.body, values).text : ownBody;
  const brandAccounts = (accounts.data ?? []).filter((a) => String(a.brandId) === brandId);
  const brandPage = pages.data?.find((p) => String(p.brandId) === brandId);
  const chosen = brandAccounts.filter((a) => accountIds.includes(a.id));
  const emailing = (subscribers && !!brandPage) || contactKinds.length > 0;
  const previews = previewStatement({ body, language, variants, accounts: chosen, page: page && !!brandPage?.enabled, email: emailing });

  const save = () => {
    if (!brandId) return;
    create.mutate(
      {
        brandId: Number(brandId),
        incidentId: incidentId ? Number(incidentId) : null,
        language,
        title,
        ...(template ? { templateId: template.id, values } : { body: ownBody }),
        variants: Object.fromEntries(Object.entries(variants).filter(([, v]) => v.trim())),
        targets: {
          accountIds: chosen.map((a) => a.id),
          page: page && !!brandPage,
          subscribers: subscribers && !!brandPage,
          contactKinds,
          contactIds: [],
        },
        nextUpdateAt: nextUpdate ? new Date(nextUpdate).getTime() : null,
      },
      { onSuccess: (s) => void navigate(`/w/${workspace.id}/statements/${s.id}`) },
    );
  };

  return (
    <>
      <PageHeader title={t('statements.composer.title')} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <Stack maw={860}>
          <Group grow align="start" wrap="wrap">
            <Select
              label={t('statements.composer.incident')}
              data={[
                { value: '', label: t('statements.composer.noIncident') },
                ...(incidents.data ?? []).map((i) => ({ value: String(i.id), label: i.title })),
              ]}
              value={incidentId ?? ''}
              onChange={(v) => setIncidentId(v || null)}
              allowDeselect={false}
            />
            <Select
              label={t('statements.composer.brand')}
              data={(brands.data ?? []).map((b) => ({ value: String(b.id), label: b.name }))}
              value={brandId}
              onChange={(v) => {
                setBrandChoice(v);
                setAccountIds([]);
              }}
              allowDeselect={false}
            />
            <Select
              label={t('statements.composer.language')}
              data={[
                { value: 'id', label: t('statements.composer.language_id') },
                { value: 'en', label: t('statements.composer.language_en') },
              ]}
              value={language}
              onChange={(v) => setLanguage((v as StatementLanguage | null) ?? 'id')}
              allowDeselect={false}
            />
          </Group>
          <TextInput label={t('statements.composer.heading')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
          <Select
            label={t('statements.composer.template')}
            description={t('statements.composer.templateHelp')}
            data={[
              { value: '', label: t('statements.composer.noTemplate') },
              ...(templates.data ?? [])
                .filter((tpl) => !tpl.archived)
                .map((tpl) => ({ value: String(tpl.id), label: `${tpl.name} (${t(`messages.statuses.${tpl.status}`)})` })),
            ]}
            value={templateId ?? ''}
            onChange={(v) => setTemplateId(v || null)}
            searchable
            allowDeselect={false}
          />
          {template && template.variables.length > 0 && (
            <Group grow wrap="wrap">
              {template.variables.map((name) => (
                <TextInput
                  key={name}
                  label={`{${name}}`}
                  value={values[name] ?? ''}
                  onChange={(e) => {
                    const text = e.currentTarget.value;
                    setValues((v) => ({ ...v, [name]: text }));
                  }}
                />
              ))}
            </Group>
          )}
          <Textarea
            label={t('statements.composer.body')}
            autosize
            minRows={5}
            required={!template}
            readOnly={!!template}
            value={body}
            onChange={(e) => setOwnBody(e.currentTarget.value)}
          />
          <Title order={2} size="h4">
            {t('statements.composer.channels')}
          </Title>
          <Checkbox.Group
            label={t('statements.composer.accounts')}
            value={accountIds.map(String)}
            onChange={(v) => setAccountIds(v.map(Number))}
          >
            <Stack gap={4} mt={4}>
              {brandAccounts.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('statements.composer.noAccounts')}
                </Text>
              )}
              {brandAccounts.map((a) => (
                <Checkbox
                  key={a.id}
                  value={String(a.id)}
                  label={`${a.displayName} · @${a.handle} (${t(`accounts.platforms.${a.platform}`)})`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          {brandPage ? (
            <>
              <Checkbox
                label={`${t('statements.composer.page')} (${brandPage.url})`}
                checked={page}
                onChange={(e) => setPage(e.currentTarget.checked)}
              />
              <Checkbox
                label={t('statements.composer.subscribers', { count: brandPage.subscriberCount })}
                checked={subscribers}
                onChange={(e) => setSubscribers(e.currentTarget.checked)}
              />
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {t('statements.composer.noPage')}
            </Text>
          )}
          <MultiSelect
            label={t('statements.composer.contactKinds')}
            data={CONTACT_KINDS.map((k) => ({ value: k, label: t(`contacts.kinds.${k}`) }))}
            value={contactKinds}
            onChange={(v) => setContactKinds(v as ContactKind[])}
          />
          <TextInput
            type="datetime-local"
            label={t('statements.composer.nextUpdate')}
            value={nextUpdate}
            onChange={(e) => setNextUpdate(e.currentTarget.value)}
          />
          <Title order={2} size="h4">
            {t('statements.composer.previews')}
          </Title>
          <ChannelPreviews previews={previews} variants={variants} onVariant={(key, text) => setVariants((v) => ({ ...v, [key]: text }))} />
          <ErrorAlert error={create.error} />
          <Group>
            <Button type="submit" loading={create.isPending} disabled={!brandId || !title.trim() || !body.trim()}>
              {t('statements.composer.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
