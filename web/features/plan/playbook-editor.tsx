import { Alert, Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaybookStep } from '../../../core/plan';
import { issuesByPath } from '../../api/errors';
import { ErrorAlert } from '../../ui/error-alert';
import { moveStep } from '../alert-settings/oncall-draft';
import { addStepDraft, fromStepDrafts, type StepDraft, toStepDrafts } from './playbook-draft';
import { StepFields } from './step-fields';

export interface PlaybookEditorValue {
  title: string;
  steps: PlaybookStep[];
  note: string;
}

interface PlaybookEditorProps {
  initial: { title: string; steps: readonly PlaybookStep[] };
  /** Fields above the title (crisis type and language for a new playbook). */
  header?: ReactNode;
  notice?: ReactNode;
  submitLabel: string;
  saving: boolean;
  error: unknown;
  onSubmit: (value: PlaybookEditorValue) => void;
  onCancel: () => void;
}

/** Title, ordered steps and a change note; saving is always a new version. */
export function PlaybookEditor({ initial, header, notice, submitLabel, saving, error, onSubmit, onCancel }: PlaybookEditorProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial.title);
  const [steps, setSteps] = useState<StepDraft[]>(() => (initial.steps.length > 0 ? toStepDrafts(initial.steps) : addStepDraft([])));
  const [note, setNote] = useState('');
  const issues = issuesByPath(error);
  const setStep = (index: number, change: Partial<StepDraft>) =>
    setSteps((all) => all.map((step, i) => (i === index ? { ...step, ...change } : step)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ title, steps: fromStepDrafts(steps), note });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack>
        {header}
        <TextInput
          label={t('plan.editor.title')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={issues.title}
          required
        />
        <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {steps.map((step, index) => (
            <StepFields
              key={step.rowId}
              step={step}
              index={index}
              count={steps.length}
              issues={issues}
              onChange={(change) => setStep(index, change)}
              onMove={(by) => setSteps((all) => moveStep(all, index, by))}
              onRemove={() => setSteps((all) => all.filter((_, i) => i !== index))}
            />
          ))}
        </Stack>
        <Group>
          <Button variant="default" onClick={() => setSteps(addStepDraft)} disabled={steps.length >= 40}>
            {t('plan.editor.addStep')}
          </Button>
        </Group>
        <Textarea
          label={t('plan.editor.note')}
          placeholder={t('plan.editor.notePlaceholder')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={1}
          error={issues.note}
        />
        {notice && (
          <Alert color="yellow" variant="light">
            {notice}
          </Alert>
        )}
        <ErrorAlert error={error} fields={['title', 'note', 'crisisType', 'language']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
