import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Mention } from '../../../core/api';
import { useFormat } from '../../i18n/format';
import { AnalysisBadges } from './analysis-badges';

interface MentionTableProps {
  mentions: Mention[];
  brandNames: ReadonlyMap<number, string>;
  onOpen: (mentionId: number) => void;
}

export function authorLabel(mention: Pick<Mention, 'author'>, fallback: string): string {
  const { handle, name } = mention.author;
  if (name && handle) return `${name} (@${handle.replace(/^@/, '')})`;
  if (handle) return `@${handle.replace(/^@/, '')}`;
  return name ?? fallback;
}

export function MentionTable({ mentions, brandNames, onOpen }: MentionTableProps) {
  const { t } = useTranslation();
  const format = useFormat();

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('mentions.time')}</Table.Th>
            <Table.Th>{t('mentions.platform')}</Table.Th>
            <Table.Th>{t('mentions.author')}</Table.Th>
            <Table.Th>{t('mentions.text')}</Table.Th>
            <Table.Th>{t('mentions.brands')}</Table.Th>
            <Table.Th>{t('mentions.engagement')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {mentions.map((mention) => {
            const author = authorLabel(mention, t('mentions.unknownAuthor'));
            return (
              <Table.Tr key={mention.id} onClick={() => onOpen(mention.id)} style={{ cursor: 'pointer' }}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" component="time" dateTime={new Date(mention.createdAt).toISOString()}>
                    {format.dateTime(mention.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge variant="light" color="gray" style={{ overflow: 'visible' }}>
                    {mention.platform}
                  </Badge>
                </Table.Td>
                <Table.Td maw={200}>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    ta="left"
                    aria-label={t('mentions.openDetail', { author })}
                    onClick={(event) => {
                      event.stopPropagation();
                      onOpen(mention.id);
                    }}
                  >
                    {author}
                  </Anchor>
                </Table.Td>
                <Table.Td maw={420}>
                  <Text size="sm" lineClamp={2} lang={mention.language ?? undefined} mb={4}>
                    {mention.text}
                  </Text>
                  <AnalysisBadges analysis={mention.analysis} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {mention.brandIds.map((brandId) => (
                      <Badge key={brandId} size="sm" variant="outline">
                        {brandNames.get(brandId) ?? `#${brandId}`}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="xs" c="dimmed">
                    {t('mentions.engagementSummary', {
                      likes: format.compact(mention.likes),
                      comments: format.compact(mention.comments),
                      shares: format.compact(mention.shares),
                    })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
