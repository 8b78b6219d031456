import { Button, Checkbox, Group, Modal, MultiSelect, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CRISIS_CATEGORIES } from '../../../core/analysis/analysis.types';
import type { InboxSettings } from '../../../core/api';
import { ROLES } from '../../../core/policy/roles';
import { useInboxSettings, useRescanInbox, useSaveInboxSettings } from '../../api/inbox';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { useWorkspace } from '../workspaces/workspace-context';

function SettingsForm({ initial, onSaved }: { initial: InboxSettings; onSaved: () => void }) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const save = useSaveInboxSettings(workspace.id);
  const rescan = useRescanInbox(workspace.id);
  const [settings, setSettings] = useState(initial);
  const [days, setDays] = useState(7);
  const [message, setMessage] = useState<string | null>(null);
  const rules = settings.rules;
  const setRules = (patch: Partial<InboxSettings['rules']>) => setSettings((s) => ({ ...s, rules: { ...s.rules, ...patch } }));
  const setTarget = (key: keyof InboxSettings['targets'], value: string | number) =>
    setSettings((s) => ({ ...s, targets: { ...s.targets, [key]: Number(value) || 1 } }));

  return (
    <Stack>
      <Title order={3} size="h5">
        {t('inbox.settings.rules')}
      </Title>
      <Checkbox
        label={t('inbox.settings.negative')}
        checked={rules.negative}
        onChange={(e) => setRules({ negative: e.currentTarget.checked })}
      />
      <Checkbox
        label={t('inbox.settings.question')}
        checked={rules.question}
        onChange={(e) => setRules({ question: e.currentTarget.checked })}
      />
      <Checkbox
        label={t('inbox.settings.ownedThread')}
        checked={rules.ownedThread}
        onChange={(e) => setRules({ ownedThread: e.currentTarget.checked })}
      />
      <MultiSelect
        label={t('inbox.settings.complaintCategories')}
        data={CRISIS_CATEGORIES.filter((c) => c !== 'other').map((c) => ({ value: c, label: t(`analysis.categoryNames.${c}`) }))}
        value={rules.complaintCategories}
        onChange={(v) => setRules({ complaintCategories: v as InboxSettings['rules']['complaintCategories'] })}
      />
      <NumberInput
        label={t('inbox.settings.minReach')}
        min={0}
        value={rules.minReach ?? ''}
        onChange={(v) => setRules({ minReach: v === '' ? null : Number(v) })}
      />
      <NumberInput
        label={t('inbox.settings.maxAgeDays')}
        description={t('inbox.settings.maxAgeDaysHint')}
        min={1}
        max={90}
        value={settings.maxAgeDays ?? ''}
        onChange={(v) => setSettings((s) => ({ ...s, maxAgeDays: v === '' ? null : Number(v) }))}
      />
      <Text size="xs" c="dimmed">
        {t('inbox.settings.brandNote')}
      </Text>
      <Title order={3} size="h5">
        {t('inbox.settings.targets')}
      </Title>
      <Group grow>
        {(['normal', 'highRisk', 'incident'] as const).map((key) => (
          <NumberInput
            key={key}
            label={t(`inbox.settings.${key}`)}
            min={1}
            value={settings.targets[key]}
            onChange={(v) => setTarget(key, v)}
          />
        ))}
      </Group>
      <Title order={3} size="h5">
        {t('inbox.settings.approval')}
      </Title>
      <Checkbox
        label={t('inbox.settings.duringIncident')}
        checked={settings.approval.duringIncident}
        onChange={(e) => {
          const checked = e.currentTarget.checked;
          setSettings((s) => ({ ...s, approval: { ...s.approval, duringIncident: checked } }));
        }}
      />
      <MultiSelect
        label={t('inbox.settings.roles')}
        data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        value={settings.approval.roles}
        onChange={(v) => setSettings((s) => ({ ...s, approval: { ...s.approval, roles: v as InboxSettings['approval']['roles'] } }))}
      />
      <ErrorAlert error={save.error ?? rescan.error} />
      {message && (
        <Text size="sm" role="status">
          {message}
        </Text>
      )}
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <NumberInput
            label={t('inbox.settings.rescanDays')}
            min={1}
            max={90}
            value={days}
            onChange={(v) => setDays(Number(v) || 1)}
            w={160}
          />
          <Button
            variant="default"
            loading={rescan.isPending}
            onClick={() => rescan.mutate(days, { onSuccess: (r) => setMessage(t('inbox.settings.rescanned', r)) })}
          >
            {t('inbox.settings.rescan')}
          </Button>
        </Group>
        <Button
          loading={save.isPending}
          onClick={() =>
            save.mutate(settings, {
              onSuccess: () => {
                setMessage(t('inbox.settings.saved'));
                onSaved();
              },
            })
          }
        >
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The workspace's inbox rules, targets and approval policy, for those with inbox.configure. */
export function InboxSettingsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const settings = useInboxSettings(workspace.id);
  return (
    <Modal opened={opened} onClose={onClose} title={t('inbox.settings.title')} size="lg">
      {settings.isPending && <Loading />}
      <ErrorAlert error={settings.error} />
      {settings.data && <SettingsForm initial={settings.data} onSaved={() => undefined} />}
    </Modal>
  );
}
