import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk } from '../../../core/api';
import { useReviewRisk } from '../../api/risks';
import { fieldIssues } from '../../api/errors';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';
import { fromDateInput, toDateInput } from './risk-dates';

const QUARTER_MS = 91 * 24 * 60 * 60 * 1000;

/** Records that the risk was reviewed today and asks when it is next due (a quarter from now by default). */
export function RiskReviewModal({ risk, onClose }: { risk: Risk | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={risk !== null} onClose={onClose} title={t('risks.reviewTitle')} centered>
      {risk && <ReviewForm key={risk.id} risk={risk} onClose={onClose} />}
    </Modal>
  );
}

function ReviewForm({ risk, onClose }: { risk: Risk; onClose: () => void }) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const review = useReviewRisk(workspace.id);
  const [next, setNext] = useState(() => toDateInput(Date.now() + QUARTER_MS));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    review.mutate({ id: risk.id, nextReviewDueAt: next ? fromDateInput(next) : null }, { onSuccess: onClose });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('risks.reviewBody', { title: risk.title })}</Text>
        <TextInput
          type="date"
          label={t('risks.nextReview')}
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          error={fieldIssues(review.error).nextReviewDueAt}
          data-autofocus
        />
        <ErrorAlert error={review.error} fields={['nextReviewDueAt']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={review.isPending}>
            {t('risks.markReviewed')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
