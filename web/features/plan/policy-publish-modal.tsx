import { Button, Group, Modal, Paper, Select, SimpleGrid, Stack, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, PolicyVersion } from '../../../core/api';
import { STARTER_POLICY } from '../../../core/plan/starter';
import { fieldIssues } from '../../api/errors';
import { usePublishPolicy } from '../../api/plan';
import { toLocale } from '../../i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';
import { MarkdownView } from './markdown-view';

interface PolicyPublishModalProps {
  opened: boolean;
  current: PolicyVersion | null;
  onClose: () => void;
}

export function PolicyPublishModal({ opened, current, onClose }: PolicyPublishModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('plan.policy.publishTitle')} size="xl">
      {opened && <PolicyPublishForm current={current} onClose={onClose} />}
    </Modal>
  );
}

/** Starts from the current version, or from the starter policy in the UI language. */
function PolicyPublishForm({ current, onClose }: Omit<PolicyPublishModalProps, 'opened'>) {
  const { t, i18n } = useTranslation();
  const { workspace } = useWorkspace();
  const publish = usePublishPolicy(workspace.id);
  const [language, setLanguage] = useState<Locale>(current?.language ?? toLocale(i18n.language));
  const [title, setTitle] = useState(current?.title ?? STARTER_POLICY[language].title);
  const [body, setBody] = useState(current?.body ?? STARTER_POLICY[language].body);
  const [note, setNote] = useState('');
  const issues = fieldIssues(publish.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    publish.mutate({ title, language, body, note }, { onSuccess: onClose });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('plan.policy.publishHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('plan.policy.titleLabel')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={issues.title}
          />
          <Select
            label={t('plan.policy.language')}
            data={[
              { value: 'id', label: t('language.idLong') },
              { value: 'en', label: t('language.enLong') },
            ]}
            value={language}
            onChange={(value) => value && setLanguage(value as Locale)}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Group>
          <Button
            variant="light"
            size="xs"
            onClick={() => {
              setTitle(STARTER_POLICY[language].title);
              setBody(STARTER_POLICY[language].body);
            }}
          >
            {t('plan.policy.startFromStarter')}
          </Button>
        </Group>
        <Tabs defaultValue="write">
          <Tabs.List>
            <Tabs.Tab value="write">{t('plan.policy.body')}</Tabs.Tab>
            <Tabs.Tab value="preview">{t('plan.policy.preview')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="write" pt="xs">
            <Textarea
              aria-label={t('plan.policy.body')}
              description={t('plan.policy.bodyHint')}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              autosize
              minRows={12}
              maxRows={24}
              error={issues.body}
              styles={{ input: { fontFamily: 'monospace' } }}
            />
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="xs">
            <Paper withBorder p="md" mah={480} style={{ overflow: 'auto' }}>
              <MarkdownView source={body} />
            </Paper>
          </Tabs.Panel>
        </Tabs>
        <TextInput label={t('plan.policy.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={issues.note} />
        <ErrorAlert error={publish.error} fields={['title', 'body', 'note']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={publish.isPending}>
            {t('plan.policy.publish')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
