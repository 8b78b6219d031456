import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddEvidence, useIncidents } from '../../api/incidents';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';

/** "Add to incident" on a mention: links it as evidence to one of the ongoing incidents. */
export function AddToIncidentButton({ mentionIds }: { mentionIds: number[] }) {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<string | null>(null);
  const incidents = useIncidents(workspace.id, 'open');
  const add = useAddEvidence(workspace.id);
  if (!can('incidents.work')) return null;
  const options = (incidents.data ?? []).map((i) => ({ value: String(i.id), label: `#${i.id} ${i.title}` }));
  const selected = choice ?? options[0]?.value ?? null;

  return (
    <>
      <Button size="xs" variant="light" color="red" onClick={() => (add.reset(), setOpen(true))}>
        {t('incidents.addToIncident.button')}
      </Button>
      {add.isSuccess && !open && (
        <Text size="sm" c="teal" role="status">
          {t('incidents.addToIncident.added', { id: add.variables.incidentId })}
        </Text>
      )}
      <Modal opened={open} onClose={() => setOpen(false)} title={t('incidents.addToIncident.title')} centered>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (selected) add.mutate({ incidentId: Number(selected), mentionIds }, { onSuccess: () => setOpen(false) });
          }}
        >
          <Stack>
            {incidents.data?.length === 0 ? (
              <Text c="dimmed">{t('incidents.addToIncident.none')}</Text>
            ) : (
              <Select
                label={t('incidents.addToIncident.choose')}
                data={options}
                value={selected}
                onChange={setChoice}
                allowDeselect={false}
              />
            )}
            <ErrorAlert error={add.error ?? incidents.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={add.isPending} disabled={!selected}>
                {t('incidents.addToIncident.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
