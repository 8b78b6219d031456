import { Alert, Badge, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentionModeration } from '../../../core/api';
import { useMentionModeration, useModerate } from '../../api/moderation';
import { fieldIssues } from '../../api/errors';
import { useFormat } from '../../i18n/format';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PostingAs } from '../accounts/posting-as';
import { useWorkspace } from '../workspaces/workspace-context';
import { formatWindow } from './moderation-format';
import { ModerationHistory } from './moderation-history';

const KIND_COLOR = { spam: 'grape', abuse: 'red', rude: 'orange', critical: 'yellow', ordinary: 'gray' } as const;

/** The mention drawer's moderation: the policy's proposal in words, the author's offences, actions and their history. */
export function ModerationSection({ mentionId }: { mentionId: number }) {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const moderation = useMentionModeration(workspace.id, mentionId, can('inbox.read'));
  if (!can('inbox.read')) return null;
  return (
    <Stack gap="sm" data-testid="moderation-section">
      <Title order={3} size="h5">
        {t('moderation.section')}
      </Title>
      <ErrorAlert error={moderation.error} onRetry={() => void moderation.refetch()} />
      {moderation.isPending && <Loading />}
      {moderation.data && <ModerationBody data={moderation.data} />}
    </Stack>
  );
}

function ModerationBody({ data }: { data: MentionModeration }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { workspace, can } = useWorkspace();
  const moderate = useModerate(workspace.id);
  const [reason, setReason] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const windowText = formatWindow(t, data.policy.windowMs);
  const issues = fieldIssues(moderate.error);
  const act = (action: 'hide' | 'delete' | 'block') =>
    moderate.mutate(
      { mentionId: data.mentionId, action, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      {
        onSuccess: () => {
          setReason('');
          setConfirmDelete(false);
        },
      },
    );
  const blockReady = data.block.allowed && (data.block.basis === 'proposal' || reason.trim().length > 0);
  const blockNote =
    data.block.refusal && !(data.block.allowed && reason.trim()) ? t(`moderation.blockRefusals.${data.block.refusal}`) : null;
  const hideFollows =
    data.proposal.action === 'hide' || data.proposal.alternatives.includes('hide') || data.proposal.action === 'propose_block';

  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {t('moderation.kindLabel')}:
        </Text>
        <Badge color={KIND_COLOR[data.kind]} variant="light" data-testid="comment-kind">
          {t(`moderation.kinds.${data.kind}`)}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('moderation.proposalLabel')}:
        </Text>
        <Badge
          variant="filled"
          color={data.proposal.action === 'propose_block' ? 'red' : data.proposal.action === 'hide' ? 'orange' : 'blue'}
        >
          {t(`moderation.proposals.${data.proposal.action}`)}
        </Badge>
      </Group>
      <Text size="sm" data-testid="proposal-reason">
        {t(`moderation.reasons.${data.proposal.reason}`, { count: data.proposal.offencesInWindow, window: windowText })}
      </Text>
      <div>
        <Text size="xs" fw={600} c="dimmed">
          {t('moderation.offencesTitle', { window: windowText })}
        </Text>
        {data.offences.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('moderation.offencesNone')}
          </Text>
        ) : (
          <Stack gap={2}>
            {data.offences.slice(0, 5).map((o) => (
              <Text key={o.mentionId} size="sm" lineClamp={1}>
                <Badge size="xs" variant="light" color={KIND_COLOR[o.kind]} mr={6}>
                  {t(`moderation.kinds.${o.kind}`)}
                </Badge>
                {format.dateTime(o.at)} · {o.text}
              </Text>
            ))}
          </Stack>
        )}
      </div>
      {data.account ? (
        <PostingAs account={data.account} mayPublish={data.mayPublish} />
      ) : (
        <Alert color="orange" variant="light">
          <Text size="sm">{t('moderation.noAccount')}</Text>
          {data.accountProblem && (
            <Text size="xs" c="dimmed" mt={4}>
              {data.accountProblem}
            </Text>
          )}
        </Alert>
      )}
      {can('moderation.act') && data.account && (
        <Stack gap="xs">
          <TextInput
            label={t('moderation.reason')}
            description={t('moderation.reasonHelp')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={issues.reason ? t('moderation.againstProposal') : undefined}
            maxLength={500}
          />
          <Group gap="xs">
            <Button size="xs" variant={hideFollows ? 'filled' : 'light'} loading={moderate.isPending} onClick={() => act('hide')}>
              {t('moderation.hide')}
            </Button>
            {can('moderation.block') && (
              <>
                <Button size="xs" variant="light" color="red" onClick={() => setConfirmDelete(true)}>
                  {t('moderation.delete')}
                </Button>
                <Button size="xs" variant="light" color="red" disabled={!blockReady} onClick={() => act('block')}>
                  {t('moderation.block')}
                </Button>
              </>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {t('moderation.hideDefault')}
            {!hideFollows && ` ${t('moderation.againstProposal')}`}
          </Text>
          {can('moderation.block') && blockNote && (
            <Text size="xs" c="orange.8" data-testid="block-note">
              {blockNote}
            </Text>
          )}
          <ErrorAlert error={confirmDelete ? null : moderate.error} fields={['reason']} />
        </Stack>
      )}
      <div>
        <Text size="xs" fw={600} c="dimmed" mb={4}>
          {t('moderation.history')}
        </Text>
        <ModerationHistory actions={data.actions} />
      </div>
      <ConfirmDialog
        opened={confirmDelete}
        title={t('moderation.deleteTitle')}
        message={t('moderation.deleteBody')}
        confirmLabel={t('moderation.delete')}
        onConfirm={() => act('delete')}
        onClose={() => setConfirmDelete(false)}
        loading={moderate.isPending}
        error={confirmDelete ? moderate.error : null}
      />
    </Stack>
  );
}
