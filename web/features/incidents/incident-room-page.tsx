import { Divider, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useIncident } from '../../api/incidents';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { useWorkspace } from '../workspaces/workspace-context';
import { EvidenceList } from './evidence-list';
import { FactSheetEditor } from './fact-sheet-editor';
import { PauseBanner } from './pause-banner';
import { RoomHeader } from './room-header';
import { useRoomLiveUpdates } from './room-live';
import { RoomSignals } from './room-signals';
import { TaskList } from './task-list';
import { TeamPanel } from './team-panel';
import { TimelinePanel } from './timeline-panel';
import { IncidentStatements } from '../statements/statements-page';

/** The crisis room: everything about one incident on one page, kept current live. */
export function IncidentRoomPage() {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const incidentId = Number(useParams().incidentId);
  const incident = useIncident(workspace.id, incidentId);
  useRoomLiveUpdates(workspace.id, incidentId);

  if (incident.isPending) return <Loading />;
  if (incident.isError) return <ErrorAlert error={incident.error} onRetry={() => void incident.refetch()} />;
  const room = incident.data;
  return (
    <Stack>
      <RoomHeader incident={room} />
      {room.pause && <PauseBanner pause={room.pause} />}
      <Text size="sm" c="dimmed">
        {room.playbook
          ? t('incidents.room.playbook', { title: room.playbook.title, version: room.playbook.version })
          : t('incidents.room.noPlaybook')}
      </Text>
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <TaskList incident={room} />
            <Divider />
            <FactSheetEditor incident={room} />
            <Divider />
            <Title order={2} size="h4">
              {t('statements.incidentTitle')}
            </Title>
            <IncidentStatements incidentId={room.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <Paper withBorder p="md">
              <TeamPanel incident={room} />
            </Paper>
            {room.brandId !== null && <RoomSignals brandId={room.brandId} brandName={room.brandName ?? ''} />}
            <EvidenceList incident={room} />
          </Stack>
        </Grid.Col>
      </Grid>
      <Divider />
      <TimelinePanel incident={room} />
    </Stack>
  );
}
