import { Button, Checkbox, Group, Modal, MultiSelect, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CRISIS_CATEGORIES } from '../../../core/analysis/analysis.types';
import type { InboxSettings } from '../../../core/api';
import { ROLES } from '../../../core/policy/roles';
import { useBrands } from '../../api/brands';
import { useInboxSettings, useRescanInbox, useSaveInboxSettings } from '../../api/inbox';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { useWorkspace } from '../workspaces/workspace-context';

type InboxRules = InboxSettings['rules'];

/** Which mentions need an answer: the workspace's rules, or one brand's own. */
function RuleFields({ rules, onChange }: { rules: InboxRules; onChange: (patch: Partial<InboxRules>) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Checkbox
        label={t('inbox.settings.negative')}
        checked={rules.negative}
        onChange={(e) => onChange({ negative: e.currentTarget.checked })}
      />
      <Checkbox
        label={t('inbox.settings.question')}
        checked={rules.question}
        onChange={(e) => onChange({ question: e.currentTarget.checked })}
      />
      <Checkbox
        label={t('inbox.settings.ownedThread')}
        checked={rules.ownedThread}
        onChange={(e) => onChange({ ownedThread: e.currentTarget.checked })}
      />
      <MultiSelect
        label={t('inbox.settings.complaintCategories')}
        data={CRISIS_CATEGORIES.filter((c) => c !== 'other').map((c) => ({ value: c, label: t(`analysis.categoryNames.${c}`) }))}
        value={rules.complaintCategories}
        onChange={(v) => onChange({ complaintCategories: v as InboxRules['complaintCategories'] })}
      />
      <NumberInput
        label={t('inbox.settings.minReach')}
        min={0}
        value={rules.minReach ?? ''}
        onChange={(v) => onChange({ minReach: v === '' ? null : Number(v) })}
      />
    </>
  );
}

/**
 * Brands that answer by rules of their own: ticking a brand starts its rules as a copy of the workspace's, and
 * untick it to go back to the workspace's rules.
 */
function BrandRuleFields({
  settings,
  setSettings,
}: {
  settings: InboxSettings;
  setSettings: (update: (s: InboxSettings) => InboxSettings) => void;
}) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const brands = useBrands(workspace.id);
  const ownOf = (brandId: number) => settings.brandRules.find((b) => b.brandId === brandId);
  const setOwn = (brandId: number, own: boolean) =>
    setSettings((s) => ({
      ...s,
      brandRules: own
        ? [...s.brandRules.filter((b) => b.brandId !== brandId), { brandId, rules: { ...s.rules } }]
        : s.brandRules.filter((b) => b.brandId !== brandId),
    }));
  const patchOwn = (brandId: number, patch: Partial<InboxRules>) =>
    setSettings((s) => ({
      ...s,
      brandRules: s.brandRules.map((b) => (b.brandId === brandId ? { ...b, rules: { ...b.rules, ...patch } } : b)),
    }));
  return (
    <Stack gap="xs" data-testid="inbox-brand-rules">
      <Title order={3} size="h5">
        {t('inbox.settings.brandRules')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('inbox.settings.brandRulesHint')}
      </Text>
      <ErrorAlert error={brands.error} />
      {brands.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('inbox.settings.noBrands')}
        </Text>
      )}
      {brands.data?.map((brand) => {
        const own = ownOf(brand.id);
        return (
          <Paper key={brand.id} withBorder p="xs">
            <Stack gap="xs">
              <Checkbox
                label={t('inbox.settings.brandOwnRules', { brand: brand.name })}
                checked={own !== undefined}
                onChange={(e) => setOwn(brand.id, e.currentTarget.checked)}
              />
              {own && <RuleFields rules={own.rules} onChange={(patch) => patchOwn(brand.id, patch)} />}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}

function SettingsForm({ initial, onSaved }: { initial: InboxSettings; onSaved: () => void }) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const save = useSaveInboxSettings(workspace.id);
  const rescan = useRescanInbox(workspace.id);
  const [settings, setSettings] = useState(initial);
  const [days, setDays] = useState(7);
  const [message, setMessage] = useState<string | null>(null);
  const rules = settings.rules;
  const setRules = (patch: Partial<InboxRules>) => setSettings((s) => ({ ...s, rules: { ...s.rules, ...patch } }));
  const setTarget = (key: keyof InboxSettings['targets'], value: string | number) =>
    setSettings((s) => ({ ...s, targets: { ...s.targets, [key]: Number(value) || 1 } }));

  return (
    <Stack>
      <Title order={3} size="h5">
        {t('inbox.settings.rules')}
      </Title>
      <RuleFields rules={rules} onChange={setRules} />
      <NumberInput
        label={t('inbox.settings.maxAgeDays')}
        description={t('inbox.settings.maxAgeDaysHint')}
        min={1}
        max={90}
        value={settings.maxAgeDays ?? ''}
        onChange={(v) => setSettings((s) => ({ ...s, maxAgeDays: v === '' ? null : Number(v) }))}
      />
      <BrandRuleFields settings={settings} setSettings={setSettings} />
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
