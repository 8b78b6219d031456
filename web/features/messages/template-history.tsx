import { Badge, Button, Card, Group, Stack, Text, Textarea, Timeline } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageTemplateDetail } from '../../../core/api';
import type { TemplateAction } from '../../api/messages';
import { useFormat } from '../../i18n/format';
import { useWorkspace } from '../workspaces/workspace-context';
import { STATUS_COLORS } from './template-words';

interface TemplateHistoryProps {
  template: MessageTemplateDetail;
  action: UseMutationResult<MessageTemplateDetail, Error, TemplateAction>;
}

/** Every version as it was written, newest first, beside the comment thread. */
export function TemplateHistory({ template, action }: TemplateHistoryProps) {
  const { t } = useTranslation();
  const { can } = useWorkspace();
  const format = useFormat();
  const [comment, setComment] = useState('');
  const author = (id: number | null, name: string | null) => (id === null ? t('messages.approval.system') : (name ?? `#${id}`));

  return (
    <Group align="flex-start" grow wrap="wrap">
      <Timeline bulletSize={14} lineWidth={2} style={{ minWidth: 280 }}>
        {template.versions.map((v) => (
          <Timeline.Item
            key={v.version}
            title={
              <Group gap="xs">
                <Text fw={500}>{t('messages.history.version', { version: v.version })}</Text>
                <Badge size="sm" variant="light" color={STATUS_COLORS[v.status]}>
                  {t(`messages.statuses.${v.status}`)}
                </Badge>
              </Group>
            }
          >
            <Text size="xs" c="dimmed">
              {t('messages.history.by', { name: author(v.authorId, v.authorName), date: format.dateTime(v.createdAt) })} ·{' '}
              {v.changeNote || t('messages.history.noNote')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={4}>
              {v.body}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
      <Card withBorder style={{ minWidth: 280 }}>
        <Stack gap="xs">
          <Text fw={500}>{t('messages.comments.title')}</Text>
          {template.comments.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('messages.comments.empty')}
            </Text>
          )}
          {template.comments.map((c) => (
            <div key={c.id}>
              <Text size="xs" c="dimmed">
                {author(c.authorId, c.authorName)} · {format.dateTime(c.createdAt)} ·{' '}
                {t('messages.comments.onVersion', { version: c.version })}
              </Text>
              <Text size="sm">{c.body}</Text>
            </div>
          ))}
          {can('templates.write') && (
            <>
              <Textarea
                aria-label={t('messages.comments.title')}
                placeholder={t('messages.comments.placeholder')}
                value={comment}
                onChange={(e) => setComment(e.currentTarget.value)}
              />
              <Button
                variant="default"
                disabled={comment.trim() === ''}
                onClick={() => action.mutate({ kind: 'comments', body: comment }, { onSuccess: () => setComment('') })}
              >
                {t('messages.comments.add')}
              </Button>
            </>
          )}
        </Stack>
      </Card>
    </Group>
  );
}
