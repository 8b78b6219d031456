import { Badge, Button, Checkbox, Group, Modal, NumberInput, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident, IncidentTask } from '../../../core/api';
import { CRISIS_ROLES, type CrisisRole } from '../../../core/plan';
import { useMembers } from '../../api/members';
import { useRoomAction } from '../../api/incidents';
import { useFormat } from '../../i18n/format';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';
import { taskTimerOf } from './countdown';

/** The current time, once a second, for the timers. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function TaskTimer({ task, now }: { task: IncidentTask; now: number }) {
  const { t } = useTranslation();
  const timer = taskTimerOf(task, now);
  if (timer.status === 'done') return <Badge color="teal">{t('incidents.tasks.done')}</Badge>;
  if (timer.face === null)
    return (
      <Badge color="gray" variant="light">
        {t('incidents.tasks.noDue')}
      </Badge>
    );
  const text =
    timer.status === 'overdue' ? t('incidents.tasks.overdue', { time: timer.face }) : t('incidents.tasks.remaining', { time: timer.face });
  return (
    <Badge
      color={timer.color}
      variant={timer.status === 'on_time' ? 'light' : 'filled'}
      style={{ textTransform: 'none', fontVariantNumeric: 'tabular-nums' }}
      role="timer"
    >
      {text}
    </Badge>
  );
}

/** The room's tasks: owners, deadlines with running timers, checklists, done and reopen. */
export function TaskList({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { workspace, can } = useWorkspace();
  const action = useRoomAction(workspace.id, incident.id);
  const members = useMembers(workspace.id);
  const now = useNow();
  const [adding, setAdding] = useState(false);
  const editable = can('incidents.work') && incident.state !== 'reviewed';
  const people = (members.data?.members ?? []).map((m) => ({ value: String(m.userId), label: m.name || m.email }));

  return (
    <Stack gap="sm" component="section" aria-labelledby="room-tasks">
      <Group justify="space-between">
        <Title order={2} size="h4" id="room-tasks">
          {t('incidents.tasks.title')}
        </Title>
        {editable && (
          <Button size="xs" variant="light" onClick={() => setAdding(true)}>
            {t('incidents.tasks.add')}
          </Button>
        )}
      </Group>
      {incident.tasks.length === 0 && <Text c="dimmed">{t('incidents.tasks.empty')}</Text>}
      {!adding && <ErrorAlert error={action.error} />}
      <Stack gap="xs" role="list" aria-label={t('incidents.tasks.title')}>
        {incident.tasks.map((task) => (
          <Paper key={task.id} withBorder p="sm" role="listitem" aria-label={task.title}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={4} style={{ flex: 1 }}>
                <Group gap="xs">
                  <Text fw={600} td={task.status === 'done' ? 'line-through' : undefined}>
                    {task.title}
                  </Text>
                  <Badge variant="outline" color="gray" size="sm" style={{ textTransform: 'none' }}>
                    {t(`crisis.roles.${task.ownerRole}`)}
                  </Badge>
                  <TaskTimer task={task} now={now} />
                </Group>
                {task.description && <Text size="sm">{task.description}</Text>}
                <Text size="xs" c="dimmed">
                  {task.dueAt === null ? t('incidents.tasks.noDue') : t('incidents.tasks.due', { at: format.dateTime(task.dueAt) })}
                  {task.completedBy ? ` · ${t('incidents.tasks.doneBy', { name: task.completedBy })}` : ''}
                </Text>
                {task.checklist.map((item, index) => (
                  <Checkbox
                    key={index}
                    size="xs"
                    label={item.text}
                    checked={item.done}
                    disabled={!editable}
                    onChange={(e) =>
                      action.mutate({ path: `tasks/${task.id}/checklist/${index}`, method: 'PUT', body: { done: e.currentTarget.checked } })
                    }
                  />
                ))}
                {task.escalation && (
                  <Text size="xs" c="dimmed">
                    {t('incidents.tasks.escalation', { text: task.escalation })}
                  </Text>
                )}
              </Stack>
              <Stack gap={6} w={200}>
                <Select
                  size="xs"
                  label={t('incidents.tasks.assignee')}
                  placeholder={t('incidents.tasks.nobody')}
                  value={task.assigneeUserId === null ? null : String(task.assigneeUserId)}
                  data={people}
                  disabled={!editable}
                  clearable
                  onChange={(value) =>
                    action.mutate({ path: `tasks/${task.id}/assign`, body: { assigneeUserId: value ? Number(value) : null } })
                  }
                />
                {editable &&
                  (task.status === 'open' ? (
                    <Button
                      size="xs"
                      color="teal"
                      aria-label={t('incidents.tasks.completeLabel', { title: task.title })}
                      onClick={() => action.mutate({ path: `tasks/${task.id}/complete` })}
                    >
                      {t('incidents.tasks.complete')}
                    </Button>
                  ) : (
                    <Button size="xs" variant="default" onClick={() => action.mutate({ path: `tasks/${task.id}/reopen` })}>
                      {t('incidents.tasks.reopen')}
                    </Button>
                  ))}
              </Stack>
            </Group>
          </Paper>
        ))}
      </Stack>
      <AddTaskModal opened={adding} onClose={() => setAdding(false)} incidentId={incident.id} people={people} />
    </Stack>
  );
}

function AddTaskModal({
  opened,
  onClose,
  incidentId,
  people,
}: {
  opened: boolean;
  onClose: () => void;
  incidentId: number;
  people: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const action = useRoomAction(workspace.id, incidentId);
  const [title, setTitle] = useState('');
  const [role, setRole] = useState<CrisisRole>('responder');
  const [assignee, setAssignee] = useState<string | null>(null);
  const [minutes, setMinutes] = useState<number | string>(60);
  return (
    <Modal opened={opened} onClose={onClose} title={t('incidents.tasks.addTitle')} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const dueAt = typeof minutes === 'number' ? Date.now() + minutes * 60_000 : null;
          action.mutate(
            { path: 'tasks', body: { title, ownerRole: role, assigneeUserId: assignee ? Number(assignee) : null, dueAt } },
            { onSuccess: () => (setTitle(''), onClose()) },
          );
        }}
      >
        <Stack>
          <TextInput
            label={t('incidents.tasks.taskTitle')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            required
            maxLength={200}
            data-autofocus
          />
          <Select
            label={t('incidents.tasks.ownerRole')}
            value={role}
            onChange={(value) => value && setRole(value as CrisisRole)}
            data={CRISIS_ROLES.map((r) => ({ value: r, label: t(`crisis.roles.${r}`) }))}
            allowDeselect={false}
          />
          <Select
            label={t('incidents.tasks.assignee')}
            value={assignee}
            onChange={setAssignee}
            data={people}
            clearable
            placeholder={t('incidents.tasks.nobody')}
          />
          <NumberInput label={t('incidents.tasks.dueInMinutes')} value={minutes} onChange={setMinutes} min={0} />
          <ErrorAlert error={action.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={action.isPending}>
              {t('incidents.tasks.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
