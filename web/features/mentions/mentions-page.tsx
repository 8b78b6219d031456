import { Button, Center, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useBrands } from '../../api/brands';
import { useMentionFacets, useMentions } from '../../api/mentions';
import { useFormat } from '../../i18n/format';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { useWorkspace } from '../workspaces/workspace-context';
import { MentionDrawer } from './mention-drawer';
import { MentionFilterBar } from './mention-filter-bar';
import { hasActiveFilters, type MentionFilters, readMentionFilters, toMentionQuery, writeMentionFilters } from './mention-filters';
import { MentionTable } from './mention-table';
import { MentionsEmpty } from './mentions-empty';

export function MentionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { workspace } = useWorkspace();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readMentionFilters(params), [params]);
  const query = useMemo(() => toMentionQuery(filters), [filters]);
  const openId = Number(params.get('mention')) || null;

  const brands = useBrands(workspace.id);
  const facets = useMentionFacets(workspace.id);
  const mentions = useMentions(workspace.id, query);

  const brandNames = useMemo(() => new Map((brands.data ?? []).map((brand) => [brand.id, brand.name] as const)), [brands.data]);
  const items = useMemo(() => mentions.data?.pages.flatMap((page) => page.items) ?? [], [mentions.data]);

  const changeFilters = (next: MentionFilters) => setParams(writeMentionFilters(next, params), { replace: true });
  const openMention = (id: number | null) => {
    const next = new URLSearchParams(params);
    if (id === null) next.delete('mention');
    else next.set('mention', String(id));
    setParams(next);
  };

  const workspaceEmpty = facets.data?.total === 0 && !hasActiveFilters(filters);

  return (
    <>
      <PageHeader
        title={t('mentions.title')}
        subtitle={
          facets.data
            ? `${t('mentions.subtitle')} ${t('mentions.total', { total: format.number(facets.data.total) })}`
            : t('mentions.subtitle')
        }
      />
      {workspaceEmpty ? (
        <MentionsEmpty />
      ) : (
        <Stack>
          <MentionFilterBar
            filters={filters}
            onChange={changeFilters}
            brands={brands.data ?? []}
            platforms={facets.data?.platforms ?? []}
            languages={facets.data?.languages ?? []}
          />
          <ErrorAlert error={brands.error ?? facets.error} />
          {mentions.isPending && <Loading />}
          {mentions.isError && <ErrorAlert error={mentions.error} onRetry={() => void mentions.refetch()} />}
          {mentions.isSuccess &&
            (items.length === 0 ? (
              <EmptyState title={t('mentions.noResults')} />
            ) : (
              <>
                <MentionTable mentions={items} brandNames={brandNames} onOpen={openMention} />
                <Center>
                  {mentions.hasNextPage ? (
                    <Button variant="light" onClick={() => void mentions.fetchNextPage()} loading={mentions.isFetchingNextPage}>
                      {t('common.loadMore')}
                    </Button>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('mentions.endOfList')}
                    </Text>
                  )}
                </Center>
              </>
            ))}
        </Stack>
      )}
      <MentionDrawer
        mentionId={openId}
        onClose={() => openMention(null)}
        onShowCluster={(cluster) => {
          const next = writeMentionFilters({ ...filters, cluster }, params);
          next.delete('mention');
          setParams(next);
        }}
      />
    </>
  );
}
