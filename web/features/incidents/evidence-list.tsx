import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../core/api';
import { useEvidence, useRoomAction } from '../../api/incidents';
import { useFormat } from '../../i18n/format';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { useWorkspace } from '../workspaces/workspace-context';

/** The mentions linked to the incident, newest first. */
export function EvidenceList({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { workspace, can } = useWorkspace();
  const evidence = useEvidence(workspace.id, incident.id);
  const action = useRoomAction(workspace.id, incident.id);
  const editable = can('incidents.work') && incident.state !== 'reviewed';

  return (
    <Stack gap="sm" component="section" aria-labelledby="room-evidence">
      <Title order={2} size="h4" id="room-evidence">
        {t('incidents.evidence.title')} ({incident.evidenceCount})
      </Title>
      {evidence.isPending && <Loading />}
      <ErrorAlert error={evidence.error ?? action.error} />
      {evidence.data?.length === 0 && <Text c="dimmed">{t('incidents.evidence.empty')}</Text>}
      <Stack gap={6} role="list" aria-label={t('incidents.evidence.title')} mah={420} style={{ overflowY: 'auto' }}>
        {evidence.data?.map((item) => (
          <Paper key={item.mentionId} withBorder p="xs" role="listitem">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2}>
                <Group gap="xs">
                  <Badge size="xs" variant="light">
                    {item.platform}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {item.authorHandle ? `@${item.authorHandle} · ` : ''}
                    {format.dateTime(item.postedAt)}
                  </Text>
                </Group>
                <Text size="sm" lineClamp={3}>
                  {item.url ? (
                    <Anchor href={item.url} target="_blank" rel="noreferrer">
                      {item.text}
                    </Anchor>
                  ) : (
                    item.text
                  )}
                </Text>
              </Stack>
              {editable && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="gray"
                  aria-label={t('incidents.evidence.removeLabel', { id: item.mentionId })}
                  onClick={() =>
                    action.mutate({ path: `evidence/${item.mentionId}`, method: 'DELETE' }, { onSuccess: () => void evidence.refetch() })
                  }
                >
                  {t('incidents.evidence.remove')}
                </Button>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
