import { Anchor, List, Text, Timeline } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PlaybookChanges, PlaybookHistoryEntry } from '../../../core/api';
import { useFormat } from '../../i18n/format';

/** "Who changed what" lines for one version. */
export function describeChanges(t: TFunction, changes: PlaybookChanges): string[] {
  const steps = (list: { title: string }[]) => list.map((s) => `"${s.title}"`).join(', ');
  return [
    ...(changes.title ? [t('plan.playbook.changes.title', changes.title)] : []),
    ...(changes.added.length > 0 ? [t('plan.playbook.changes.added', { steps: steps(changes.added) })] : []),
    ...(changes.removed.length > 0 ? [t('plan.playbook.changes.removed', { steps: steps(changes.removed) })] : []),
    ...changes.changed.map((c) =>
      t('plan.playbook.changes.changed', {
        step: `"${c.title}"`,
        fields: c.fields.map((f) => t(`plan.playbook.fields.${f as 'title'}`)).join(', '),
      }),
    ),
    ...(changes.reordered ? [t('plan.playbook.changes.reordered')] : []),
  ];
}

interface PlaybookHistoryProps {
  entries: PlaybookHistoryEntry[];
  current: number;
  viewing: number | null;
  onView: (version: number | null) => void;
}

export function PlaybookHistory({ entries, current, viewing, onView }: PlaybookHistoryProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Timeline bulletSize={18} lineWidth={2} active={entries.findIndex((e) => e.version === (viewing ?? current))}>
      {entries.map((entry) => (
        <Timeline.Item key={entry.version} title={t('plan.playbook.version', { n: entry.version })} data-testid="playbook-version">
          <Text size="xs" c="dimmed">
            {entry.savedBy
              ? t('plan.playbook.savedBy', { date: format.dateTime(entry.savedAt), name: entry.savedBy.name })
              : t('plan.playbook.savedBySystem', { date: format.dateTime(entry.savedAt) })}
          </Text>
          {entry.note && (
            <Text size="sm" fs="italic">
              “{entry.note}”
            </Text>
          )}
          <List size="sm">
            {entry.changes ? (
              describeChanges(t, entry.changes).map((line) => <List.Item key={line}>{line}</List.Item>)
            ) : (
              <List.Item>{t('plan.playbook.first')}</List.Item>
            )}
          </List>
          {entry.version !== (viewing ?? current) && (
            <Anchor component="button" type="button" size="sm" onClick={() => onView(entry.version === current ? null : entry.version)}>
              {t('plan.playbook.showVersion', { n: entry.version })}
            </Anchor>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
