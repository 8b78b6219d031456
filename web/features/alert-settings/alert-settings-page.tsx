import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertRule } from '../../../core/api';
import { useAlertRules, useDeleteAlertRule } from '../../api/alerts';
import { useBrands } from '../../api/brands';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { useWorkspace } from '../workspaces/workspace-context';
import { OnCallEditor } from './oncall-editor';
import { RuleFormModal } from './rule-form-modal';
import { ruleName, RuleTable } from './rule-table';

export function AlertSettingsPage() {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const rules = useAlertRules(workspace.id);
  const brands = useBrands(workspace.id);
  const remove = useDeleteAlertRule(workspace.id);
  const [editing, setEditing] = useState<AlertRule | 'new' | null>(null);
  const [deleting, setDeleting] = useState<AlertRule | null>(null);
  const brandNames = useMemo(() => new Map((brands.data ?? []).map((b) => [b.id, b.name] as const)), [brands.data]);

  return (
    <>
      <PageHeader title={t('alertRules.title')} subtitle={t('alertRules.subtitle')} />
      <Stack>
        <Card withBorder component="section" aria-labelledby="rules-title">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4" id="rules-title">
              {t('alertRules.rulesTitle')}
            </Title>
            {can('alerts.configure') && <Button onClick={() => setEditing('new')}>{t('alertRules.new')}</Button>}
          </Group>
          {rules.isPending && <Loading />}
          <ErrorAlert error={rules.error ?? brands.error} onRetry={() => void rules.refetch()} />
          {rules.data?.length === 0 && <Text c="dimmed">{t('alertRules.empty')}</Text>}
          {rules.data && rules.data.length > 0 && (
            <RuleTable rules={rules.data} brandNames={brandNames} onEdit={setEditing} onDelete={setDeleting} />
          )}
        </Card>
        <OnCallEditor />
      </Stack>
      <RuleFormModal
        opened={editing !== null}
        rule={editing === 'new' ? null : editing}
        brands={brands.data ?? []}
        onClose={() => setEditing(null)}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('alertRules.deleteTitle')}
        message={deleting ? t('alertRules.deleteBody', { name: ruleName(t, deleting, brandNames) }) : ''}
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
