import { ActionIcon, Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnedAccount } from '../../../core/api';
import { useMembers } from '../../api/members';
import { useChangePublisher, usePublishers } from '../../api/moderation';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';

/** Who may post as an account; managers grant and revoke the right per member. */
export function PublishersCell({ account }: { account: OwnedAccount }) {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const canRead = can('outbox.read');
  const manage = can('accounts.manage');
  const publishers = usePublishers(workspace.id, account.id, canRead);
  const members = useMembers(workspace.id);
  const change = useChangePublisher(workspace.id, account.id);
  const [chosen, setChosen] = useState<string | null>(null);
  if (!canRead) return null;
  const granted = new Set((publishers.data ?? []).map((p) => p.userId));
  const candidates = (members.data?.members ?? []).filter((m) => !granted.has(m.userId));

  return (
    <Stack gap={6} data-testid="publishers">
      {publishers.data && publishers.data.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('moderation.publishersNone')}
        </Text>
      )}
      <Group gap={6}>
        {(publishers.data ?? []).map((p) => (
          <Badge
            key={p.userId}
            variant="light"
            color="teal"
            pr={manage ? 3 : undefined}
            rightSection={
              manage && (
                <ActionIcon
                  size="xs"
                  variant="transparent"
                  color="teal"
                  aria-label={t('moderation.revoke', { name: p.name })}
                  onClick={() => change.mutate({ userId: p.userId, grant: false })}
                >
                  ×
                </ActionIcon>
              )
            }
          >
            {p.name}
          </Badge>
        ))}
      </Group>
      {manage && candidates.length > 0 && (
        <Group gap={6} wrap="nowrap">
          <Select
            size="xs"
            aria-label={t('moderation.chooseMember')}
            placeholder={t('moderation.chooseMember')}
            data={candidates.map((m) => ({ value: String(m.userId), label: `${m.name} (${t(`roles.${m.role}`)})` }))}
            value={chosen}
            onChange={setChosen}
            searchable
          />
          <Button
            size="xs"
            variant="light"
            disabled={!chosen}
            loading={change.isPending}
            onClick={() => change.mutate({ userId: Number(chosen), grant: true }, { onSuccess: () => setChosen(null) })}
          >
            {t('moderation.grant')}
          </Button>
        </Group>
      )}
      <ErrorAlert error={change.error} />
    </Stack>
  );
}
