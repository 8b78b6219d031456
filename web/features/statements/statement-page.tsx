import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { StatementDetail } from '../../../core/api';
import { previewStatement } from '../../../core/statements';
import { useAccounts } from '../../api/outbox';
import { useStatement, useStatementAction } from '../../api/statements';
import { useFormat } from '../../i18n/format';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { useWorkspace } from '../workspaces/workspace-context';
import { ChannelPreviews } from './channel-previews';
import { StatementStateBadge } from './statement-state-badge';

/** One statement: its previews, review (with the two-person rule in view), publishing, receipts and corrections. */
export function StatementPage() {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const id = Number(useParams().statementId);
  const statement = useStatement(workspace.id, id);
  return (
    <>
      <ErrorAlert error={statement.error} onRetry={() => void statement.refetch()} />
      {statement.isPending && <Loading />}
      {statement.data && <StatementView statement={statement.data} />}
      {!statement.data && !statement.isPending && <PageHeader title={t('statements.title')} />}
    </>
  );
}

function StatementView({ statement: s }: { statement: StatementDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { workspace, can, userId } = useWorkspace();
  const accounts = useAccounts(workspace.id);
  const action = useStatementAction(workspace.id, s.id);
  const [comment, setComment] = useState('');
  const [scheduleAt, setScheduleAt] = useState('');
  const [correction, setCorrection] = useState(s.body);
  const [reason, setReason] = useState('');
  const approvals = s.approvals.filter((a) => a.decision === 'approved');
  const chosen = (accounts.data ?? []).filter((a) => s.targets.accountIds.includes(a.id));
  const previews = previewStatement({
    body: s.body,
    language: s.language,
    variants: s.revision === 1 ? s.variants : {},
    accounts: chosen,
    page: s.targets.page,
    email: s.targets.subscribers || s.targets.contactKinds.length > 0 || s.targets.contactIds.length > 0,
  });
  const mayDecide =
    can('statements.approve') && s.state === 'in_review' && s.authorId !== userId && !s.approvals.some((a) => a.userId === userId);

  return (
    <>
      <PageHeader
        title={s.title}
        subtitle={`${s.brandName} · ${t('statements.detail.author')}: ${s.authorName ?? '—'}`}
        actions={
          s.pageUrl && (
            <Anchor href={s.pageUrl} target="_blank" rel="noreferrer">
              {t('statements.detail.openPage')}
            </Anchor>
          )
        }
      />
      <Stack maw={900}>
        <Group gap="sm">
          <StatementStateBadge state={s.state} />
          <Badge variant="outline" data-testid="approval-count">
            {t('statements.approvalsCount', { count: approvals.length, required: s.requiredApprovals })}
          </Badge>
          {s.requiredApprovals === 2 && (
            <Text size="sm" c="dimmed">
              {t('statements.twoPersonRule')}
            </Text>
          )}
          {s.incidentId && (
            <Anchor component={Link} to={`/w/${workspace.id}/incidents/${s.incidentId}`} size="sm">
              {t('incidents.nav')} #{s.incidentId}
            </Anchor>
          )}
        </Group>
        {s.scheduledAt && s.state === 'scheduled' && (
          <Text>{t('statements.detail.scheduledFor', { time: format.dateTime(s.scheduledAt) })}</Text>
        )}
        {s.nextUpdateAt && <Text>{t('statements.detail.nextUpdate', { time: format.dateTime(s.nextUpdateAt) })}</Text>}
        {s.rejectionComment && s.state === 'rejected' && (
          <Text c="red">
            {t('statements.detail.rejectionComment')}: {s.rejectionComment}
          </Text>
        )}
        {s.approvals.map((a) => (
          <Text key={a.userId} size="sm">
            {a.name}: {a.decision === 'approved' ? t('statements.detail.approve') : t('statements.detail.reject')}
            {a.comment ? ` — ${a.comment}` : ''} ({format.dateTime(a.at)})
          </Text>
        ))}
        <ChannelPreviews previews={previews} />
        <ErrorAlert error={action.error} />

        {(s.state === 'draft' || s.state === 'rejected') && can('statements.write') && (
          <Group>
            <Button onClick={() => action.mutate({ kind: 'submit' })} loading={action.isPending}>
              {t('statements.detail.submit')}
            </Button>
          </Group>
        )}
        {mayDecide && (
          <Group align="end">
            <TextInput label={t('statements.detail.comment')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
            <Button color="green" onClick={() => action.mutate({ kind: 'approve', comment })} loading={action.isPending}>
              {t('statements.detail.approve')}
            </Button>
            <Button color="red" variant="light" onClick={() => action.mutate({ kind: 'reject', comment })} loading={action.isPending}>
              {t('statements.detail.reject')}
            </Button>
          </Group>
        )}
        {(s.state === 'approved' || s.state === 'scheduled') && can('statements.write') && (
          <Group align="end">
            <Button onClick={() => action.mutate({ kind: 'publish', scheduledAt: null })} loading={action.isPending}>
              {t('statements.detail.publishNow')}
            </Button>
            <TextInput
              type="datetime-local"
              label={t('statements.detail.scheduleAt')}
              value={scheduleAt}
              onChange={(e) => setScheduleAt(e.currentTarget.value)}
            />
            <Button
              variant="light"
              disabled={!scheduleAt}
              onClick={() => action.mutate({ kind: 'publish', scheduledAt: new Date(scheduleAt).getTime() })}
            >
              {t('statements.detail.schedule')}
            </Button>
          </Group>
        )}

        <Title order={2} size="h4">
          {t('statements.detail.deliveries')}
        </Title>
        {s.deliveries.length === 0 && s.emails.length === 0 ? (
          <Text c="dimmed">{t('statements.detail.noDeliveries')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table data-testid="deliveries">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('statements.detail.revision')}</Table.Th>
                  <Table.Th>{t('statements.composer.channels')}</Table.Th>
                  <Table.Th>{t('statements.columns.state')}</Table.Th>
                  <Table.Th>{t('statements.detail.when')}</Table.Th>
                  <Table.Th>{t('statements.detail.link')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.deliveries.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td>{d.revision}</Table.Td>
                    <Table.Td>
                      {t(`statements.channels.${d.channel}`)}
                      {d.account ? ` @${d.account.handle} (${t(`accounts.platforms.${d.account.platform}`)})` : ''}
                    </Table.Td>
                    <Table.Td>
                      {t(`statements.detail.deliveryStates.${d.state}`)}
                      {d.error ? ` — ${d.error}` : ''}
                    </Table.Td>
                    <Table.Td>{d.sentAt ? format.dateTime(d.sentAt) : '—'}</Table.Td>
                    <Table.Td>
                      {d.url ? (
                        <Anchor href={d.url} target="_blank" rel="noreferrer" size="sm">
                          {d.url}
                        </Anchor>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {s.emails.map((e) => (
          <Text key={e.revision} size="sm">
            {t('statements.detail.emailSummary', e)}
          </Text>
        ))}

        {s.state === 'published' && can('statements.approve') && (
          <Card withBorder>
            <Stack gap="xs">
              <Title order={3} size="h5">
                {t('statements.detail.correction')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('statements.detail.correctionHelp')}
              </Text>
              <Textarea
                autosize
                minRows={3}
                value={correction}
                onChange={(e) => setCorrection(e.currentTarget.value)}
                label={t('statements.composer.body')}
              />
              <TextInput
                label={t('statements.detail.correctionReason')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
              <Button
                w="fit-content"
                disabled={!reason.trim() || correction.trim() === s.body}
                loading={action.isPending}
                onClick={() =>
                  action.mutate({ kind: 'corrections', correction: { body: correction, reason } }, { onSuccess: () => setReason('') })
                }
              >
                {t('statements.detail.sendCorrection')}
              </Button>
            </Stack>
          </Card>
        )}

        {s.revisions.length > 1 && (
          <>
            <Title order={2} size="h4">
              {t('statements.detail.history')}
            </Title>
            {s.revisions.map((r) => (
              <Card key={r.revision} withBorder padding="sm">
                <Text size="sm" c="dimmed">
                  {t('statements.detail.revision')} {r.revision} · {format.dateTime(r.createdAt)} ·{' '}
                  {r.reason ?? t('statements.detail.original')}
                </Text>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{r.body}</Text>
              </Card>
            ))}
          </>
        )}
      </Stack>
    </>
  );
}
