import { Anchor, Code, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../ui/empty-state';
import { useWorkspace } from '../workspaces/workspace-context';

/** Shown while a workspace has no mentions at all: how to bring some in. */
export function MentionsEmpty() {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  return (
    <EmptyState title={t('mentions.emptyTitle')}>
      <Text c="dimmed">{t('mentions.emptyBody')}</Text>
      <Code block>{`npx siaga import FILE --workspace ${workspace.id}`}</Code>
      {can('tokens.manage') && (
        <Anchor component={Link} to={`/w/${workspace.id}/tokens`}>
          {t('mentions.emptyTokensLink')}
        </Anchor>
      )}
    </EmptyState>
  );
}
