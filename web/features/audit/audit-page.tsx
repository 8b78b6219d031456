import { Button, Center, Stack, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAuditLog } from '../../api/audit';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { RequirePermission } from '../workspaces/require-permission';
import { useWorkspace } from '../workspaces/workspace-context';
import { AuditRow } from './audit-row';

export function AuditPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <RequirePermission permission="audit.read">
        <AuditContent />
      </RequirePermission>
    </>
  );
}

function AuditContent() {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const [params, setParams] = useSearchParams();
  const action = params.get('action') ?? '';
  const [debounced] = useDebouncedValue(action.trim(), 300);
  const audit = useAuditLog(workspace.id, debounced);
  const entries = audit.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack>
      <TextInput
        label={t('audit.actionFilter')}
        placeholder={t('audit.actionPlaceholder')}
        value={action}
        maw={360}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setParams(value ? { action: value } : {}, { replace: true });
        }}
      />
      {audit.isPending && <Loading />}
      {audit.isError && <ErrorAlert error={audit.error} onRetry={() => void audit.refetch()} />}
      {audit.isSuccess && entries.length === 0 && <EmptyState title={t('audit.empty')} />}
      {entries.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.time')}</Table.Th>
                  <Table.Th>{t('audit.actor')}</Table.Th>
                  <Table.Th>{t('audit.action')}</Table.Th>
                  <Table.Th>{t('audit.target')}</Table.Th>
                  <Table.Th>{t('audit.details')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry) => (
                  <AuditRow key={entry.id} entry={entry} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {audit.hasNextPage && (
            <Center>
              <Button variant="light" loading={audit.isFetchingNextPage} onClick={() => void audit.fetchNextPage()}>
                {t('common.loadMore')}
              </Button>
            </Center>
          )}
        </>
      )}
    </Stack>
  );
}
