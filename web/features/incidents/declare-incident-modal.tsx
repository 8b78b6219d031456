import { Button, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert } from '../../../core/api';
import { ASSESSMENT_SCOPES, assessSeverity } from '../../../core/incidents';
import { CRISIS_TYPES, type CrisisType } from '../../../core/plan';
import { useBrands } from '../../api/brands';
import { useDeclareIncident } from '../../api/incidents';
import { ErrorAlert } from '../../ui/error-alert';
import { alertHeadline } from '../alerts/alert-words';
import { useWorkspace } from '../workspaces/workspace-context';
import { type DeclareDraft, declareBody, draftFromAlert } from './declare-draft';
import { SeverityFactors } from './severity-factors';

interface DeclareIncidentModalProps {
  opened: boolean;
  /** Declare from this alert (its numbers pre-fill the form), or by hand. */
  alert: Alert | null;
  onClose: () => void;
  onDeclared: (incidentId: number) => void;
}

const LEVELS = ['1', '2', '3', '4'] as const;

export function DeclareIncidentModal({ opened, alert, onClose, onDeclared }: DeclareIncidentModalProps) {
  const { t } = useTranslation();
  // The modal leaves its content out while closed, so every opening starts from a fresh form.
  return (
    <Modal opened={opened} onClose={onClose} title={t('incidents.declareTitle')} size="lg" centered>
      <DeclareForm alert={alert} onClose={onClose} onDeclared={onDeclared} />
    </Modal>
  );
}

function DeclareForm({ alert, onClose, onDeclared }: Omit<DeclareIncidentModalProps, 'opened'>) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const brands = useBrands(workspace.id);
  const declare = useDeclareIncident(workspace.id);
  const [draft, setDraft] = useState<DeclareDraft>(() =>
    draftFromAlert(alert, alert ? `${alertHeadline(t, alert)} — ${alert.brandName}` : ''),
  );

  const set = (patch: Partial<DeclareDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setNumbers = (patch: Partial<DeclareDraft['assessment']>) => setDraft((d) => ({ ...d, assessment: { ...d.assessment, ...patch } }));
  const assessment = assessSeverity(draft.assessment);
  const num = (value: string | number) => (typeof value === 'number' ? value : 0);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        // Through the promise, so the room opens even if the alert's live update re-rendered the caller meanwhile.
        void declare.mutateAsync(declareBody(draft, alert?.id ?? null)).then(
          (incident) => onDeclared(incident.id),
          () => undefined,
        );
      }}
    >
      <Stack>
        <TextInput
          label={t('incidents.form.title')}
          value={draft.title}
          onChange={(e) => set({ title: e.currentTarget.value })}
          required
          maxLength={200}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('incidents.form.crisisType')}
            value={draft.crisisType}
            onChange={(value) => value && set({ crisisType: value as CrisisType })}
            data={CRISIS_TYPES.map((type) => ({ value: type, label: t(`crisis.types.${type}`) }))}
            allowDeselect={false}
          />
          <Select
            label={t('incidents.form.brand')}
            value={draft.brandId === null ? '' : String(draft.brandId)}
            onChange={(value) => set({ brandId: value ? Number(value) : null })}
            data={[
              { value: '', label: t('incidents.form.noBrand') },
              ...(brands.data ?? []).map((b) => ({ value: String(b.id), label: b.name })),
            ]}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Textarea
          label={t('incidents.form.summary')}
          value={draft.summary}
          onChange={(e) => set({ summary: e.currentTarget.value })}
          autosize
          minRows={2}
          maxLength={4000}
        />
        <Text fw={600} size="sm">
          {t('incidents.form.assessment')}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 3 }}>
          <NumberInput
            label={t('incidents.form.reach')}
            value={draft.assessment.reach}
            min={0}
            onChange={(v) => setNumbers({ reach: num(v) })}
            thousandSeparator
          />
          <NumberInput
            label={t('incidents.form.perHour')}
            value={draft.assessment.perHour}
            min={0}
            onChange={(v) => setNumbers({ perHour: num(v) })}
          />
          <NumberInput
            label={t('incidents.form.speedRatio')}
            value={draft.assessment.speedRatio ?? ''}
            min={0}
            decimalScale={1}
            onChange={(v) => setNumbers({ speedRatio: typeof v === 'number' ? v : null })}
          />
          <NumberInput
            label={t('incidents.form.negativeShare')}
            value={draft.assessment.negativeShare === null ? '' : Math.round(draft.assessment.negativeShare * 100)}
            min={0}
            max={100}
            onChange={(v) => setNumbers({ negativeShare: typeof v === 'number' ? Math.min(1, v / 100) : null })}
          />
          <Select
            label={t('incidents.form.scope')}
            value={draft.assessment.scope}
            onChange={(value) => value && setNumbers({ scope: value as DeclareDraft['assessment']['scope'] })}
            data={ASSESSMENT_SCOPES.map((scope) => ({ value: scope, label: t(`incidents.scopes.${scope}`) }))}
            allowDeselect={false}
          />
          <NumberInput
            label={t('incidents.form.mediaPickup')}
            value={draft.assessment.mediaPickup}
            min={0}
            onChange={(v) => setNumbers({ mediaPickup: Math.round(num(v)) })}
          />
        </SimpleGrid>
        <Group>
          <Checkbox
            label={t('incidents.form.safety')}
            checked={draft.assessment.safety}
            onChange={(e) => setNumbers({ safety: e.currentTarget.checked })}
          />
          <Checkbox
            label={t('incidents.form.legal')}
            checked={draft.assessment.legal}
            onChange={(e) => setNumbers({ legal: e.currentTarget.checked })}
          />
        </Group>
        <Text fw={600} role="status">
          {t('incidents.form.suggested', { level: assessment.suggested, name: t(`incidents.severity.${assessment.suggested}`) })}
        </Text>
        <SeverityFactors assessment={assessment} />
        <Switch
          label={t('incidents.form.override')}
          checked={draft.override}
          onChange={(e) => set({ override: e.currentTarget.checked })}
        />
        {draft.override && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('incidents.form.overrideLevel')}
              value={String(draft.level)}
              onChange={(value) => value && set({ level: Number(value) as DeclareDraft['level'] })}
              data={LEVELS.map((level) => ({ value: level, label: `${level} · ${t(`incidents.severity.${level}`)}` }))}
              allowDeselect={false}
            />
            <TextInput
              label={t('incidents.form.overrideReason')}
              value={draft.reason}
              onChange={(e) => set({ reason: e.currentTarget.value })}
              required
              maxLength={1000}
            />
          </SimpleGrid>
        )}
        {draft.brandId !== null && (
          <Checkbox
            label={t('incidents.form.pausePosts')}
            checked={draft.pausePosts}
            onChange={(e) => set({ pausePosts: e.currentTarget.checked })}
          />
        )}
        <ErrorAlert error={declare.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={declare.isPending}>
            {t('incidents.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
