import { Button, Card, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ChannelId, TemplateKind, TemplateLanguage } from '../../../core/messaging';
import type { CrisisType } from '../../../core/plan';
import { useCreateTemplate } from '../../api/messages';
import { fieldIssues } from '../../api/errors';
import { ErrorAlert } from '../../ui/error-alert';
import { PageHeader } from '../../ui/page-header';
import { useWorkspace } from '../workspaces/workspace-context';
import { TemplateEditor } from './template-editor';
import { CHANNEL_IDS, CRISIS_TYPES, TEMPLATE_KINDS, TEMPLATE_LANGUAGES } from './template-words';

const FIELDS = ['name', 'crisisType', 'kind', 'channel', 'language', 'body'];

export function TemplateNewPage() {
  const { t, i18n } = useTranslation();
  const { workspace } = useWorkspace();
  const navigate = useNavigate();
  const create = useCreateTemplate(workspace.id);
  const [name, setName] = useState('');
  const [crisisType, setCrisisType] = useState<CrisisType>('outage');
  const [kind, setKind] = useState<TemplateKind>('holding_statement');
  const [channel, setChannel] = useState<ChannelId>('update_page');
  const [language, setLanguage] = useState<TemplateLanguage>(i18n.language.startsWith('en') ? 'en' : 'id');
  const [body, setBody] = useState('');
  const issues = fieldIssues(create.error);
  const target = { kind, channel, language };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name, crisisType, kind, channel, language, body, changeNote: '' },
      { onSuccess: (detail) => void navigate(`/w/${workspace.id}/messages/${detail.id}`) },
    );
  };

  return (
    <>
      <PageHeader title={t('messages.newTitle')} />
      <form onSubmit={submit} noValidate>
        <Stack>
          <Card withBorder>
            <Stack>
              <TextInput
                label={t('messages.name')}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={issues.name}
                required
              />
              <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
                <Select
                  label={t('messages.crisisType')}
                  data={CRISIS_TYPES.map((c) => ({ value: c, label: t(`crisis.types.${c}`) }))}
                  value={crisisType}
                  onChange={(v) => v && setCrisisType(v as CrisisType)}
                  allowDeselect={false}
                />
                <Select
                  label={t('messages.kind')}
                  data={TEMPLATE_KINDS.map((k) => ({ value: k, label: t(`messages.kinds.${k}`) }))}
                  value={kind}
                  onChange={(v) => v && setKind(v as TemplateKind)}
                  allowDeselect={false}
                />
                <Select
                  label={t('messages.channel')}
                  data={CHANNEL_IDS.map((c) => ({ value: c, label: t(`messages.channels.${c}`) }))}
                  value={channel}
                  onChange={(v) => v && setChannel(v as ChannelId)}
                  allowDeselect={false}
                />
                <Select
                  label={t('messages.language')}
                  data={TEMPLATE_LANGUAGES.map((l) => ({ value: l, label: t(`messages.languages.${l}`) }))}
                  value={language}
                  onChange={(v) => v && setLanguage(v as TemplateLanguage)}
                  allowDeselect={false}
                />
              </SimpleGrid>
            </Stack>
          </Card>
          <TemplateEditor body={body} onChange={setBody} target={target} error={issues.body} />
          <ErrorAlert error={create.error} fields={FIELDS} />
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending}>
              {t('messages.saveDraft')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
