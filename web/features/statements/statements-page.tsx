import { Button, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSaveStatementSettings, useStatementSettings, useStatements } from '../../api/statements';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { useWorkspace } from '../workspaces/workspace-context';
import { StatementsList } from './statements-list';
import { UpdatePagesPanel } from './update-pages-panel';

/** Every statement of the workspace, and the brands' public update pages. */
export function StatementsPage() {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const statements = useStatements(workspace.id);
  return (
    <>
      <PageHeader
        title={t('statements.title')}
        subtitle={t('statements.subtitle')}
        actions={
          can('statements.write') && (
            <Button component={Link} to={`/w/${workspace.id}/statements/new`}>
              {t('statements.new')}
            </Button>
          )
        }
      />
      <Stack>
        <ErrorAlert error={statements.error} onRetry={() => void statements.refetch()} />
        {statements.isPending && <Loading />}
        {statements.data &&
          (statements.data.length === 0 ? (
            <EmptyState title={t('statements.emptyTitle')}>{t('statements.emptyBody')}</EmptyState>
          ) : (
            <StatementsList workspaceId={workspace.id} statements={statements.data} />
          ))}
        <TwoPersonRuleSwitch />
        <UpdatePagesPanel />
      </Stack>
    </>
  );
}

/** The incident room's list of the incident's statements, with a way to draft one for it. */
export function IncidentStatements({ incidentId }: { incidentId: number }) {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const statements = useStatements(workspace.id, incidentId);
  if (!can('statements.read')) return null;
  return (
    <Stack gap="xs">
      <ErrorAlert error={statements.error} />
      {statements.data && statements.data.length > 0 ? (
        <StatementsList workspaceId={workspace.id} statements={statements.data} />
      ) : (
        statements.data && (
          <Text c="dimmed" size="sm">
            {t('statements.incidentEmpty')}
          </Text>
        )
      )}
      {can('statements.write') && (
        <Button variant="light" component={Link} to={`/w/${workspace.id}/statements/new?incident=${incidentId}`} w="fit-content">
          {t('statements.newForIncident')}
        </Button>
      )}
    </Stack>
  );
}

/** The workspace's two-person rule for incident statements: shown to everyone, changed by crisis leads. */
function TwoPersonRuleSwitch() {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const settings = useStatementSettings(workspace.id);
  const save = useSaveStatementSettings(workspace.id);
  if (!settings.data) return null;
  return (
    <>
      <Switch
        label={t('statements.twoPersonRule')}
        checked={settings.data.twoPersonRule}
        disabled={!can('templates.configure') || save.isPending}
        onChange={(e) => save.mutate({ twoPersonRule: e.currentTarget.checked })}
      />
      <ErrorAlert error={save.error} />
    </>
  );
}
