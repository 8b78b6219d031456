import { Button, Group, Modal, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../core/api';
import { CRISIS_ROLES, type CrisisRole } from '../../../core/plan';
import { useRoomAction } from '../../api/incidents';
import { useMembers } from '../../api/members';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';

interface Row {
  role: CrisisRole;
  userId: string | null;
  deputyUserIds: number[];
}

/** The people working this incident, filled from the plan's default team and editable here. */
export function TeamPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const members = useMembers(workspace.id);
  const action = useRoomAction(workspace.id, incident.id);
  const [rows, setRows] = useState<Row[] | null>(null);
  const people = (members.data?.members ?? []).map((m) => ({ value: String(m.userId), label: m.name || m.email }));
  const startEditing = () =>
    setRows(incident.team.map((m) => ({ role: m.role, userId: String(m.userId), deputyUserIds: m.deputyUserIds })));
  const update = (i: number, patch: Partial<Row>) => setRows((all) => all && all.map((row, j) => (j === i ? { ...row, ...patch } : row)));

  return (
    <Stack gap="sm" component="section" aria-labelledby="room-team">
      <Group justify="space-between">
        <Title order={2} size="h4" id="room-team">
          {t('incidents.team.title')}
        </Title>
        {can('incidents.work') && incident.state !== 'reviewed' && (
          <Button size="xs" variant="light" onClick={startEditing}>
            {t('incidents.team.edit')}
          </Button>
        )}
      </Group>
      {incident.team.length === 0 ? (
        <Text c="dimmed">{t('incidents.team.empty')}</Text>
      ) : (
        <Table>
          <Table.Tbody>
            {incident.team.map((m) => (
              <Table.Tr key={`${m.role}-${m.userId}`}>
                <Table.Td>{t(`crisis.roles.${m.role}`)}</Table.Td>
                <Table.Td>{m.name}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={rows !== null} onClose={() => setRows(null)} title={t('incidents.team.edit')} size="lg" centered>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const payload = (rows ?? [])
              .filter((r) => r.userId !== null)
              .map((r) => ({ role: r.role, userId: Number(r.userId), deputyUserIds: r.deputyUserIds }));
            action.mutate({ path: 'team', method: 'PUT', body: { members: payload } }, { onSuccess: () => setRows(null) });
          }}
        >
          <Stack>
            {rows?.map((row, i) => (
              <Group key={i} align="flex-end" wrap="nowrap">
                <Select
                  label={t('incidents.team.role')}
                  value={row.role}
                  onChange={(value) => value && update(i, { role: value as CrisisRole })}
                  data={CRISIS_ROLES.map((r) => ({ value: r, label: t(`crisis.roles.${r}`) }))}
                  allowDeselect={false}
                />
                <Select
                  label={t('incidents.team.person')}
                  value={row.userId}
                  onChange={(value) => update(i, { userId: value })}
                  data={people}
                />
                <Button variant="subtle" color="red" onClick={() => setRows((all) => all && all.filter((_, j) => j !== i))}>
                  {t('incidents.team.remove')}
                </Button>
              </Group>
            ))}
            <Button
              variant="default"
              onClick={() => setRows((all) => [...(all ?? []), { role: 'responder', userId: null, deputyUserIds: [] }])}
            >
              {t('incidents.team.add')}
            </Button>
            <ErrorAlert error={action.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRows(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={action.isPending}>
                {t('incidents.room.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
