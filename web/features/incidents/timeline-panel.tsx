import { Button, Group, MultiSelect, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../core/api';
import { TIMELINE_KINDS, type TimelineKind, describeTimelineEntry } from '../../../core/incidents';
import { timelineExportUrl, useRoomAction, useTimeline } from '../../api/incidents';
import { toLocale } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { useWorkspace } from '../workspaces/workspace-context';

/** Everything that happened, filterable by kind, with notes and the CSV and Markdown exports. */
export function TimelinePanel({ incident }: { incident: Incident }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { workspace, can } = useWorkspace();
  const [kinds, setKinds] = useState<TimelineKind[]>([]);
  const [note, setNote] = useState('');
  const timeline = useTimeline(workspace.id, incident.id, kinds);
  const action = useRoomAction(workspace.id, incident.id);
  const language = toLocale(i18n.language) === 'en' ? 'en' : 'id';

  return (
    <Stack gap="sm" component="section" aria-labelledby="room-timeline">
      <Group justify="space-between">
        <Title order={2} size="h4" id="room-timeline">
          {t('incidents.timeline.title')}
        </Title>
        <Group gap="xs">
          <Button
            component="a"
            size="xs"
            variant="default"
            href={timelineExportUrl(workspace.id, incident.id, 'csv', language, kinds)}
            download
          >
            {t('incidents.timeline.exportCsv')}
          </Button>
          <Button
            component="a"
            size="xs"
            variant="default"
            href={timelineExportUrl(workspace.id, incident.id, 'markdown', language, kinds)}
            download
          >
            {t('incidents.timeline.exportMarkdown')}
          </Button>
        </Group>
      </Group>
      <MultiSelect
        label={t('incidents.timeline.filter')}
        placeholder={t('incidents.timeline.all')}
        data={TIMELINE_KINDS.map((kind) => ({ value: kind, label: t(`incidents.timeline.kinds.${kind}`) }))}
        value={kinds}
        onChange={(value) => setKinds(value as TimelineKind[])}
        clearable
      />
      {can('incidents.work') && incident.state !== 'reviewed' && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            action.mutate({ path: 'notes', body: { text: note } }, { onSuccess: () => (setNote(''), void timeline.refetch()) });
          }}
        >
          <Group align="flex-end" wrap="nowrap">
            <Textarea
              style={{ flex: 1 }}
              aria-label={t('incidents.timeline.addNote')}
              placeholder={t('incidents.timeline.notePlaceholder')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              autosize
              minRows={1}
              maxLength={4000}
            />
            <Button type="submit" variant="light" disabled={!note.trim()} loading={action.isPending}>
              {t('incidents.timeline.addNote')}
            </Button>
          </Group>
        </form>
      )}
      {timeline.isPending && <Loading />}
      <ErrorAlert error={timeline.error ?? action.error} />
      {timeline.data && (
        <Timeline bulletSize={14} lineWidth={2} active={timeline.data.length} aria-label={t('incidents.timeline.title')}>
          {[...timeline.data].reverse().map((entry) => (
            <Timeline.Item key={entry.id} title={describeTimelineEntry(entry.kind, entry.details, language)}>
              <Text size="xs" c="dimmed">
                {format.dateTime(entry.at)} · {entry.actorName ?? t('incidents.timeline.system')} ·{' '}
                {t(`incidents.timeline.kinds.${entry.kind}`)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
