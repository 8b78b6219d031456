import { Anchor, Button, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useIncidents } from '../../api/incidents';
import { useFormat } from '../../i18n/format';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { useWorkspace } from '../workspaces/workspace-context';
import { DeclareIncidentModal } from './declare-incident-modal';
import { IncidentStateBadge, SeverityLevelBadge } from './incident-badges';
import { useRoomLiveUpdates } from './room-live';

/** Every incident of the workspace: state, severity, age and how its tasks stand. */
export function IncidentsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { workspace, can } = useWorkspace();
  const [filter, setFilter] = useState<'open' | 'all'>('open');
  const [declaring, setDeclaring] = useState(false);
  const incidents = useIncidents(workspace.id, filter === 'open' ? 'open' : undefined);
  useRoomLiveUpdates(workspace.id, null);

  const declare = can('incidents.declare') ? <Button onClick={() => setDeclaring(true)}>{t('incidents.declare')}</Button> : null;
  return (
    <>
      <PageHeader title={t('incidents.title')} subtitle={t('incidents.subtitle')} actions={declare} />
      <Stack>
        <SegmentedControl
          aria-label={t('incidents.filterLabel')}
          value={filter}
          onChange={(value) => setFilter(value as 'open' | 'all')}
          data={[
            { value: 'open', label: t('incidents.filter.open') },
            { value: 'all', label: t('incidents.filter.all') },
          ]}
          w="fit-content"
        />
        {incidents.isPending && <Loading />}
        <ErrorAlert error={incidents.error} onRetry={() => void incidents.refetch()} />
        {incidents.data?.length === 0 && <EmptyState title={t('incidents.empty')}>{t('incidents.emptyHint')}</EmptyState>}
        {incidents.data && incidents.data.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('incidents.columns.title')}</Table.Th>
                  <Table.Th>{t('incidents.columns.state')}</Table.Th>
                  <Table.Th>{t('incidents.columns.severity')}</Table.Th>
                  <Table.Th>{t('incidents.columns.brand')}</Table.Th>
                  <Table.Th>{t('incidents.columns.age')}</Table.Th>
                  <Table.Th>{t('incidents.columns.tasks')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {incidents.data.map((incident) => (
                  <Table.Tr key={incident.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`${incident.id}`} aria-label={t('incidents.openRoom', { title: incident.title })}>
                        #{incident.id} {incident.title}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {t(`crisis.types.${incident.crisisType}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <IncidentStateBadge state={incident.state} />
                    </Table.Td>
                    <Table.Td>
                      <SeverityLevelBadge level={incident.severity} />
                    </Table.Td>
                    <Table.Td>{incident.brandName ?? '—'}</Table.Td>
                    <Table.Td>{format.dateTime(incident.declaredAt)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" c={incident.overdueTasks > 0 ? 'red' : undefined}>
                        {t('incidents.tasksCount', { open: incident.openTasks, overdue: incident.overdueTasks })}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <DeclareIncidentModal
        opened={declaring}
        alert={null}
        onClose={() => setDeclaring(false)}
        onDeclared={(id) => void navigate(`${id}`)}
      />
    </>
  );
}
