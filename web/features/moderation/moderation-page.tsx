import { Anchor, Badge, Button, Card, Checkbox, Group, NumberInput, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ModerationActionView, ModerationSettings } from '../../../core/api';
import {
  useBlockProposals,
  useHideCluster,
  useModerationActions,
  useModerationClusters,
  useModerationSettings,
  useSaveModerationSettings,
  useUndoBulk,
  useUndoModeration,
} from '../../api/moderation';
import { fieldIssues } from '../../api/errors';
import { useFormat } from '../../i18n/format';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { AccountBadge } from '../outbox/account-badge';
import { MentionDrawer } from '../mentions/mention-drawer';
import { useWorkspace } from '../workspaces/workspace-context';
import { formatWindow } from './moderation-format';
import { STATE_COLOR, useCanUndo } from './moderation-history';

const DAY = 24 * 3_600_000;
const CLUSTER_WINDOW_MS = DAY;

/** The workspace's moderation: block proposals, clusters that may be hidden in bulk, every action, and the policy. */
export function ModerationPage() {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const navigate = useNavigate();
  const [openId, setOpenId] = useState<number | null>(null);
  const settings = useModerationSettings(workspace.id);

  return (
    <>
      <PageHeader title={t('moderation.title')} subtitle={t('moderation.subtitle')} />
      <Stack gap="xl">
        <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
        {settings.data && <BlockProposals settings={settings.data} onOpen={setOpenId} />}
        {settings.data && <Clusters settings={settings.data} />}
        <Actions onOpen={setOpenId} />
        {settings.data && <SettingsForm settings={settings.data} />}
      </Stack>
      <MentionDrawer
        mentionId={openId}
        onClose={() => setOpenId(null)}
        onShowCluster={(cluster) => void navigate(`/w/${workspace.id}/mentions?cluster=${encodeURIComponent(cluster)}`)}
      />
    </>
  );
}

function BlockProposals({ settings, onOpen }: { settings: ModerationSettings; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { workspace } = useWorkspace();
  const proposals = useBlockProposals(workspace.id);
  return (
    <section aria-labelledby="block-proposals">
      <Title order={2} size="h4" id="block-proposals">
        {t('moderation.proposalsTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('moderation.proposalsHelp', { count: settings.blockAfter, window: formatWindow(t, settings.windowMs) })}
      </Text>
      <ErrorAlert error={proposals.error} />
      {proposals.data &&
        (proposals.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('moderation.proposalsEmpty')}
          </Text>
        ) : (
          <Stack gap="xs">
            {proposals.data.map((p) => (
              <Group key={`${p.platform}:${p.authorHandle}`} justify="space-between" wrap="nowrap" data-testid="block-proposal">
                <div>
                  <Group gap={6}>
                    <Text fw={600}>@{p.authorHandle}</Text>
                    <Badge variant="light" color="gray">
                      {p.platform}
                    </Badge>
                    <Badge variant="light" color="red">
                      {t('moderation.offences', { count: p.offences })}
                    </Badge>
                    {p.kinds.map((k) => (
                      <Badge key={k} size="sm" variant="outline">
                        {t(`moderation.kinds.${k}`)}
                      </Badge>
                    ))}
                  </Group>
                  <Text size="sm" lineClamp={1}>
                    {format.dateTime(p.lastAt)} · {p.lastText}
                  </Text>
                </div>
                <Button size="xs" variant="light" onClick={() => onOpen(p.lastMentionId)}>
                  {t('moderation.openComment')}
                </Button>
              </Group>
            ))}
          </Stack>
        ))}
    </section>
  );
}

function Clusters({ settings }: { settings: ModerationSettings }) {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const clusters = useModerationClusters(workspace.id, CLUSTER_WINDOW_MS);
  const hide = useHideCluster(workspace.id);
  const undo = useUndoBulk(workspace.id);
  const [lastBulk, setLastBulk] = useState<{ bulkKey: string; count: number } | null>(null);
  return (
    <section aria-labelledby="clusters">
      <Title order={2} size="h4" id="clusters">
        {t('moderation.clustersTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('moderation.clustersHelp', { count: settings.minClusterAccounts })}
      </Text>
      <ErrorAlert error={clusters.error ?? hide.error ?? undo.error} />
      {lastBulk && (
        <Group gap="xs" mb="xs">
          <Text size="sm" c="green.8">
            {t('moderation.bulkDone', { count: lastBulk.count })}
          </Text>
          <Button
            size="compact-sm"
            variant="light"
            loading={undo.isPending}
            onClick={() => undo.mutate(lastBulk.bulkKey, { onSuccess: () => setLastBulk(null) })}
          >
            {t('moderation.undoBulk')}
          </Button>
        </Group>
      )}
      {clusters.data &&
        (clusters.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('moderation.clustersEmpty')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {clusters.data.map((c) => (
              <Card key={`${c.brandId}:${c.clusterKey}`} withBorder data-testid="moderation-cluster">
                <Group justify="space-between" mb={4}>
                  <Badge variant="outline">{c.brandName}</Badge>
                  <Text size="xs" c="dimmed">
                    {t('moderation.clusterSummary', { comments: c.comments, authors: c.authors, visible: c.visible })}
                  </Text>
                </Group>
                <Stack gap={2} mb="xs">
                  {c.sampleTexts.map((text) => (
                    <Text key={text} size="sm" lineClamp={2}>
                      “{text}”
                    </Text>
                  ))}
                </Stack>
                {c.qualifies ? (
                  can('moderation.act') &&
                  c.visible > 0 && (
                    <Button
                      size="xs"
                      color="orange"
                      loading={hide.isPending}
                      onClick={() =>
                        hide.mutate(
                          { brandId: c.brandId, clusterKey: c.clusterKey, from: c.from, to: c.to },
                          { onSuccess: (result) => setLastBulk({ bulkKey: result.bulkKey, count: result.actions.length }) },
                        )
                      }
                    >
                      {t('moderation.hideAll')}
                    </Button>
                  )
                ) : (
                  <Text size="xs" c="dimmed">
                    {c.refusal && t(`moderation.clusterRefusals.${c.refusal}`)}
                  </Text>
                )}
              </Card>
            ))}
          </SimpleGrid>
        ))}
    </section>
  );
}

function Actions({ onOpen }: { onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { workspace, can } = useWorkspace();
  const actions = useModerationActions(workspace.id);
  const undo = useUndoModeration(workspace.id);
  const undoBulk = useUndoBulk(workspace.id);
  const canUndo = useCanUndo();
  const liveBulk = (a: ModerationActionView, all: ModerationActionView[]) =>
    a.bulkKey?.startsWith('cluster:') &&
    can('moderation.act') &&
    all.find((other) => other.bulkKey === a.bulkKey)?.id === a.id &&
    all.some((other) => other.bulkKey === a.bulkKey && canUndo(other));
  return (
    <section aria-labelledby="moderation-actions">
      <Title order={2} size="h4" id="moderation-actions" mb="xs">
        {t('moderation.actionsTitle')}
      </Title>
      <ErrorAlert error={actions.error ?? undo.error ?? undoBulk.error} />
      {actions.isPending && <Loading />}
      {actions.data &&
        (actions.data.length === 0 ? (
          <EmptyState title={t('moderation.actionsEmpty')} />
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="sm" aria-label={t('moderation.actionsTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('moderation.when')}</Table.Th>
                  <Table.Th>{t('moderation.what')}</Table.Th>
                  <Table.Th>{t('moderation.target')}</Table.Th>
                  <Table.Th>{t('outbox.account')}</Table.Th>
                  <Table.Th>{t('moderation.why')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {actions.data.map((a) => (
                  <Table.Tr key={a.id} data-testid="moderation-row">
                    <Table.Td>
                      <Text size="sm">{format.dateTime(a.createdAt)}</Text>
                      {a.createdBy && (
                        <Text size="xs" c="dimmed">
                          {t('moderation.by', { name: a.createdBy })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{t(`moderation.acts.${a.action}`)}</Text>
                      <Badge size="sm" variant="light" color={STATE_COLOR[a.state]}>
                        {t(`moderation.states.${a.state}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td maw={280}>
                      {a.mentionId !== null ? (
                        <Anchor component="button" size="sm" onClick={() => onOpen(a.mentionId!)} lineClamp={2} ta="left">
                          {a.action === 'block' || a.action === 'unblock' ? `@${a.authorHandle ?? ''} · ` : ''}
                          {a.mentionText ?? `#${a.mentionId}`}
                        </Anchor>
                      ) : (
                        <Text size="sm">@{a.authorHandle}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <AccountBadge account={a.account} />
                    </Table.Td>
                    <Table.Td maw={240}>
                      <Text size="sm">{a.reason ? a.reason : a.followedProposal ? t('moderation.followed') : '—'}</Text>
                      {a.error && (
                        <Text size="xs" c="red.8">
                          {a.error}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {canUndo(a) && (
                        <Button size="compact-sm" variant="light" onClick={() => undo.mutate(a.id)}>
                          {t('moderation.undo')}
                        </Button>
                      )}{' '}
                      {liveBulk(a, actions.data) && (
                        <Button size="compact-sm" variant="subtle" onClick={() => undoBulk.mutate(a.bulkKey!)}>
                          {t('moderation.undoBulk')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ))}
    </section>
  );
}

function SettingsForm({ settings }: { settings: ModerationSettings }) {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const save = useSaveModerationSettings(workspace.id);
  const editable = can('moderation.block');
  const [blockAfter, setBlockAfter] = useState<number | string>(settings.blockAfter);
  const [days, setDays] = useState<number | string>(Math.max(1, Math.round(settings.windowMs / DAY)));
  const [countRude, setCountRude] = useState(settings.countRude);
  const [minCluster, setMinCluster] = useState<number | string>(settings.minClusterAccounts);
  const issues = fieldIssues(save.error);
  // Any change after a save hides the "saved" note until the next save.
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      if (save.isSuccess) save.reset();
      set(value);
    };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ blockAfter: Number(blockAfter), windowMs: Number(days) * DAY, countRude, minClusterAccounts: Number(minCluster) });
  };

  return (
    <section aria-labelledby="moderation-settings">
      <Title order={2} size="h4" id="moderation-settings" mb="xs">
        {t('moderation.settingsTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack maw={480}>
          <NumberInput
            label={t('moderation.blockAfter')}
            description={t('moderation.blockAfterHelp')}
            value={blockAfter}
            onChange={edit(setBlockAfter)}
            error={issues.blockAfter}
            allowDecimal={false}
            disabled={!editable}
          />
          <NumberInput
            label={t('moderation.windowDays')}
            value={days}
            onChange={edit(setDays)}
            error={issues.windowMs}
            allowDecimal={false}
            min={1}
            max={90}
            disabled={!editable}
          />
          <Checkbox
            label={t('moderation.countRude')}
            description={t('moderation.countRudeHelp')}
            checked={countRude}
            onChange={(e) => edit(setCountRude)(e.currentTarget.checked)}
            disabled={!editable}
          />
          <NumberInput
            label={t('moderation.minClusterAccounts')}
            value={minCluster}
            onChange={edit(setMinCluster)}
            error={issues.minClusterAccounts}
            allowDecimal={false}
            disabled={!editable}
          />
          <ErrorAlert error={save.error} fields={['blockAfter', 'windowMs', 'minClusterAccounts']} />
          {editable && (
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
              {save.isSuccess && (
                <Text size="sm" c="green.8" role="status">
                  {t('moderation.saved')}
                </Text>
              )}
            </Group>
          )}
        </Stack>
      </form>
    </section>
  );
}
