import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ModerationActionView, ModerationState } from '../../../core/api';
import { useUndoModeration } from '../../api/moderation';
import { useFormat } from '../../i18n/format';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';

export const STATE_COLOR: Record<ModerationState, string> = { queued: 'blue', done: 'green', failed: 'red', reverted: 'gray' };

/** Whether the person may undo this action now: a live hide (responders) or block (crisis leads). */
export function useCanUndo() {
  const { can } = useWorkspace();
  return (a: ModerationActionView) =>
    (a.state === 'queued' || a.state === 'done') &&
    a.reversedById === null &&
    ((a.action === 'hide' && can('moderation.act')) || (a.action === 'block' && can('moderation.block')));
}

/** What was done to a comment, by whom and why, newest first, with undo where the platform allows it. */
export function ModerationHistory({ actions }: { actions: ModerationActionView[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { workspace } = useWorkspace();
  const undo = useUndoModeration(workspace.id);
  const canUndo = useCanUndo();
  if (actions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('moderation.historyEmpty')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {actions.map((a) => (
        <Group key={a.id} justify="space-between" wrap="nowrap" align="flex-start" data-testid="moderation-action">
          <div>
            <Group gap={6}>
              <Text size="sm" fw={600}>
                {t(`moderation.acts.${a.action}`)}
              </Text>
              <Badge size="sm" variant="light" color={STATE_COLOR[a.state]}>
                {t(`moderation.states.${a.state}`)}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed">
              {format.dateTime(a.createdAt)}
              {a.createdBy ? ` · ${t('moderation.by', { name: a.createdBy })}` : ''}
              {a.authorHandle && a.action !== 'hide' && a.action !== 'unhide' ? ` · @${a.authorHandle}` : ''}
            </Text>
            <Text size="xs" c="dimmed">
              {a.reason ? t('moderation.against', { reason: a.reason }) : a.followedProposal ? t('moderation.followed') : ''}
            </Text>
            {a.error && (
              <Text size="xs" c="red.8">
                {a.error}
              </Text>
            )}
          </div>
          {canUndo(a) && (
            <Button size="compact-sm" variant="light" loading={undo.isPending && undo.variables === a.id} onClick={() => undo.mutate(a.id)}>
              {t('moderation.undo')}
            </Button>
          )}
        </Group>
      ))}
      <ErrorAlert error={undo.error} />
    </Stack>
  );
}
