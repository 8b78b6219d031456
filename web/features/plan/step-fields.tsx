import { ActionIcon, Button, Group, NumberInput, Paper, Select, SimpleGrid, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CRISIS_ROLES, type CrisisRole } from '../../../core/plan';
import type { StepDraft } from './playbook-draft';

interface StepFieldsProps {
  step: StepDraft;
  index: number;
  count: number;
  issues: Record<string, string>;
  onChange: (change: Partial<StepDraft>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One step in the playbook editor; errors come from the API by path (`steps.2.title`). */
export function StepFields({ step, index, count, issues, onChange, onMove, onRemove }: StepFieldsProps) {
  const { t } = useTranslation();
  const n = index + 1;
  const issue = (field: string) => issues[`steps.${index}.${field}`];
  return (
    <Paper component="li" withBorder p="sm" radius="md" data-testid="step-fields">
      <Group justify="space-between" mb="xs">
        <Text fw={600} size="sm">
          {t('plan.editor.step', { n })}
          {step.key && (
            <Text span size="xs" c="dimmed" ml="xs">
              {step.key}
            </Text>
          )}
        </Text>
        <Group gap={4}>
          <ActionIcon variant="default" aria-label={t('plan.editor.moveUp', { n })} disabled={index === 0} onClick={() => onMove(-1)}>
            ↑
          </ActionIcon>
          <ActionIcon
            variant="default"
            aria-label={t('plan.editor.moveDown', { n })}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            ↓
          </ActionIcon>
          <Button size="xs" variant="subtle" color="red" onClick={onRemove} disabled={count === 1}>
            {t('plan.editor.removeStep', { n })}
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="xs">
        <TextInput
          label={t('plan.editor.stepTitle')}
          value={step.title}
          onChange={(e) => onChange({ title: e.currentTarget.value })}
          error={issue('title') ?? issue('key')}
          required
        />
        <Select
          label={t('plan.editor.ownerRole')}
          data={CRISIS_ROLES.map((role) => ({ value: role, label: t(`crisis.roles.${role}`) }))}
          value={step.ownerRole}
          onChange={(value) => value && onChange({ ownerRole: value as CrisisRole })}
          allowDeselect={false}
          error={issue('ownerRole')}
        />
        <NumberInput
          label={t('plan.editor.dueAfterMinutes')}
          description={t('plan.editor.dueHint')}
          value={step.dueAfterMinutes}
          onChange={(value) => onChange({ dueAfterMinutes: value })}
          min={0}
          allowDecimal={false}
          error={issue('dueAfterMinutes')}
        />
      </SimpleGrid>
      <Textarea
        label={t('plan.editor.description')}
        value={step.description}
        onChange={(e) => onChange({ description: e.currentTarget.value })}
        autosize
        minRows={2}
        mb="xs"
        error={issue('description')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Textarea
          label={t('plan.editor.checklist')}
          description={t('plan.editor.checklistHint')}
          value={step.checklist}
          onChange={(e) => onChange({ checklist: e.currentTarget.value })}
          autosize
          minRows={3}
          error={Object.entries(issues).find(([path]) => path.startsWith(`steps.${index}.checklist`))?.[1]}
        />
        <div>
          <Textarea
            label={t('plan.editor.escalation')}
            value={step.escalation}
            onChange={(e) => onChange({ escalation: e.currentTarget.value })}
            autosize
            minRows={2}
            mb="xs"
            error={issue('escalation')}
          />
          <TagsInput
            label={t('plan.editor.templateIds')}
            description={t('plan.editor.templateHint')}
            value={step.templateIds}
            onChange={(value) => onChange({ templateIds: value })}
            error={Object.entries(issues).find(([path]) => path.startsWith(`steps.${index}.templateIds`))?.[1]}
          />
        </div>
      </SimpleGrid>
    </Paper>
  );
}
