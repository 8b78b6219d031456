import { Anchor, Badge, Button, Card, Grid, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { MessageTemplateDetail } from '../../../core/api';
import { useTemplate, useTemplateAction } from '../../api/messages';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { useWorkspace } from '../workspaces/workspace-context';
import { ApprovalPanel } from './approval-panel';
import { TemplateEditor } from './template-editor';
import { TemplateError } from './template-error';
import { TemplateHistory } from './template-history';
import { STATUS_COLORS } from './template-words';

export function TemplatePage() {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const templateId = Number(useParams().templateId);
  const template = useTemplate(workspace.id, templateId);
  return (
    <>
      <Anchor component={Link} to={`/w/${workspace.id}/messages`} size="sm">
        ← {t('messages.back')}
      </Anchor>
      {template.isPending && <Loading />}
      <ErrorAlert error={template.error} onRetry={() => void template.refetch()} />
      {template.data && <TemplateView key={template.data.id} template={template.data} />}
    </>
  );
}

function TemplateView({ template }: { template: MessageTemplateDetail }) {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const action = useTemplateAction(workspace.id, template.id);
  const [body, setBody] = useState(template.body);
  const [changeNote, setChangeNote] = useState('');
  const editable = can('templates.write') && template.status !== 'in_review' && !template.archived;
  const changed = body !== template.body;
  const target = { kind: template.kind, channel: template.channel, language: template.language };

  return (
    <>
      <PageHeader
        title={template.name}
        subtitle={[
          t(`crisis.types.${template.crisisType}`),
          t(`messages.kinds.${template.kind}`),
          t(`messages.channels.${template.channel}`),
          t(`messages.languages.${template.language}`),
        ].join(' · ')}
        actions={
          <Group gap="xs">
            <Badge color={STATUS_COLORS[template.status]} size="lg" variant="light" data-testid="template-status">
              {t(`messages.statuses.${template.status}`)}
            </Badge>
            {template.archived && <Badge color="gray">{t('messages.archived')}</Badge>}
          </Group>
        }
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder>
            <Stack>
              <Text size="sm" c="dimmed">
                {template.approvedVersion === null
                  ? t('messages.noApprovedVersion')
                  : t('messages.approvedVersion', { version: template.approvedVersion })}
              </Text>
              <TemplateEditor body={body} onChange={setBody} target={target} readOnly={!editable} />
              {editable && (
                <Group align="flex-end">
                  <TextInput
                    label={t('messages.changeNote')}
                    description={t('messages.changeNoteHelp')}
                    value={changeNote}
                    onChange={(e) => setChangeNote(e.currentTarget.value)}
                    style={{ flex: 1 }}
                  />
                  <Button
                    disabled={!changed}
                    loading={action.isPending && action.variables.kind === 'versions'}
                    onClick={() => action.mutate({ kind: 'versions', body, changeNote }, { onSuccess: () => setChangeNote('') })}
                  >
                    {t('messages.saveVersion')}
                  </Button>
                </Group>
              )}
              <TemplateError error={action.error} />
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <ApprovalPanel template={template} action={action} unsaved={changed} />
            {can('templates.configure') && (
              <Button variant="subtle" color="gray" onClick={() => action.mutate({ kind: template.archived ? 'restore' : 'archive' })}>
                {template.archived ? t('messages.restore') : t('messages.archive')}
              </Button>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <Title order={2} size="h4" mt="xl" mb="sm">
        {t('messages.history.title')}
      </Title>
      <TemplateHistory template={template} action={action} />
    </>
  );
}
