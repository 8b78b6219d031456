import { Button, Center, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAlerts } from '../../api/alerts';
import { useBrands } from '../../api/brands';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { useWorkspace } from '../workspaces/workspace-context';
import { AlertDrawer } from './alert-drawer';
import { AlertFilterBar } from './alert-filter-bar';
import { type AlertFilters, readAlertFilters, toAlertQuery, writeAlertFilters } from './alert-filters';
import { AlertTable } from './alert-table';
import { LiveIndicator } from './live-indicator';
import { useLiveUpdates } from './live-updates';

export function AlertsPage() {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readAlertFilters(params), [params]);
  const query = useMemo(() => toAlertQuery(filters), [filters]);
  const openId = Number(params.get('alert')) || null;

  const live = useLiveUpdates(workspace.id);
  const brands = useBrands(workspace.id);
  const alerts = useAlerts(workspace.id, query);
  const items = useMemo(() => alerts.data?.pages.flatMap((page) => page.items) ?? [], [alerts.data]);

  const changeFilters = (next: AlertFilters) => setParams(writeAlertFilters(next, params), { replace: true });
  const openAlert = (id: number | null) => {
    const next = new URLSearchParams(params);
    if (id === null) next.delete('alert');
    else next.set('alert', String(id));
    setParams(next);
  };
  const unfiltered = filters.status === 'active' && !filters.severity && !filters.brandId;

  return (
    <>
      <PageHeader title={t('alerts.title')} subtitle={t('alerts.subtitle')} actions={<LiveIndicator status={live} />} />
      <Stack>
        <AlertFilterBar filters={filters} onChange={changeFilters} brands={brands.data ?? []} />
        <ErrorAlert error={brands.error} />
        {alerts.isPending && <Loading />}
        {alerts.isError && <ErrorAlert error={alerts.error} onRetry={() => void alerts.refetch()} />}
        {alerts.isSuccess &&
          (items.length === 0 ? (
            unfiltered ? (
              <EmptyState title={t('alerts.emptyTitle')}>{t('alerts.emptyBody')}</EmptyState>
            ) : (
              <EmptyState title={t('alerts.noResults')} />
            )
          ) : (
            <>
              <AlertTable alerts={items} onOpen={openAlert} />
              <Center>
                {alerts.hasNextPage ? (
                  <Button variant="light" onClick={() => void alerts.fetchNextPage()} loading={alerts.isFetchingNextPage}>
                    {t('common.loadMore')}
                  </Button>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('alerts.endOfList')}
                  </Text>
                )}
              </Center>
            </>
          ))}
      </Stack>
      <AlertDrawer alertId={openId} onClose={() => openAlert(null)} onOpenAlert={openAlert} />
    </>
  );
}
