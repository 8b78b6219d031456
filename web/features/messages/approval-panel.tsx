import { Alert, Button, Card, Group, MultiSelect, NumberInput, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageTemplateDetail, TemplateApproval } from '../../../core/api';
import { useMembers } from '../../api/members';
import type { TemplateAction } from '../../api/messages';
import { useFormat } from '../../i18n/format';
import { useWorkspace } from '../workspaces/workspace-context';
import { reviewDraft } from './template-draft';

type Action = UseMutationResult<MessageTemplateDetail, Error, TemplateAction>;

interface ApprovalPanelProps {
  template: MessageTemplateDetail;
  action: Action;
  /** The editor holds changes not saved as a version yet: submitting would send the old words. */
  unsaved: boolean;
}

/** Submit, decide, see who has decided and who is next, and (for crisis leads) who approves and until when. */
export function ApprovalPanel({ template, action, unsaved }: ApprovalPanelProps) {
  const { t } = useTranslation();
  const { workspace, userId, can } = useWorkspace();
  const format = useFormat();
  const members = useMembers(workspace.id);
  const [comment, setComment] = useState('');
  const names = new Map((members.data?.members ?? []).map((m) => [m.userId, m.name] as const));
  const nameOf = (id: number) => names.get(id) ?? `#${id}`;
  const latest = template.versions[0];
  const blocked = reviewDraft(template.body, template).blocked;
  const mayDecide = latest?.status === 'in_review' && latest.pendingApproverIds.includes(userId) && can('templates.approve');

  return (
    <Card withBorder component="section" aria-labelledby="approval-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="approval-title">
          {t('messages.approval.title')}
        </Title>
        <Text size="sm">
          {t(`messages.approval.modes.${template.approval.mode}`)}: {template.approval.approverIds.map(nameOf).join(', ') || '—'}
        </Text>
        {latest?.status === 'in_review' && latest.pendingApproverIds.length > 0 && (
          <Text size="sm" c="blue" data-testid="waiting-for">
            {t('messages.approval.waitingFor', { names: latest.pendingApproverIds.map(nameOf).join(', ') })}
          </Text>
        )}
        {latest?.decisions.map((d) => (
          <Text key={`${d.userId}-${d.at}`} size="sm">
            {t('messages.approval.decided', {
              name: nameOf(d.userId),
              decision: t(`messages.approval.decisions.${d.decision}`),
              date: format.dateTime(d.at),
            })}
            {d.comment ? ` — “${d.comment}”` : ''}
          </Text>
        ))}
        {latest?.status === 'draft' && can('templates.write') && (
          <>
            {blocked && (
              <Alert color="red" variant="light">
                {t('messages.editor.blocked')}
              </Alert>
            )}
            <Button disabled={blocked || unsaved} loading={action.isPending} onClick={() => action.mutate({ kind: 'submit' })}>
              {t('messages.approval.submit')}
            </Button>
          </>
        )}
        {mayDecide && (
          <>
            <Textarea
              label={t('messages.approval.comment')}
              description={t('messages.approval.rejectReason')}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
            />
            <Group grow>
              <Button
                color="green"
                loading={action.isPending}
                onClick={() => action.mutate({ kind: 'approve', comment }, { onSuccess: () => setComment('') })}
              >
                {t('messages.approval.approve')}
              </Button>
              <Button
                color="red"
                variant="light"
                disabled={comment.trim() === ''}
                onClick={() => action.mutate({ kind: 'reject', comment }, { onSuccess: () => setComment('') })}
              >
                {t('messages.approval.reject')}
              </Button>
            </Group>
          </>
        )}
        <ReviewDate template={template} action={action} />
        {can('templates.configure') && (
          <ApprovalRule key={template.updatedAt} template={template} action={action} members={members.data?.members ?? []} />
        )}
      </Stack>
    </Card>
  );
}

function ReviewDate({ template, action }: { template: MessageTemplateDetail; action: Action }) {
  const { t } = useTranslation();
  const { can } = useWorkspace();
  const format = useFormat();
  const [date, setDate] = useState(template.expiresAt ? new Date(template.expiresAt).toISOString().slice(0, 10) : '');
  if (!can('templates.configure')) {
    return template.expiresAt ? <Text size="sm">{`${t('messages.approval.expiresAt')}: ${format.date(template.expiresAt)}`}</Text> : null;
  }
  return (
    <Group align="flex-end">
      <TextInput
        type="date"
        label={t('messages.approval.expiresAt')}
        description={t('messages.approval.expiresAtHelp')}
        value={date}
        onChange={(e) => setDate(e.currentTarget.value)}
        style={{ flex: 1 }}
      />
      <Button
        variant="default"
        disabled={!date}
        onClick={() => action.mutate({ kind: 'review-date', expiresAt: Date.parse(`${date}T00:00:00`) })}
      >
        {t('messages.approval.setReviewDate')}
      </Button>
      {template.expiresAt !== null && (
        <Button variant="subtle" onClick={() => action.mutate({ kind: 'review-date', expiresAt: null })}>
          {t('messages.approval.clearReviewDate')}
        </Button>
      )}
    </Group>
  );
}

function ApprovalRule({
  template,
  action,
  members,
}: {
  template: MessageTemplateDetail;
  action: Action;
  members: { userId: number; name: string; role: string }[];
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<TemplateApproval['mode']>(template.approval.mode);
  const [approverIds, setApproverIds] = useState(template.approval.approverIds.map(String));
  const [validForDays, setValidForDays] = useState<number | string>(template.approval.validForDays ?? '');
  const eligible = members.filter((m) => ['owner', 'admin', 'crisis_lead', 'approver'].includes(m.role));
  return (
    <Stack gap="xs">
      <Select
        label={t('messages.approval.mode')}
        data={(['any', 'all', 'sequence'] as const).map((m) => ({ value: m, label: t(`messages.approval.modes.${m}`) }))}
        value={mode}
        onChange={(v) => v && setMode(v as TemplateApproval['mode'])}
        allowDeselect={false}
      />
      <MultiSelect
        label={t('messages.approval.approvers')}
        data={eligible.map((m) => ({ value: String(m.userId), label: m.name }))}
        value={approverIds}
        onChange={setApproverIds}
      />
      <NumberInput
        label={t('messages.approval.validForDays')}
        description={t('messages.approval.validForever')}
        value={validForDays}
        onChange={setValidForDays}
        min={1}
        allowDecimal={false}
      />
      <Button
        variant="default"
        onClick={() =>
          action.mutate({
            kind: 'approval',
            approval: { mode, approverIds: approverIds.map(Number), validForDays: validForDays === '' ? null : Number(validForDays) },
          })
        }
      >
        {t('messages.approval.saveApproval')}
      </Button>
    </Stack>
  );
}
