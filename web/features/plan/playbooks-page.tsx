import { Alert, Anchor, Badge, Button, Card, Group, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CRISIS_TYPES } from '../../../core/plan';
import { useInstallStarter, usePlaybooks } from '../../api/plan';
import { toLocale } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { ExportPlanMenu } from '../plan-document/export-plan-menu';
import { useWorkspace } from '../workspaces/workspace-context';

/** Playbooks by crisis type; a type without one shows which playbook its incidents fall back to. */
export function PlaybooksPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { workspace, can } = useWorkspace();
  const [showArchived, setShowArchived] = useState(false);
  const playbooks = usePlaybooks(workspace.id, showArchived ? 'any' : 'false');
  const install = useInstallStarter(workspace.id);
  const base = `/w/${workspace.id}/plan/playbooks`;
  const byType = new Map(CRISIS_TYPES.map((type) => [type, (playbooks.data ?? []).filter((p) => p.crisisType === type)]));

  return (
    <>
      <PageHeader
        title={t('plan.playbooks.title')}
        subtitle={t('plan.playbooks.subtitle')}
        actions={
          <Group align="flex-start">
            {can('plan.write') && (
              <>
                <Button variant="default" loading={install.isPending} onClick={() => install.mutate(toLocale(i18n.language))}>
                  {t('plan.playbooks.installStarter')}
                </Button>
                <Button component={Link} to={`${base}/new`}>
                  {t('plan.playbooks.new')}
                </Button>
              </>
            )}
            <ExportPlanMenu />
          </Group>
        }
      />
      {can('plan.write') && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('plan.playbooks.installStarterHint')}
        </Text>
      )}
      <ErrorAlert error={install.error} />
      {install.data && (
        <Alert color="teal" variant="light" role="status" mb="sm">
          {t('plan.playbooks.installed', { added: install.data.added.length, kept: install.data.kept.length })}
        </Alert>
      )}
      <Card withBorder>
        <Switch
          mb="sm"
          label={t('plan.playbooks.showArchived')}
          checked={showArchived}
          onChange={(event) => setShowArchived(event.currentTarget.checked)}
        />
        {playbooks.isPending && <Loading />}
        <ErrorAlert error={playbooks.error} onRetry={() => void playbooks.refetch()} />
        {playbooks.data && (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" aria-label={t('plan.playbooks.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('plan.playbooks.crisisType')}</Table.Th>
                  <Table.Th>{t('plan.playbooks.playbook')}</Table.Th>
                  <Table.Th>{t('plan.playbooks.language')}</Table.Th>
                  <Table.Th>{t('plan.playbooks.version')}</Table.Th>
                  <Table.Th>{t('plan.playbooks.steps')}</Table.Th>
                  <Table.Th>{t('plan.playbooks.updated')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {CRISIS_TYPES.map((type) => {
                  const rows = byType.get(type) ?? [];
                  if (rows.length === 0) {
                    return (
                      <Table.Tr key={type}>
                        <Table.Td>{t(`crisis.types.${type}`)}</Table.Td>
                        <Table.Td colSpan={5}>
                          <Text size="sm" c="dimmed">
                            {type === 'other' ? t('plan.playbooks.noFallback') : t('plan.playbooks.noPlaybook')}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    );
                  }
                  return rows.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>{t(`crisis.types.${type}`)}</Table.Td>
                      <Table.Td>
                        <Group gap="xs">
                          <Anchor component={Link} to={`${base}/${p.id}`}>
                            {p.title}
                          </Anchor>
                          {p.starterKey && p.version === 1 && (
                            <Badge size="xs" variant="light">
                              {t('plan.playbooks.starter')}
                            </Badge>
                          )}
                          {p.archived && (
                            <Badge size="xs" color="gray">
                              {t('plan.playbooks.archived')}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>{p.language.toUpperCase()}</Table.Td>
                      <Table.Td>{p.version}</Table.Td>
                      <Table.Td>{p.stepCount}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{format.dateTime(p.updatedAt)}</Text>
                        {p.updatedBy && (
                          <Text size="xs" c="dimmed">
                            {p.updatedBy.name}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ));
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
    </>
  );
}
