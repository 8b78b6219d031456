import { ActionIcon, Alert, Button, Card, Group, MultiSelect, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OnCall } from '../../../core/api';
import type { NotificationChannel } from '../../../core/api';
import { useOnCall, useSaveOnCall } from '../../api/alerts';
import { useNotificationChannels } from '../../api/notifications';
import { issuesByPath } from '../../api/errors';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { useWorkspace } from '../workspaces/workspace-context';
import { addStep, fromOnCallDraft, moveStep, toOnCallDraft } from './oncall-draft';

export function OnCallEditor() {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const onCall = useOnCall(workspace.id);
  const channels = useNotificationChannels(workspace.id);

  return (
    <Card withBorder component="section" aria-labelledby="oncall-title">
      <Title order={2} size="h4" id="oncall-title">
        {t('oncall.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('oncall.hint')}
      </Text>
      {(onCall.isPending || channels.isPending) && <Loading />}
      <ErrorAlert error={onCall.error ?? channels.error} />
      {onCall.data && channels.data && <OnCallForm key={JSON.stringify(onCall.data)} onCall={onCall.data} channels={channels.data} />}
    </Card>
  );
}

function OnCallForm({ onCall, channels }: { onCall: OnCall; channels: NotificationChannel[] }) {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const save = useSaveOnCall(workspace.id);
  const [draft, setDraft] = useState(() => toOnCallDraft(onCall));
  const editable = can('oncall.configure');
  const issues = issuesByPath(save.error);
  const channelOptions = channels.map((c) => ({ value: String(c.id), label: `${c.name} (${c.kind})`, disabled: !c.enabled }));
  const setStep = (index: number, change: Partial<(typeof draft.steps)[number]>) =>
    setDraft((d) => ({ ...d, steps: d.steps.map((step, i) => (i === index ? { ...step, ...change } : step)) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(fromOnCallDraft(draft));
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <NumberInput
          label={t('oncall.escalateAfter')}
          value={draft.escalateAfterMinutes}
          onChange={(value) => setDraft((d) => ({ ...d, escalateAfterMinutes: value }))}
          min={1}
          max={1440}
          allowDecimal={false}
          readOnly={!editable}
          error={issues.escalateAfterMinutes}
          maw={360}
        />
        {channels.length === 0 && (
          <Alert color="yellow" variant="light">
            {t('oncall.noChannels')}
          </Alert>
        )}
        {draft.steps.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('oncall.noSteps')}
          </Text>
        )}
        <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('oncall.title')}>
          {draft.steps.map((step, index) => {
            const n = index + 1;
            return (
              <Paper key={step.key} component="li" withBorder p="sm" radius="md">
                <Group justify="space-between" mb="xs">
                  <Text fw={600} size="sm">
                    {t('oncall.step', { n })}
                  </Text>
                  {editable && (
                    <Group gap={4}>
                      <ActionIcon
                        variant="default"
                        aria-label={t('oncall.moveUp', { n })}
                        disabled={index === 0}
                        onClick={() => setDraft((d) => ({ ...d, steps: moveStep(d.steps, index, -1) }))}
                      >
                        ↑
                      </ActionIcon>
                      <ActionIcon
                        variant="default"
                        aria-label={t('oncall.moveDown', { n })}
                        disabled={index === draft.steps.length - 1}
                        onClick={() => setDraft((d) => ({ ...d, steps: moveStep(d.steps, index, 1) }))}
                      >
                        ↓
                      </ActionIcon>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => setDraft((d) => ({ ...d, steps: d.steps.filter((_, i) => i !== index) }))}
                      >
                        {t('oncall.removeStep', { n })}
                      </Button>
                    </Group>
                  )}
                </Group>
                <Group grow align="flex-start">
                  <TextInput
                    label={t('oncall.label')}
                    placeholder={t('oncall.labelPlaceholder')}
                    value={step.label}
                    onChange={(event) => setStep(index, { label: event.currentTarget.value })}
                    readOnly={!editable}
                    error={issues[`steps.${index}.label`]}
                  />
                  <MultiSelect
                    label={t('oncall.channels')}
                    data={channelOptions}
                    value={step.channelIds}
                    onChange={(value) => setStep(index, { channelIds: value })}
                    readOnly={!editable}
                    error={issues[`steps.${index}.channelIds`] ?? issues[`steps.${index}.channelIds.0`]}
                  />
                </Group>
              </Paper>
            );
          })}
        </Stack>
        <ErrorAlert error={save.error} fields={['escalateAfterMinutes', 'steps']} />
        {save.isSuccess && (
          <Alert color="teal" variant="light" role="status">
            {t('oncall.saved')}
          </Alert>
        )}
        {editable && (
          <Group justify="space-between">
            <Button
              variant="default"
              onClick={() => setDraft((d) => ({ ...d, steps: addStep(d.steps) }))}
              disabled={draft.steps.length >= 20}
            >
              {t('oncall.addStep')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('oncall.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
