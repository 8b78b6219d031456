import { Anchor, Badge, Button, Code, Collapse, Drawer, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { MentionDetail } from '../../../core/api';
import { useMention } from '../../api/mentions';
import { useFormat } from '../../i18n/format';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { useWorkspace } from '../workspaces/workspace-context';
import { AddToIncidentButton } from '../incidents/add-to-incident';
import { ModerationSection } from '../moderation/moderation-section';
import { AnalysisPanel } from './analysis-panel';
import { EngagementPanel } from './engagement-panel';
import { authorLabel } from './mention-table';

interface MentionDrawerProps {
  mentionId: number | null;
  onClose: () => void;
  onShowCluster: (clusterKey: string) => void;
}

export function MentionDrawer({ mentionId, onClose, onShowCluster }: MentionDrawerProps) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const mention = useMention(workspace.id, mentionId);

  return (
    <Drawer opened={mentionId !== null} onClose={onClose} position="right" size="lg" title={t('mentions.detailTitle')}>
      {mention.isPending && mentionId !== null && <Loading />}
      {mention.isError && <ErrorAlert error={mention.error} onRetry={() => void mention.refetch()} />}
      {mention.data && <MentionDetailView mention={mention.data} onShowCluster={onShowCluster} />}
    </Drawer>
  );
}

function MentionDetailView({ mention, onShowCluster }: { mention: MentionDetail; onShowCluster: (clusterKey: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [rawShown, { toggle }] = useDisclosure(false);
  const counts = [
    ['likes', mention.likes],
    ['comments', mention.comments],
    ['shares', mention.shares],
    ['views', mention.views],
    ['reach', mention.reach],
  ] as const;

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={2} size="h4">
            {authorLabel(mention, t('mentions.unknownAuthor'))}
          </Title>
          {mention.author.followers !== null && (
            <Text size="sm" c="dimmed">
              {t('mentions.followers')}: {format.number(mention.author.followers)}
            </Text>
          )}
        </div>
        <Group gap={4}>
          <Badge variant="light" color="gray">
            {mention.platform}
          </Badge>
          {mention.language && <Badge variant="light">{mention.language}</Badge>}
        </Group>
      </Group>
      <Text style={{ whiteSpace: 'pre-wrap' }} lang={mention.language ?? undefined}>
        {mention.text}
      </Text>
      <Group gap="xs">
        <AddToIncidentButton mentionIds={[mention.id]} />
      </Group>
      {mention.url && (
        <Anchor href={mention.url} target="_blank" rel="noopener noreferrer">
          {t('mentions.openOriginal')}
        </Anchor>
      )}
      <AnalysisPanel mention={mention} onShowCluster={onShowCluster} />
      <ModerationSection mentionId={mention.id} />
      <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="xs">
        {counts.map(([key, value]) => (
          <div key={key}>
            <Text size="xs" c="dimmed">
              {t(`mentions.${key}`)}
            </Text>
            <Text fw={600}>{format.number(value)}</Text>
          </div>
        ))}
      </SimpleGrid>
      <EngagementPanel mention={mention} />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
        <Field label={t('mentions.createdAt')} value={format.dateTime(mention.createdAt)} />
        <Field label={t('mentions.ingestedAt')} value={format.dateTime(mention.ingestedAt)} />
        <Field label={t('mentions.externalId')} value={mention.externalId} />
      </SimpleGrid>
      <div>
        <Title order={3} size="h5" mb={4}>
          {t('mentions.matched')}
        </Title>
        {mention.matches.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('mentions.noMatches')}
          </Text>
        ) : (
          <Stack gap={4}>
            {mention.matches.map((match) => (
              <Group key={match.brandId} gap="xs">
                <Badge variant="outline">{match.brandName}</Badge>
                <Text size="sm" c="dimmed">
                  {t('mentions.queryIds', { ids: match.queryIds.map((id) => `#${id}`).join(', ') })}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </div>
      <div>
        <Button variant="subtle" size="xs" onClick={toggle} aria-expanded={rawShown}>
          {rawShown ? t('mentions.hideRaw') : t('mentions.showRaw')}
        </Button>
        <Collapse in={rawShown}>
          <Code block mt="xs" aria-label={t('mentions.raw')} style={{ maxHeight: 400, overflow: 'auto' }}>
            {JSON.stringify(mention.raw, null, 2)}
          </Code>
        </Collapse>
      </div>
    </Stack>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ wordBreak: 'break-all' }}>
        {value}
      </Text>
    </div>
  );
}
