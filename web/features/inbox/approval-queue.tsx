import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDecideReply, useRepliesInReview } from '../../api/inbox';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';

/** Replies held by the approval policy, for those who may approve (never their own). */
export function ApprovalQueue({ onOpen }: { onOpen: (itemId: number) => void }) {
  const { t } = useTranslation();
  const { workspace, userId } = useWorkspace();
  const review = useRepliesInReview(workspace.id, true);
  const decide = useDecideReply(workspace.id);
  const [comments, setComments] = useState<Record<number, string>>({});
  if (!review.data || review.data.length === 0) return null;
  return (
    <Card withBorder data-testid="approval-queue">
      <Title order={2} size="h4" mb="xs">
        {t('inbox.approvals')}
      </Title>
      <ErrorAlert error={decide.error} />
      <Stack gap="sm">
        {review.data.map((reply) => (
          <Stack key={reply.id} gap={4} data-testid="approval-item">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {reply.text}
            </Text>
            <Text size="xs" c="dimmed">
              {t('inbox.by', { name: reply.authorName ?? '-' })}
            </Text>
            {reply.authorId !== userId && (
              <Group gap="xs">
                <Button
                  size="xs"
                  onClick={() => decide.mutate({ replyId: reply.id, decision: 'approve', comment: comments[reply.id] ?? '' })}
                >
                  {t('inbox.approve')}
                </Button>
                <TextInput
                  size="xs"
                  aria-label={t('inbox.rejectComment')}
                  placeholder={t('inbox.rejectComment')}
                  value={comments[reply.id] ?? ''}
                  onChange={(e) => setComments((c) => ({ ...c, [reply.id]: e.currentTarget.value }))}
                />
                <Button
                  size="xs"
                  color="red"
                  variant="light"
                  disabled={!comments[reply.id]?.trim()}
                  onClick={() => decide.mutate({ replyId: reply.id, decision: 'reject', comment: comments[reply.id] ?? '' })}
                >
                  {t('inbox.reject')}
                </Button>
                <Button size="xs" variant="subtle" onClick={() => onOpen(reply.itemId)}>
                  {t('inbox.mention')}
                </Button>
              </Group>
            )}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
