import { Badge, Button, Card, Chip, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Risk } from '../../../core/api';
import { CRISIS_TYPES, type CrisisType } from '../../../core/plan/plan.types';
import { useDeleteRisk, useRiskRegister } from '../../api/risks';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { ExportPlanMenu } from '../plan-document/export-plan-menu';
import { useWorkspace } from '../workspaces/workspace-context';
import { readRiskFilters, toggleCell, writeRiskFilters } from './risk-filters';
import { RiskFormModal } from './risk-form-modal';
import { RiskHeatMapView } from './risk-heat-map-view';
import { RiskReviewModal } from './risk-review-modal';
import { RiskTable } from './risk-table';

export function RisksPage() {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readRiskFilters(params), [params]);
  const register = useRiskRegister(workspace.id, filters);
  const remove = useDeleteRisk(workspace.id);
  const [editing, setEditing] = useState<Risk | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Risk | null>(null);
  const [reviewing, setReviewing] = useState<Risk | null>(null);
  const changeFilters = (next: typeof filters) => setParams(writeRiskFilters(next), { replace: true });
  const selected =
    filters.likelihood !== undefined && filters.impact !== undefined ? { likelihood: filters.likelihood, impact: filters.impact } : null;
  const overdueCount = register.data?.overdueCount ?? 0;
  const filtered = Object.keys(filters).length > 0;

  return (
    <>
      <PageHeader
        title={t('risks.title')}
        subtitle={t('risks.subtitle')}
        actions={
          <>
            {can('plan.write') && <Button onClick={() => setEditing('new')}>{t('risks.new')}</Button>}
            <ExportPlanMenu />
          </>
        }
      />
      <Stack>
        <ErrorAlert error={register.error} onRetry={() => void register.refetch()} />
        {register.isPending && <Loading />}
        {register.data && (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card withBorder component="section" aria-labelledby="heat-map-title">
              <Title order={2} size="h4" id="heat-map-title">
                {t('risks.heatMapTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('risks.heatMapHelp')}
              </Text>
              <RiskHeatMapView
                cells={register.data.heatMap}
                selected={selected}
                onSelect={(cell) => changeFilters(toggleCell(filters, cell))}
              />
            </Card>
            <Card withBorder component="section" aria-labelledby="risk-filters-title">
              <Title order={2} size="h4" id="risk-filters-title" mb="sm">
                {t('risks.filtersTitle')}
              </Title>
              <Stack>
                <Group>
                  <Text size="sm">{t('risks.overdueCount', { count: overdueCount })}</Text>
                  {overdueCount > 0 && (
                    <Badge color="red" data-testid="overdue-badge">
                      {overdueCount}
                    </Badge>
                  )}
                </Group>
                <Select
                  label={t('risks.category')}
                  placeholder={t('common.all')}
                  data={CRISIS_TYPES.map((type) => ({ value: type, label: t(`crisis.types.${type}`) }))}
                  value={filters.category ?? null}
                  onChange={(value) => changeFilters({ ...filters, category: (value as CrisisType | null) ?? undefined })}
                  clearable
                />
                <Chip
                  checked={filters.overdue === 'true'}
                  onChange={(checked) => changeFilters({ ...filters, overdue: checked ? 'true' : undefined })}
                  color="red"
                >
                  {t('risks.onlyOverdue')}
                </Chip>
                {selected && (
                  <Text size="sm">
                    {t('risks.cellFilter', selected)}{' '}
                    <Button size="compact-xs" variant="subtle" onClick={() => changeFilters(toggleCell(filters, selected))}>
                      {t('risks.clearCell')}
                    </Button>
                  </Text>
                )}
                {filtered && (
                  <Button variant="default" size="xs" onClick={() => changeFilters({})}>
                    {t('risks.clearFilters')}
                  </Button>
                )}
              </Stack>
            </Card>
          </SimpleGrid>
        )}
        {register.data &&
          (register.data.items.length === 0 ? (
            filtered ? (
              <EmptyState title={t('risks.noResults')} />
            ) : (
              <EmptyState title={t('risks.emptyTitle')}>{t('risks.emptyBody')}</EmptyState>
            )
          ) : (
            <RiskTable risks={register.data.items} onEdit={setEditing} onDelete={setDeleting} onReview={setReviewing} />
          ))}
      </Stack>
      <RiskFormModal opened={editing !== null} risk={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      <RiskReviewModal risk={reviewing} onClose={() => setReviewing(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('risks.deleteTitle')}
        message={deleting ? t('risks.deleteBody', { title: deleting.title }) : ''}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        error={remove.error}
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
      />
    </>
  );
}
