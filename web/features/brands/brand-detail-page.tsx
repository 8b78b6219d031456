import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { WatchQuery } from '../../../core/api';
import { useBrand, useDeleteBrand, useDeleteWatchQuery, useWatchQueries } from '../../api/brands';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { useWorkspace } from '../workspaces/workspace-context';
import { BrandFormModal } from './brand-form-modal';
import { BrandKindBadge } from './brand-kind-badge';
import { QueryEditorModal } from './query-editor-modal';
import { WatchQueryTable } from './watch-query-table';

type Dialog =
  | { kind: 'edit-brand' }
  | { kind: 'delete-brand' }
  | { kind: 'edit-query'; query: WatchQuery | null }
  | { kind: 'delete-query'; query: WatchQuery }
  | null;

export function BrandDetailPage() {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const brandId = Number(useParams().brandId);
  const brand = useBrand(workspace.id, brandId);
  const queries = useWatchQueries(workspace.id, brandId);
  const deleteBrand = useDeleteBrand(workspace.id);
  const deleteQuery = useDeleteWatchQuery(workspace.id, brandId);
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const listPath = `/w/${workspace.id}/brands`;
  const back = (
    <Anchor component={Link} to={listPath} size="sm">
      {t('brands.backToList')}
    </Anchor>
  );

  if (brand.isPending) return <Loading />;
  if (brand.isError) {
    return (
      <Stack>
        {back}
        <ErrorAlert error={brand.error} onRetry={() => void brand.refetch()} />
      </Stack>
    );
  }

  const newQuery = can('queries.write') && (
    <Button onClick={() => setDialog({ kind: 'edit-query', query: null })}>{t('queries.new')}</Button>
  );
  const close = () => {
    setDialog(null);
    deleteBrand.reset();
    deleteQuery.reset();
  };

  return (
    <>
      <PageHeader
        above={back}
        title={brand.data.name}
        actions={
          can('brands.write') && (
            <>
              <Button variant="default" onClick={() => setDialog({ kind: 'edit-brand' })}>
                {t('brands.edit', { name: brand.data.name })}
              </Button>
              <Button variant="light" color="red" onClick={() => setDialog({ kind: 'delete-brand' })}>
                {t('brands.delete', { name: brand.data.name })}
              </Button>
            </>
          )
        }
      />
      <Group mb="md" gap="sm">
        <BrandKindBadge kind={brand.data.kind} />
        {brand.data.description && <Text c="dimmed">{brand.data.description}</Text>}
      </Group>

      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3">
          {t('queries.title')}
        </Title>
        {newQuery}
      </Group>
      {queries.isPending && <Loading />}
      {queries.isError && <ErrorAlert error={queries.error} onRetry={() => void queries.refetch()} />}
      {queries.data?.length === 0 && (
        <EmptyState title={t('queries.emptyTitle')} action={newQuery}>
          {t('queries.emptyBody')}
        </EmptyState>
      )}
      {queries.data && queries.data.length > 0 && (
        <WatchQueryTable
          brandId={brandId}
          queries={queries.data}
          onEdit={(query) => setDialog({ kind: 'edit-query', query })}
          onDelete={(query) => setDialog({ kind: 'delete-query', query })}
        />
      )}

      <BrandFormModal opened={dialog?.kind === 'edit-brand'} brand={brand.data} onClose={close} />
      <QueryEditorModal
        opened={dialog?.kind === 'edit-query'}
        brandId={brandId}
        query={dialog?.kind === 'edit-query' ? dialog.query : null}
        onClose={close}
      />
      <ConfirmDialog
        opened={dialog?.kind === 'delete-brand'}
        title={t('brands.deleteTitle')}
        message={t('brands.deleteBody', { name: brand.data.name })}
        confirmLabel={t('common.delete')}
        loading={deleteBrand.isPending}
        error={deleteBrand.error}
        onClose={close}
        onConfirm={() =>
          deleteBrand.mutate(brandId, {
            onSuccess: () => {
              void navigate(listPath, { replace: true });
            },
          })
        }
      />
      <ConfirmDialog
        opened={dialog?.kind === 'delete-query'}
        title={t('queries.deleteTitle')}
        message={t('queries.deleteBody', { name: dialog?.kind === 'delete-query' ? dialog.query.name : '' })}
        confirmLabel={t('common.delete')}
        loading={deleteQuery.isPending}
        error={deleteQuery.error}
        onClose={close}
        onConfirm={() => dialog?.kind === 'delete-query' && deleteQuery.mutate(dialog.query.id, { onSuccess: close })}
      />
    </>
  );
}
