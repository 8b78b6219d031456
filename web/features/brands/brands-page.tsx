import { Anchor, Button, Table, Text } from '@mantine/core';
import { EditDeleteActions } from '../../ui/row-actions';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Brand } from '../../../core/api';
import { useBrands, useDeleteBrand } from '../../api/brands';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { useWorkspace } from '../workspaces/workspace-context';
import { BrandFormModal } from './brand-form-modal';
import { BrandKindBadge } from './brand-kind-badge';

type Editing = { brand: Brand | null } | null;

export function BrandsPage() {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const brands = useBrands(workspace.id);
  const remove = useDeleteBrand(workspace.id);
  const navigate = useNavigate();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Brand | null>(null);
  const canWrite = can('brands.write');
  const base = `/w/${workspace.id}/brands`;

  const newButton = canWrite && <Button onClick={() => setEditing({ brand: null })}>{t('brands.new')}</Button>;

  return (
    <>
      <PageHeader title={t('brands.title')} subtitle={t('brands.subtitle')} actions={newButton} />
      {brands.isPending && <Loading />}
      {brands.isError && <ErrorAlert error={brands.error} onRetry={() => void brands.refetch()} />}
      {brands.data?.length === 0 && (
        <EmptyState title={t('brands.emptyTitle')} action={newButton}>
          {t('brands.emptyBody')}
        </EmptyState>
      )}
      {brands.data && brands.data.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('brands.name')}</Table.Th>
                <Table.Th>{t('brands.kind')}</Table.Th>
                <Table.Th>{t('queries.title')}</Table.Th>
                {canWrite && <Table.Th>{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {brands.data.map((brand) => (
                <Table.Tr key={brand.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`${base}/${brand.id}`} fw={600}>
                      {brand.name}
                    </Anchor>
                    {brand.description && (
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {brand.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <BrandKindBadge kind={brand.kind} />
                  </Table.Td>
                  <Table.Td>{t('brands.queryCount', { count: brand.queryCount })}</Table.Td>
                  {canWrite && (
                    <Table.Td>
                      <EditDeleteActions
                        editLabel={t('brands.edit', { name: brand.name })}
                        deleteLabel={t('brands.delete', { name: brand.name })}
                        onEdit={() => setEditing({ brand })}
                        onDelete={() => setDeleting(brand)}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <BrandFormModal
        opened={editing !== null}
        brand={editing?.brand ?? null}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          if (!editing?.brand) void navigate(`${base}/${saved.id}`);
        }}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('brands.deleteTitle')}
        message={t('brands.deleteBody', { name: deleting?.name ?? '' })}
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
