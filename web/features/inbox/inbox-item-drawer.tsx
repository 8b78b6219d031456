import { Alert, Badge, Button, Card, Divider, Drawer, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxItemDetail } from '../../../core/api';
import type { LanguageCode } from '../../../core/analysis/analysis.types';
import { checkTone, hasBlockingFindings } from '../../../core/messaging';
import { useContacts } from '../../api/contacts';
import {
  postPresence,
  useAddInboxNote,
  useAnsweredElsewhere,
  useAskExpert,
  useInboxItem,
  usePatchInboxItem,
  useReplyDraft,
  useSendReply,
} from '../../api/inbox';
import { useTemplates } from '../../api/messages';
import { useAccounts } from '../../api/outbox';
import { useFormat } from '../../i18n/format';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { useMessagingText } from '../messages/messaging-text';
import { AccountBadge } from '../outbox/account-badge';
import { useWorkspace } from '../workspaces/workspace-context';
import { formatDuration } from './inbox-time';

export type DrawerFocus = 'item' | 'reply' | 'expert';
const HEARTBEAT_MS = 10_000;

function ReplyComposer({ item, autoFocus, onDrafting }: { item: InboxItemDetail; autoFocus: boolean; onDrafting: (d: boolean) => void }) {
  const { t } = useTranslation();
  const text = useMessagingText();
  const { workspace } = useWorkspace();
  const accounts = useAccounts(workspace.id);
  const templates = useTemplates(workspace.id, {});
  const draft = useReplyDraft(workspace.id);
  const send = useSendReply(workspace.id);
  const elsewhere = useAnsweredElsewhere(workspace.id);
  const [body, setBody] = useState('');
  const [templateId, setTemplateId] = useState<number | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const usable = (accounts.data ?? []).filter((a) => item.brandId === null || a.brandId === item.brandId);
  const [accountId, setAccountId] = useState<number | null>(null);
  const account = usable.find((a) => a.id === accountId) ?? usable[0] ?? null;
  const categories = item.mention.categories.filter((c) => c !== 'other');
  // The same check the server gates on, as one types.
  const findings = useMemo(
    () =>
      checkTone(body, {
        answering: { ...(item.mention.language ? { language: item.mention.language as LanguageCode } : {}), text: item.mention.text },
        situation: {
          kind: 'reply',
          duringIncident: item.priority === 'incident',
          answering: categories.length > 0 ? 'complaint' : item.mention.sentiment === 'negative' ? 'negative' : 'other',
        },
        unfilledVariables: [...body.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]!),
      }),
    [body, item, categories.length],
  );
  const blocked = hasBlockingFindings(findings);

  useEffect(() => onDrafting(body.trim() !== ''), [body, onDrafting]);

  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('inbox.reply')}
      </Title>
      <Select
        label={t('inbox.template')}
        placeholder={t('inbox.templatePlaceholder')}
        clearable
        searchable
        data={(templates.data ?? []).map((tpl) => ({ value: String(tpl.id), label: `${tpl.name} (${tpl.language})` }))}
        value={templateId === null ? null : String(templateId)}
        onChange={(value) => {
          const id = value === null ? null : Number(value);
          setTemplateId(id);
          if (id !== null)
            draft.mutate(
              { itemId: item.id, templateId: id },
              {
                onSuccess: (d) => {
                  setBody(d.text);
                  setMissing(d.missing);
                },
              },
            );
        }}
      />
      {missing.length > 0 && (
        <Text size="xs" c="orange">
          {t('inbox.missingVariables', { names: missing.map((m) => `{${m}}`).join(', ') })}
        </Text>
      )}
      <Textarea
        label={t('inbox.replyText')}
        autosize
        minRows={3}
        value={body}
        data-autofocus={autoFocus || undefined}
        onChange={(e) => setBody(e.currentTarget.value)}
      />
      <Card withBorder padding="xs" aria-live="polite" data-testid="tone-findings">
        <Text size="sm" fw={600}>
          {t('inbox.toneFindings')}
        </Text>
        {findings.length === 0 ? (
          <Text size="sm" c="green">
            {t('inbox.toneClean')}
          </Text>
        ) : (
          findings.map((f, i) => (
            <div key={`${f.rule}-${i}`} data-severity={f.severity}>
              <Badge size="xs" color={f.severity === 'block' ? 'red' : f.severity === 'warn' ? 'yellow' : 'blue'}>
                {t(`inbox.severity.${f.severity}`)}
              </Badge>{' '}
              <Text span size="sm">
                {text(f.explanation)}
              </Text>
              <Text size="xs" c="dimmed">
                {text(f.fix)}
              </Text>
            </div>
          ))
        )}
      </Card>
      <Select
        label={t('inbox.account')}
        data={usable.map((a) => ({ value: String(a.id), label: `@${a.handle} (${a.platform})` }))}
        value={account ? String(account.id) : null}
        onChange={(v) => setAccountId(v === null ? null : Number(v))}
      />
      {account && (
        <Group gap="xs" data-testid="posts-as">
          <Text size="xs" c="dimmed">
            {t('inbox.postsAs')}
          </Text>
          <AccountBadge account={account} />
        </Group>
      )}
      <Text size="xs" c="dimmed">
        {t('inbox.approvalHint')}
      </Text>
      <ErrorAlert error={send.error ?? draft.error ?? elsewhere.error} />
      <Group>
        <Button
          disabled={blocked || body.trim() === '' || !account}
          loading={send.isPending}
          onClick={() =>
            account && send.mutate({ itemId: item.id, accountId: account.id, text: body, templateId }, { onSuccess: () => setBody('') })
          }
        >
          {t('inbox.send')}
        </Button>
        <Button variant="default" onClick={() => elsewhere.mutate({ itemId: item.id, note: body })}>
          {t('inbox.answeredElsewhere')}
        </Button>
      </Group>
    </Stack>
  );
}

function ExpertPanel({ item, autoFocus }: { item: InboxItemDetail; autoFocus: boolean }) {
  const { t, i18n } = useTranslation();
  const { workspace } = useWorkspace();
  const format = useFormat();
  const contacts = useContacts(workspace.id, {});
  const ask = useAskExpert(workspace.id);
  const [contactId, setContactId] = useState<string | null>(null);
  const [question, setQuestion] = useState('');
  const [locale, setLocale] = useState<'id' | 'en'>(i18n.language.startsWith('en') ? 'en' : 'id');
  const withEmail = (contacts.data ?? []).filter((c) => c.email);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('inbox.experts')}
      </Title>
      {item.experts.map((e) => (
        <Card key={e.id} withBorder padding="xs">
          <Text size="sm">{e.question}</Text>
          {e.answer === null ? (
            <Text size="xs" c="orange">
              {t('inbox.expertWaiting', { name: e.contactName, time: formatDuration(now - e.createdAt) })}
            </Text>
          ) : (
            <>
              <Text size="xs" fw={600}>
                {t('inbox.expertAnswer', { name: e.contactName })} · {format.dateTime(e.answeredAt ?? 0)}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {e.answer}
              </Text>
            </>
          )}
        </Card>
      ))}
      <Select
        label={t('inbox.expertContact')}
        searchable
        data={withEmail.map((c) => ({ value: String(c.id), label: `${c.name} <${c.email}>` }))}
        value={contactId}
        onChange={setContactId}
        data-autofocus={autoFocus || undefined}
      />
      <Textarea label={t('inbox.expertQuestion')} value={question} onChange={(e) => setQuestion(e.currentTarget.value)} />
      <Select
        label={t('inbox.expertLanguage')}
        data={(['id', 'en'] as const).map((l) => ({ value: l, label: t(`inbox.languages.${l}`) }))}
        value={locale}
        onChange={(v) => setLocale(v === 'en' ? 'en' : 'id')}
      />
      <ErrorAlert error={ask.error} />
      <Button
        variant="light"
        disabled={contactId === null || question.trim() === ''}
        loading={ask.isPending}
        onClick={() =>
          contactId !== null &&
          ask.mutate({ itemId: item.id, contactId: Number(contactId), question, locale }, { onSuccess: () => setQuestion('') })
        }
      >
        {t('inbox.expertSend')}
      </Button>
    </Stack>
  );
}

/** One item: the mention, who else is on it, replies, the composer, notes and experts. */
export function InboxItemDrawer({ itemId, focus, onClose }: { itemId: number; focus: DrawerFocus; onClose: () => void }) {
  const { t } = useTranslation();
  const { workspace, can, userId } = useWorkspace();
  const format = useFormat();
  const detail = useInboxItem(workspace.id, itemId);
  const patch = usePatchInboxItem(workspace.id);
  const addNote = useAddInboxNote(workspace.id);
  const [note, setNote] = useState('');
  const drafting = useRef(false);
  const [, setTick] = useState(0);
  const canWork = can('inbox.work');

  useEffect(() => {
    const beat = () => void postPresence(workspace.id, itemId, drafting.current).catch(() => undefined);
    beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [workspace.id, itemId]);

  const item = detail.data;
  const others = item?.presence ?? [];
  const answering = others.filter((p) => p.drafting);

  return (
    <Drawer opened onClose={onClose} position="right" size="lg" title={t('inbox.mention')}>
      {detail.isPending && <Loading />}
      <ErrorAlert error={detail.error ?? patch.error ?? addNote.error} />
      {item && (
        <Stack data-testid="inbox-item">
          {others.length > 0 && (
            <Alert color="yellow" data-testid="collision">
              {answering.length > 0
                ? t('inbox.collisionDrafting', { names: answering.map((p) => p.name).join(', ') })
                : t('inbox.collision', { names: others.map((p) => p.name).join(', ') })}
            </Alert>
          )}
          <Card withBorder>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{item.mention.text}</Text>
            <Text size="xs" c="dimmed">
              @{item.mention.authorHandle ?? '-'} · {item.mention.platform} · {format.dateTime(item.mention.createdAt)}
              {item.brandName ? ` · ${item.brandName}` : ''}
            </Text>
            <Group gap="xs" mt="xs">
              <Badge data-testid="drawer-status">{t(`inbox.statuses.${item.status}`)}</Badge>
              <Text size="sm">{item.assigneeName ?? t('inbox.unassigned')}</Text>
            </Group>
          </Card>
          {canWork && (
            <Group>
              {item.assigneeId !== userId && (
                <Button size="xs" variant="light" onClick={() => patch.mutate({ itemId, assigneeId: userId })}>
                  {t('inbox.assignMe')}
                </Button>
              )}
              {item.status === 'closed' ? (
                <Button size="xs" variant="light" onClick={() => patch.mutate({ itemId, status: 'open' })}>
                  {t('inbox.reopen')}
                </Button>
              ) : (
                <Button size="xs" variant="light" onClick={() => patch.mutate({ itemId, status: 'closed' })}>
                  {t('inbox.close')}
                </Button>
              )}
            </Group>
          )}
          {item.replies.length > 0 && (
            <Stack gap={4}>
              <Title order={3} size="h5">
                {t('inbox.replies')}
              </Title>
              {item.replies.map((r) => (
                <Card key={r.id} withBorder padding="xs" data-testid="reply">
                  <Group gap="xs">
                    <Badge size="sm" data-testid="reply-status">
                      {t(`inbox.replyStatuses.${r.status}`)}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {t('inbox.by', { name: r.authorName ?? '-' })}
                      {r.approverName && r.status !== 'rejected' ? ` · ${t('inbox.approvedBy', { name: r.approverName })}` : ''}
                    </Text>
                  </Group>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {r.text}
                  </Text>
                  {r.decisionComment && (
                    <Text size="xs" c="dimmed">
                      {r.decisionComment}
                    </Text>
                  )}
                </Card>
              ))}
            </Stack>
          )}
          {canWork && item.status !== 'closed' && (
            <ReplyComposer
              item={item}
              autoFocus={focus === 'reply'}
              onDrafting={(d) => {
                if (drafting.current !== d) {
                  drafting.current = d;
                  setTick((x) => x + 1);
                }
              }}
            />
          )}
          <Divider />
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('inbox.notes')}
            </Title>
            {item.notes.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('inbox.noNotes')}
              </Text>
            )}
            {item.notes.map((n) => (
              <Text key={n.id} size="sm">
                <b>{n.authorName ?? '-'}</b> · {format.dateTime(n.createdAt)}: {n.body}
              </Text>
            ))}
            {canWork && (
              <Group align="flex-end">
                <Textarea
                  style={{ flex: 1 }}
                  aria-label={t('inbox.notes')}
                  placeholder={t('inbox.notePlaceholder')}
                  value={note}
                  onChange={(e) => setNote(e.currentTarget.value)}
                />
                <Button
                  variant="default"
                  disabled={note.trim() === ''}
                  onClick={() => addNote.mutate({ itemId, body: note }, { onSuccess: () => setNote('') })}
                >
                  {t('inbox.addNote')}
                </Button>
              </Group>
            )}
          </Stack>
          {canWork && (
            <>
              <Divider />
              <ExpertPanel item={item} autoFocus={focus === 'expert'} />
            </>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
