import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccounts, useSchedulePost } from '../../api/outbox';
import { fieldIssues } from '../../api/errors';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';
import { PostingAs } from '../accounts/posting-as';

/** A local date-time input value in an hour, rounded to the minute. */
const inAnHour = () => {
  const d = new Date(Date.now() + 3_600_000);
  d.setSeconds(0, 0);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

export function SchedulePostModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('outbox.scheduleTitle')} centered size="lg">
      {opened && <ScheduleForm onClose={onClose} />}
    </Modal>
  );
}

function ScheduleForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const accounts = useAccounts(workspace.id);
  const schedule = useSchedulePost(workspace.id);
  const [accountId, setAccountId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [when, setWhen] = useState(inAnHour);
  const chosen = accounts.data?.find((a) => String(a.id) === accountId) ?? null;
  const issues = fieldIssues(schedule.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The browser reads the local date-time; the server gets an exact instant.
    const scheduledAt = when ? new Date(when).getTime() : Number.NaN;
    schedule.mutate(
      { accountId: Number(accountId), text, scheduledAt: Number.isNaN(scheduledAt) ? '' : scheduledAt },
      { onSuccess: onClose },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={t('outbox.account')}
          placeholder={t('outbox.chooseAccount')}
          data={(accounts.data ?? []).map((a) => ({
            value: String(a.id),
            label: `${a.displayName} (@${a.handle}, ${t(`accounts.platforms.${a.platform}`)})`,
          }))}
          value={accountId}
          onChange={setAccountId}
          error={issues.accountId}
          required
          data-autofocus
        />
        {chosen && <PostingAs account={chosen} />}
        <Textarea
          label={t('outbox.text')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={issues.text}
          autosize
          minRows={3}
          required
        />
        <TextInput
          type="datetime-local"
          label={t('outbox.scheduledAt')}
          value={when}
          onChange={(e) => setWhen(e.currentTarget.value)}
          error={issues.scheduledAt}
          required
        />
        <ErrorAlert error={schedule.error} fields={['accountId', 'text', 'scheduledAt']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={schedule.isPending} disabled={!accountId}>
            {t('outbox.schedule')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
