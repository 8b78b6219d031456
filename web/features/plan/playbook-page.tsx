import { Alert, Anchor, Badge, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useArchivePlaybook, usePlaybook, usePlaybookHistory, usePlaybookVersion, useSavePlaybookVersion } from '../../api/plan';
import { useFormat } from '../../i18n/format';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { useWorkspace } from '../workspaces/workspace-context';
import { PlaybookEditor } from './playbook-editor';
import { PlaybookHistory } from './playbook-history';
import { PlaybookStepsView } from './playbook-steps-view';

/** One playbook: its current steps (or an older version's), editing as a new version, and its history. */
export function PlaybookPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { workspace, can } = useWorkspace();
  const playbookId = Number(useParams().playbookId);
  const playbook = usePlaybook(workspace.id, playbookId);
  const history = usePlaybookHistory(workspace.id, playbookId);
  const [viewing, setViewing] = useState<number | null>(null);
  const older = usePlaybookVersion(workspace.id, playbookId, viewing);
  const save = useSavePlaybookVersion(workspace.id, playbookId);
  const archive = useArchivePlaybook(workspace.id, playbookId);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const back = (
    <Anchor component={Link} to={`/w/${workspace.id}/plan/playbooks`} size="sm">
      ← {t('plan.playbook.back')}
    </Anchor>
  );

  if (playbook.isPending) return <Loading />;
  if (!playbook.data) return <ErrorAlert error={playbook.error} onRetry={() => void playbook.refetch()} />;
  const p = playbook.data;
  const shown = viewing !== null && older.data ? older.data : p;
  const editable = can('plan.write');

  return (
    <>
      <PageHeader
        above={back}
        title={shown.title}
        subtitle={`${t(`crisis.types.${p.crisisType}`)} · ${t('plan.playbook.version', { n: shown.version })}`}
        actions={
          editable &&
          !editing && (
            <>
              {!p.archived && (
                <Button
                  onClick={() => {
                    setViewing(null);
                    setEditing(true);
                  }}
                >
                  {t('plan.playbook.edit')}
                </Button>
              )}
              <Button variant="default" color={p.archived ? undefined : 'red'} onClick={() => setConfirming(true)}>
                {p.archived ? t('plan.playbook.restore') : t('plan.playbook.archive')}
              </Button>
            </>
          )
        }
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            {p.archived && (
              <Alert color="gray" variant="light">
                {t('plan.playbook.archivedNotice')}
              </Alert>
            )}
            {viewing !== null && (
              <Alert color="blue" variant="light">
                {t('plan.playbook.viewing', { n: viewing })}{' '}
                <Anchor component="button" type="button" onClick={() => setViewing(null)}>
                  {t('plan.playbook.backToCurrent')}
                </Anchor>
              </Alert>
            )}
            {editing ? (
              <Card withBorder>
                <PlaybookEditor
                  initial={p}
                  submitLabel={t('plan.editor.save')}
                  saving={save.isPending}
                  error={save.error}
                  onCancel={() => {
                    setEditing(false);
                    save.reset();
                  }}
                  onSubmit={(value) => save.mutate({ ...value, basedOn: p.version }, { onSuccess: () => setEditing(false) })}
                />
              </Card>
            ) : (
              <PlaybookStepsView steps={shown.steps} />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder component="section" aria-labelledby="history-title">
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h4" id="history-title">
                {t('plan.playbook.history')}
              </Title>
              <Badge variant="light">{p.language.toUpperCase()}</Badge>
            </Group>
            <Text size="xs" c="dimmed" mb="sm">
              {format.dateTime(p.updatedAt)}
            </Text>
            <ErrorAlert error={history.error} />
            {history.data && <PlaybookHistory entries={history.data} current={p.version} viewing={viewing} onView={setViewing} />}
          </Card>
        </Grid.Col>
      </Grid>
      <ConfirmDialog
        opened={confirming}
        title={p.archived ? t('plan.playbook.restore') : t('plan.playbook.archiveTitle')}
        message={p.archived ? t('plan.playbook.restoreBody') : t('plan.playbook.archiveBody', { title: p.title })}
        confirmLabel={p.archived ? t('plan.playbook.restore') : t('plan.playbook.archive')}
        loading={archive.isPending}
        error={archive.error}
        onClose={() => {
          setConfirming(false);
          archive.reset();
        }}
        onConfirm={() => archive.mutate(!p.archived, { onSuccess: () => setConfirming(false) })}
      />
    </>
  );
}
