import { Avatar, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OwnedAccount } from '../../../core/api';

type AccountLike = Pick<OwnedAccount, 'platform' | 'handle' | 'displayName' | 'avatarUrl'>;

/** Exactly who will post: avatar, name, handle and platform (trusted posting shows this before anything is sent). */
export function AccountBadge({ account }: { account: AccountLike }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Avatar src={account.avatarUrl} alt="" size="sm" radius="xl">
        {account.displayName.slice(0, 1).toUpperCase()}
      </Avatar>
      <div>
        <Text size="sm" fw={600} lh={1.2}>
          {account.displayName}
        </Text>
        <Text size="xs" c="dimmed" lh={1.2}>
          @{account.handle} · {t(`accounts.platforms.${account.platform}`)}
        </Text>
      </div>
    </Group>
  );
}
