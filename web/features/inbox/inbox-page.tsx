import { Badge, Button, Checkbox, Group, Kbd, List, Modal, SegmentedControl, Stack, Switch, Table, Text, Tooltip } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxItem } from '../../../core/api';
import { INBOX_STATUSES, type InboxStatus, explainRiskFactor } from '../../../core/messaging';
import { type InboxFilters, useInboxBulk, useInboxItems, usePatchInboxItem } from '../../api/inbox';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { useMessagingText } from '../messages/messaging-text';
import { useWorkspace } from '../workspaces/workspace-context';
import { ApprovalQueue } from './approval-queue';
import { InboxItemDrawer, type DrawerFocus } from './inbox-item-drawer';
import { useInboxLiveUpdates } from './inbox-live';
import { InboxSettingsModal } from './inbox-settings-modal';
import { formatDuration } from './inbox-time';

/** The timer: time left to the target, or how late it is; answered items show their first-response time. */
export function DueTimer({ item, now }: { item: InboxItem; now: number }) {
  const { t } = useTranslation();
  if (item.firstResponseAt !== null) {
    return <Text size="sm">{t('inbox.answeredIn', { time: formatDuration(item.firstResponseAt - item.mention.createdAt) })}</Text>;
  }
  const left = item.dueAt - now;
  return left >= 0 ? (
    <Text size="sm">{t('inbox.dueIn', { time: formatDuration(left) })}</Text>
  ) : (
    <Text size="sm" c="red" fw={600}>
      {t('inbox.overdueBy', { time: formatDuration(left) })}
    </Text>
  );
}

function RiskBadge({ item }: { item: InboxItem }) {
  const { t } = useTranslation();
  const text = useMessagingText();
  const color = item.risk.score >= 60 ? 'red' : item.risk.score >= 35 ? 'orange' : 'gray';
  return (
    <Tooltip
      multiline
      w={280}
      label={
        <Stack gap={2}>
          <Text size="xs" fw={600}>
            {t('inbox.riskExplained', { score: item.risk.score })}
          </Text>
          {item.risk.factors.map((f) => (
            <Text size="xs" key={f.factor}>
              {text(explainRiskFactor(f))}
            </Text>
          ))}
        </Stack>
      }
    >
      <Badge color={color} variant="light" data-testid="risk">
        {item.risk.score}
      </Badge>
    </Tooltip>
  );
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The inbox: ranked items with timers, filters, bulk actions, keyboard shortcuts and the item drawer. */
export function InboxPage() {
  const { t } = useTranslation();
  const { workspace, can, userId } = useWorkspace();
  const [status, setStatus] = useState<InboxStatus | 'active'>('active');
  const [assignee, setAssignee] = useState<'all' | 'me' | 'none'>('all');
  const [overdue, setOverdue] = useState(false);
  const filters: InboxFilters = {
    status: status === 'active' ? undefined : status,
    assignee: assignee === 'all' ? undefined : assignee,
    overdue: overdue || undefined,
  };
  const items = useInboxItems(workspace.id, filters);
  useInboxLiveUpdates(workspace.id);
  const patch = usePatchInboxItem(workspace.id);
  const bulk = useInboxBulk(workspace.id);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [cursor, setCursor] = useState(0);
  const [open, setOpen] = useState<{ id: number; focus: DrawerFocus } | null>(null);
  const [help, setHelp] = useState(false);
  const [configuring, setConfiguring] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const [bulkResult, setBulkResult] = useState<string | null>(null);
  const canWork = can('inbox.work');
  const list = useMemo(() => items.data ?? [], [items.data]);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target) || open || configuring || help) return;
      const current = list[Math.min(cursor, list.length - 1)];
      if (event.key === '?') setHelp(true);
      else if (event.key === 'j') setCursor((c) => Math.min(c + 1, Math.max(0, list.length - 1)));
      else if (event.key === 'k') setCursor((c) => Math.max(c - 1, 0));
      else if (!current) return;
      else if (event.key === 'Enter') setOpen({ id: current.id, focus: 'item' });
      else if (event.key === 'r' && canWork) setOpen({ id: current.id, focus: 'reply' });
      else if (event.key === 'e' && canWork) setOpen({ id: current.id, focus: 'expert' });
      else if (event.key === 'a' && canWork) patch.mutate({ itemId: current.id, assigneeId: userId });
      else if (event.key === 'c' && canWork) patch.mutate({ itemId: current.id, status: 'closed' });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [list, cursor, open, configuring, help, canWork, patch, userId]);

  const runBulk = (action: Parameters<typeof bulk.mutate>[0]['action']) =>
    bulk.mutate(
      { itemIds: [...selected], action },
      {
        onSuccess: (results) => {
          setBulkResult(t('inbox.bulkResult', { ok: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length }));
          setSelected(new Set());
        },
      },
    );
  const toggle = (id: number) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <PageHeader
        title={t('inbox.title')}
        subtitle={t('inbox.subtitle')}
        actions={
          <Group>
            {can('inbox.configure') && (
              <Button variant="default" onClick={() => setConfiguring(true)}>
                {t('inbox.settings.open')}
              </Button>
            )}
            <Button variant="default" onClick={() => setHelp(true)}>
              {t('inbox.shortcuts')} <Kbd ml="xs">?</Kbd>
            </Button>
          </Group>
        }
      />
      <Stack>
        {can('replies.approve') && <ApprovalQueue onOpen={(id) => setOpen({ id, focus: 'item' })} />}
        <Group>
          <SegmentedControl
            aria-label={t('inbox.status')}
            value={status}
            onChange={(v) => setStatus(v as InboxStatus | 'active')}
            data={[
              { value: 'active', label: t('inbox.active') },
              ...INBOX_STATUSES.map((s) => ({ value: s, label: t(`inbox.statuses.${s}`) })),
            ]}
          />
          <SegmentedControl
            aria-label={t('inbox.assignee')}
            value={assignee}
            onChange={(v) => setAssignee(v as 'all' | 'me' | 'none')}
            data={(['all', 'me', 'none'] as const).map((v) => ({ value: v, label: t(`inbox.assigneeFilter.${v}`) }))}
          />
          <Switch label={t('inbox.overdueOnly')} checked={overdue} onChange={(e) => setOverdue(e.currentTarget.checked)} />
        </Group>
        {canWork && selected.size > 0 && (
          <Group>
            <Text size="sm">{t('inbox.selected', { count: selected.size })}</Text>
            <Button size="xs" variant="light" onClick={() => runBulk({ type: 'assign', assigneeId: userId })}>
              {t('inbox.bulkAssignMe')}
            </Button>
            <Button size="xs" variant="light" onClick={() => runBulk({ type: 'close' })}>
              {t('inbox.bulkClose')}
            </Button>
            <Button size="xs" variant="light" onClick={() => runBulk({ type: 'status', status: 'open' })}>
              {t('inbox.bulkReopen')}
            </Button>
          </Group>
        )}
        {bulkResult && (
          <Text size="sm" role="status">
            {bulkResult}
          </Text>
        )}
        <ErrorAlert error={items.error ?? patch.error ?? bulk.error} onRetry={() => void items.refetch()} />
        {items.isPending && <Loading />}
        {items.data &&
          (list.length === 0 ? (
            <EmptyState title={t('inbox.emptyTitle')}>{t('inbox.emptyBody')}</EmptyState>
          ) : (
            <Table highlightOnHover data-testid="inbox-table">
              <Table.Thead>
                <Table.Tr>
                  {canWork && (
                    <Table.Th>
                      <Checkbox
                        aria-label={t('inbox.selectAll')}
                        checked={selected.size === list.length}
                        onChange={(e) => setSelected(e.currentTarget.checked ? new Set(list.map((i) => i.id)) : new Set())}
                      />
                    </Table.Th>
                  )}
                  <Table.Th>{t('inbox.risk')}</Table.Th>
                  <Table.Th>{t('inbox.mention')}</Table.Th>
                  <Table.Th>{t('inbox.status')}</Table.Th>
                  <Table.Th>{t('inbox.assignee')}</Table.Th>
                  <Table.Th>{t('inbox.due')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((item, index) => (
                  <Table.Tr
                    key={item.id}
                    data-testid="inbox-row"
                    aria-selected={index === cursor}
                    bg={index === cursor ? 'var(--mantine-color-blue-light)' : undefined}
                    style={{ cursor: 'pointer' }}
                    onClick={() => {
                      setCursor(index);
                      setOpen({ id: item.id, focus: 'item' });
                    }}
                  >
                    {canWork && (
                      <Table.Td onClick={(e) => e.stopPropagation()}>
                        <Checkbox
                          aria-label={t('inbox.select', { text: item.mention.text.slice(0, 40) })}
                          checked={selected.has(item.id)}
                          onChange={() => toggle(item.id)}
                        />
                      </Table.Td>
                    )}
                    <Table.Td>
                      <RiskBadge item={item} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {item.mention.text}
                      </Text>
                      <Group gap={4}>
                        <Text size="xs" c="dimmed">
                          @{item.mention.authorHandle ?? '-'} · {item.mention.platform}
                        </Text>
                        {item.reasons.map((r) => (
                          <Badge key={r} size="xs" variant="outline">
                            {t(`inbox.reasons.${r}`)}
                          </Badge>
                        ))}
                        {item.presence.length > 0 && (
                          <Badge size="xs" color="yellow">
                            {item.presence.map((p) => p.name).join(', ')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" data-testid="item-status">
                        {t(`inbox.statuses.${item.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{item.assigneeName ?? t('inbox.unassigned')}</Text>
                    </Table.Td>
                    <Table.Td>
                      <DueTimer item={item} now={now} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ))}
      </Stack>
      <Modal opened={help} onClose={() => setHelp(false)} title={t('inbox.shortcuts')}>
        <List>
          {(['move', 'open', 'assign', 'close', 'reply', 'expert', 'help'] as const).map((k) => (
            <List.Item key={k}>{t(`inbox.shortcutList.${k}`)}</List.Item>
          ))}
        </List>
      </Modal>
      {configuring && <InboxSettingsModal opened onClose={() => setConfiguring(false)} />}
      {open && <InboxItemDrawer itemId={open.id} focus={open.focus} onClose={() => setOpen(null)} />}
    </>
  );
}
