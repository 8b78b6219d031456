import { Anchor, Button, Group, Modal, Popover, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Incident } from '../../../core/api';
import { type IncidentState, findTransition } from '../../../core/incidents';
import { useRoomAction } from '../../api/incidents';
import { useFormat } from '../../i18n/format';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';
import { IncidentStateBadge, SeverityLevelBadge } from './incident-badges';
import { SeverityFactors } from './severity-factors';

const FIELD_LABELS = {
  resolutionSummary: 'incidents.room.resolutionSummary',
  reviewNote: 'incidents.room.reviewNote',
  note: 'incidents.room.note',
} as const;

/** Title, state with the moves the user may make (asking for what each needs), and severity with its explanation. */
export function RoomHeader({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { workspace, can } = useWorkspace();
  const action = useRoomAction(workspace.id, incident.id);
  const [target, setTarget] = useState<IncidentState | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [severityOpen, setSeverityOpen] = useState(false);
  const [level, setLevel] = useState(String(incident.severity));
  const [reason, setReason] = useState('');
  const rule = target ? findTransition(incident.state, target) : null;
  const moves = incident.nextStates.filter((to) => {
    const found = findTransition(incident.state, to);
    return found !== null && can(found.permission);
  });

  return (
    <Stack gap="xs">
      <Anchor component={Link} to=".." relative="path" size="sm">
        ← {t('incidents.room.back')}
      </Anchor>
      <Group gap="xs">
        <IncidentStateBadge state={incident.state} />
        <Popover width={320} position="bottom-start" withArrow>
          <Popover.Target>
            <Button variant="subtle" size="compact-sm" p={0} aria-label={t('incidents.room.severityWhy')}>
              <SeverityLevelBadge level={incident.severity} />
            </Button>
          </Popover.Target>
          <Popover.Dropdown>
            <Stack gap="xs">
              <Text size="sm">{t('incidents.room.suggestedWas', { level: incident.severitySuggested })}</Text>
              {incident.severityReason && (
                <Text size="sm">{t('incidents.room.overriddenBecause', { reason: incident.severityReason })}</Text>
              )}
              <SeverityFactors assessment={{ factors: incident.severityFactors, heldBackByTone: incident.heldBackByTone }} />
            </Stack>
          </Popover.Dropdown>
        </Popover>
        <Text size="sm" c="dimmed">
          {t(`crisis.types.${incident.crisisType}`)}
          {incident.brandName ? ` · ${incident.brandName}` : ''}
        </Text>
      </Group>
      <Title order={1} size="h2">
        #{incident.id} {incident.title}
      </Title>
      <Text size="sm" c="dimmed">
        {t('incidents.room.declaredBy', {
          at: format.dateTime(incident.declaredAt),
          name: incident.declaredBy ?? t('incidents.timeline.system'),
        })}
      </Text>
      {incident.summary && <Text>{incident.summary}</Text>}
      {incident.resolutionSummary && <Text fw={500}>{t('incidents.room.resolution', { text: incident.resolutionSummary })}</Text>}
      <Group gap="xs" role="group" aria-label={t('incidents.room.transitions')}>
        {moves.map((to) => (
          <Button
            key={to}
            variant={to === 'resolved' ? 'filled' : 'light'}
            color={to === 'resolved' ? 'teal' : undefined}
            onClick={() => (setFields({}), setTarget(to))}
          >
            {t('incidents.room.moveTo', { state: t(`incidents.states.${to}`) })}
          </Button>
        ))}
        {can('incidents.work') && incident.state !== 'reviewed' && (
          <Button variant="default" onClick={() => setSeverityOpen(true)}>
            {t('incidents.room.changeSeverity')}
          </Button>
        )}
      </Group>
      {!target && !severityOpen && <ErrorAlert error={action.error} />}

      <Modal
        opened={target !== null}
        onClose={() => setTarget(null)}
        title={target ? t('incidents.room.transitionTitle', { state: t(`incidents.states.${target}`) }) : ''}
        centered
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            action.mutate({ path: 'transition', body: { to: target, ...fields } }, { onSuccess: () => setTarget(null) });
          }}
        >
          <Stack>
            {rule?.requires.map((field) => (
              <Textarea
                key={field}
                label={t(FIELD_LABELS[field])}
                value={fields[field] ?? ''}
                onChange={(e) => setFields((f) => ({ ...f, [field]: e.currentTarget.value }))}
                required
                autosize
                minRows={3}
                maxLength={4000}
                data-autofocus
              />
            ))}
            <ErrorAlert error={action.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setTarget(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={action.isPending}>
                {t('incidents.room.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>

      <Modal opened={severityOpen} onClose={() => setSeverityOpen(false)} title={t('incidents.room.changeSeverity')} centered>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            action.mutate(
              { path: 'severity', body: { level: Number(level), reason } },
              { onSuccess: () => (setSeverityOpen(false), setReason('')) },
            );
          }}
        >
          <Stack>
            <Select
              label={t('incidents.form.overrideLevel')}
              value={level}
              onChange={(value) => value && setLevel(value)}
              data={(['1', '2', '3', '4'] as const).map((l) => ({ value: l, label: `${l} · ${t(`incidents.severity.${l}`)}` }))}
              allowDeselect={false}
            />
            <TextInput
              label={t('incidents.form.overrideReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required
              maxLength={1000}
            />
            <ErrorAlert error={action.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setSeverityOpen(false)}>
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
