import { Alert, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OwnedAccount } from '../../../core/api';
import { usePublishers } from '../../api/moderation';
import { AccountBadge } from '../outbox/account-badge';
import { useWorkspace } from '../workspaces/workspace-context';

type AccountLike = Pick<OwnedAccount, 'id' | 'platform' | 'handle' | 'displayName' | 'avatarUrl'>;

interface PostingAsProps {
  account: AccountLike;
  /** Whether the person may post as it, when the screen already knows; otherwise read from the account's publishers. */
  mayPublish?: boolean;
}

/**
 * Before anything is sent: exactly which account will post it (avatar, name, handle, platform), and whether
 * the person at the keyboard holds the right to post as it. Every screen that sends shows this.
 */
export function PostingAs({ account, mayPublish }: PostingAsProps) {
  const { t } = useTranslation();
  const { workspace, userId } = useWorkspace();
  const publishers = usePublishers(workspace.id, account.id, mayPublish === undefined);
  const may = mayPublish ?? publishers.data?.some((p) => p.userId === userId);
  return (
    <Stack gap={6} data-testid="posting-as">
      <Text size="xs" c="dimmed">
        {t('moderation.postingAs')}
      </Text>
      <AccountBadge account={account} />
      {may === undefined ? (
        publishers.isPending ? (
          <Loader size="xs" />
        ) : null
      ) : may ? (
        <Text size="sm" c="green.8">
          {t('moderation.mayPost')}
        </Text>
      ) : (
        <Alert color="orange" variant="light" p="xs">
          <Text size="sm">{t('moderation.mayNotPost')}</Text>
        </Alert>
      )}
    </Stack>
  );
}
