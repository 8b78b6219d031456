import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateWorkspace } from '../../api/auth';
import { fieldIssues } from '../../api/errors';
import { ErrorAlert } from '../../ui/error-alert';

export function NewWorkspaceForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const create = useCreateWorkspace();
  const navigate = useNavigate();
  const [name, setName] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name },
      {
        onSuccess: (workspace) => {
          setName('');
          onDone?.();
          void navigate(`/w/${workspace.id}/brands`);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('workspace.createIntro')}
        </Text>
        <TextInput
          label={t('workspace.name')}
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={fieldIssues(create.error).name}
          data-autofocus
        />
        <ErrorAlert error={create.error} fields={['name']} />
        <Group justify="flex-end">
          {onDone && (
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={create.isPending}>
            {t('workspace.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function NewWorkspaceModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('workspace.createTitle')} centered>
      <NewWorkspaceForm onDone={onClose} />
    </Modal>
  );
}
