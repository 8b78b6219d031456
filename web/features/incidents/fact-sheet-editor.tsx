import { Button, Group, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactSheet, Incident } from '../../../core/api';
import { useRoomAction } from '../../api/incidents';
import { useFormat } from '../../i18n/format';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';

const FIELDS = ['whatHappened', 'whatWeKnow', 'whatWeDoNotKnow', 'whatWeAreDoing'] as const;
type Field = (typeof FIELDS)[number];

/** `datetime-local` speaks local wall time without a zone; the API speaks epoch milliseconds. */
function toLocalInput(ms: number | null): string {
  if (ms === null) return '';
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

function emptyOf(sheet: FactSheet | null): Record<Field, string> & { nextUpdateAt: string } {
  return {
    whatHappened: sheet?.whatHappened ?? '',
    whatWeKnow: sheet?.whatWeKnow ?? '',
    whatWeDoNotKnow: sheet?.whatWeDoNotKnow ?? '',
    whatWeAreDoing: sheet?.whatWeAreDoing ?? '',
    nextUpdateAt: toLocalInput(sheet?.nextUpdateAt ?? null),
  };
}

/** The fact sheet: every save is a new version, so what the team said and when stays on record. */
export function FactSheetEditor({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sheet = incident.factSheet;
  return (
    <Stack gap="sm" component="section" aria-labelledby="room-facts">
      <Title order={2} size="h4" id="room-facts">
        {t('incidents.facts.title')}
      </Title>
      <Text size="xs" c="dimmed" role="status">
        {sheet
          ? t('incidents.facts.version', { version: sheet.version, name: sheet.createdBy ?? '—', at: format.dateTime(sheet.createdAt) })
          : t('incidents.facts.none')}
      </Text>
      {/* A newer version (this person's or someone else's) starts the form afresh from it. */}
      <FactSheetForm key={sheet?.version ?? 0} incident={incident} sheet={sheet} />
    </Stack>
  );
}

function FactSheetForm({ incident, sheet }: { incident: Incident; sheet: FactSheet | null }) {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const action = useRoomAction(workspace.id, incident.id);
  const [draft, setDraft] = useState(() => emptyOf(sheet));
  const editable = can('incidents.work') && incident.state !== 'reviewed';
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const nextUpdateAt = draft.nextUpdateAt ? new Date(draft.nextUpdateAt).getTime() : null;
        action.mutate({ path: 'fact-sheets', body: { ...draft, nextUpdateAt } });
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {FIELDS.map((field) => (
            <Textarea
              key={field}
              label={t(`incidents.facts.${field}`)}
              value={draft[field]}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDraft((d) => ({ ...d, [field]: value }));
              }}
              autosize
              minRows={3}
              maxLength={8000}
              readOnly={!editable}
            />
          ))}
        </SimpleGrid>
        <Group align="flex-end">
          <TextInput
            type="datetime-local"
            label={t('incidents.facts.nextUpdateAt')}
            value={draft.nextUpdateAt}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setDraft((d) => ({ ...d, nextUpdateAt: value }));
            }}
            readOnly={!editable}
          />
          {editable && (
            <Button type="submit" loading={action.isPending}>
              {t('incidents.facts.save')}
            </Button>
          )}
        </Group>
        <ErrorAlert error={action.error} />
      </Stack>
    </form>
  );
}
