import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk } from '../../../core/api';
import { CRISIS_TYPES, type CrisisType } from '../../../core/plan/plan.types';
import { useMembers } from '../../api/members';
import { useSaveRisk } from '../../api/risks';
import { fieldIssues } from '../../api/errors';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';
import { PlaybookSelect } from './playbook-select';
import { fromDateInput, toDateInput } from './risk-dates';

interface RiskFormModalProps {
  opened: boolean;
  /** The risk to edit, or null for a new one. */
  risk: Risk | null;
  onClose: () => void;
}

const FIELDS = [
  'title',
  'description',
  'category',
  'likelihood',
  'impact',
  'ownerUserId',
  'earlySigns',
  'mitigation',
  'playbookId',
  'reviewDueAt',
];
const SCALE = ['1', '2', '3', '4', '5'];

export function RiskFormModal({ opened, risk, onClose }: RiskFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={risk ? t('risks.editTitle') : t('risks.createTitle')} size="lg" centered>
      <RiskForm key={risk?.id ?? 'new'} risk={risk} onClose={onClose} />
    </Modal>
  );
}

function RiskForm({ risk, onClose }: Omit<RiskFormModalProps, 'opened'>) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const save = useSaveRisk(workspace.id);
  const members = useMembers(workspace.id);
  const [title, setTitle] = useState(risk?.title ?? '');
  const [description, setDescription] = useState(risk?.description ?? '');
  const [category, setCategory] = useState<CrisisType>(risk?.category ?? 'negative_wave');
  const [likelihood, setLikelihood] = useState(String(risk?.likelihood ?? 3));
  const [impact, setImpact] = useState(String(risk?.impact ?? 3));
  const [ownerUserId, setOwnerUserId] = useState<string | null>(risk?.owner ? String(risk.owner.userId) : null);
  const [earlySigns, setEarlySigns] = useState((risk?.earlySigns ?? []).join('\n'));
  const [mitigation, setMitigation] = useState(risk?.mitigation ?? '');
  const [playbookId, setPlaybookId] = useState<number | null>(risk?.playbook?.id ?? null);
  const [reviewDate, setReviewDate] = useState(risk?.reviewDueAt ? toDateInput(risk.reviewDueAt) : '');
  const issues = fieldIssues(save.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      title,
      description,
      category,
      likelihood: Number(likelihood),
      impact: Number(impact),
      ownerUserId: ownerUserId ? Number(ownerUserId) : null,
      earlySigns: earlySigns
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      mitigation,
      playbookId,
      reviewDueAt: reviewDate ? fromDateInput(reviewDate) : null,
    };
    save.mutate({ id: risk?.id ?? null, body }, { onSuccess: onClose });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('risks.riskTitle')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={issues.title}
          data-autofocus
        />
        <Textarea
          label={t('risks.description')}
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={issues.description}
        />
        <Select
          label={t('risks.category')}
          data={CRISIS_TYPES.map((type) => ({ value: type, label: t(`crisis.types.${type}`) }))}
          value={category}
          onChange={(value) => value && setCategory(value as CrisisType)}
          allowDeselect={false}
          error={issues.category}
        />
        <Group grow align="flex-start">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="risk-likelihood">
              {t('risks.likelihood')}
            </Text>
            <SegmentedControl aria-labelledby="risk-likelihood" data={SCALE} value={likelihood} onChange={setLikelihood} />
            <Text size="xs" c="dimmed">
              {t('risks.likelihoodHelp')}
            </Text>
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="risk-impact">
              {t('risks.impact')}
            </Text>
            <SegmentedControl aria-labelledby="risk-impact" data={SCALE} value={impact} onChange={setImpact} />
            <Text size="xs" c="dimmed">
              {t('risks.impactHelp')}
            </Text>
          </Stack>
        </Group>
        <Select
          label={t('risks.owner')}
          placeholder={t('risks.noOwner')}
          data={(members.data?.members ?? []).map((m) => ({ value: String(m.userId), label: m.name }))}
          value={ownerUserId}
          onChange={setOwnerUserId}
          clearable
          error={issues.ownerUserId}
        />
        <Textarea
          label={t('risks.earlySigns')}
          description={t('risks.earlySignsHelp')}
          autosize
          minRows={2}
          value={earlySigns}
          onChange={(e) => setEarlySigns(e.currentTarget.value)}
          error={issues.earlySigns}
        />
        <Textarea
          label={t('risks.mitigation')}
          autosize
          minRows={2}
          value={mitigation}
          onChange={(e) => setMitigation(e.currentTarget.value)}
          error={issues.mitigation}
        />
        <PlaybookSelect value={playbookId} onChange={setPlaybookId} error={issues.playbookId} />
        <TextInput
          type="date"
          label={t('risks.reviewDue')}
          value={reviewDate}
          onChange={(e) => setReviewDate(e.currentTarget.value)}
          error={issues.reviewDueAt}
        />
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
