import { Button, Group, Modal, NumberInput, Select, Stack, Switch } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CRISIS_CATEGORIES, type CrisisCategory } from '../../../core/analysis/analysis.types';
import type { AlertRule, Brand, Sensitivity, SignalKind } from '../../../core/api';
import { useSaveAlertRule } from '../../api/alerts';
import { fieldIssues } from '../../api/errors';
import { ErrorAlert } from '../../ui/error-alert';
import { RULE_SIGNAL_KINDS, SENSITIVITIES, SUGGESTED_FLOORS, floorKindOf } from '../alerts/alert-words';
import { useWorkspace } from '../workspaces/workspace-context';

interface RuleFormModalProps {
  opened: boolean;
  /** The rule to edit, or null for a new one. */
  rule: AlertRule | null;
  brands: Brand[];
  onClose: () => void;
}

const FIELDS = ['signal', 'category', 'brandId', 'sensitivity', 'minPerHour', 'enabled'];

export function RuleFormModal({ opened, rule, brands, onClose }: RuleFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={rule ? t('alertRules.editTitle') : t('alertRules.createTitle')} centered>
      <RuleForm key={rule?.id ?? 'new'} rule={rule} brands={brands} onClose={onClose} />
    </Modal>
  );
}

function RuleForm({ rule, brands, onClose }: Omit<RuleFormModalProps, 'opened'>) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const save = useSaveAlertRule(workspace.id);
  const [signal, setSignal] = useState<SignalKind>(rule?.signal ?? 'negative_volume');
  const [category, setCategory] = useState<CrisisCategory | null>(rule?.category ?? null);
  const [brandId, setBrandId] = useState<number | null>(rule?.brandId ?? null);
  const [sensitivity, setSensitivity] = useState<Sensitivity>(rule?.sensitivity ?? 'medium');
  const [minPerHour, setMinPerHour] = useState<number | string>(rule?.minPerHour ?? 20);
  const [enabled, setEnabled] = useState(rule?.enabled ?? true);
  const issues = fieldIssues(save.error);
  const wantsCategory = signal === 'category_volume';
  const floor = floorKindOf(signal);
  const pickSignal = (next: SignalKind) => {
    // A new rule's floor follows the signal until someone types one: it counts different things per signal.
    if (!rule && minPerHour === SUGGESTED_FLOORS[floorKindOf(signal)]) setMinPerHour(SUGGESTED_FLOORS[floorKindOf(next)]);
    setSignal(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        id: rule?.id ?? null,
        input: {
          signal,
          category: wantsCategory ? category : null,
          brandId,
          sensitivity,
          // Sent as typed: an empty field comes back as the API's message under it.
          minPerHour: minPerHour as number,
          enabled,
        },
      },
      { onSuccess: onClose },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={t('alertRules.signal')}
          data={RULE_SIGNAL_KINDS.map((kind) => ({ value: kind, label: t(`alertRules.signals.${kind}`) }))}
          value={signal}
          onChange={(value) => value && pickSignal(value as SignalKind)}
          allowDeselect={false}
          error={issues.signal}
          data-autofocus
        />
        {wantsCategory && (
          <Select
            label={t('alertRules.category')}
            required
            data={CRISIS_CATEGORIES.map((c) => ({ value: c, label: t(`analysis.categoryNames.${c}`) }))}
            value={category}
            onChange={(value) => setCategory(value as CrisisCategory | null)}
            error={issues.category}
          />
        )}
        <Select
          label={t('alertRules.brand')}
          data={[
            { value: '', label: t('alertRules.allBrands') },
            ...brands.map((brand) => ({ value: String(brand.id), label: brand.name })),
          ]}
          value={brandId === null ? '' : String(brandId)}
          onChange={(value) => setBrandId(value ? Number(value) : null)}
          allowDeselect={false}
          error={issues.brandId}
        />
        <Select
          label={t('alertRules.sensitivity')}
          description={t('alertRules.sensitivityHelp')}
          data={SENSITIVITIES.map((s) => ({ value: s, label: t(`alertRules.sensitivities.${s}`) }))}
          value={sensitivity}
          onChange={(value) => value && setSensitivity(value as Sensitivity)}
          allowDeselect={false}
          error={issues.sensitivity}
        />
        <NumberInput
          label={floor === 'count' ? t('alertRules.minPerHour') : t(`alertRules.floorLabels.${floor}`)}
          description={floor === 'count' ? t('alertRules.minPerHourHelp') : t(`alertRules.floorHelp.${floor}`)}
          value={minPerHour}
          onChange={setMinPerHour}
          allowDecimal={false}
          error={issues.minPerHour}
        />
        <Switch label={t('alertRules.enabled')} checked={enabled} onChange={(event) => setEnabled(event.currentTarget.checked)} />
        <ErrorAlert error={save.error} fields={FIELDS} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
