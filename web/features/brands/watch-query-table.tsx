import { Code, Switch, Table, Text } from '@mantine/core';
import { EditDeleteActions } from '../../ui/row-actions';
import { useTranslation } from 'react-i18next';
import type { WatchQuery } from '../../../core/api';
import { useSaveWatchQuery } from '../../api/brands';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';

interface WatchQueryTableProps {
  brandId: number;
  queries: WatchQuery[];
  onEdit: (query: WatchQuery) => void;
  onDelete: (query: WatchQuery) => void;
}

export function WatchQueryTable({ brandId, queries, onEdit, onDelete }: WatchQueryTableProps) {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const toggle = useSaveWatchQuery(workspace.id, brandId);
  const canWrite = can('queries.write');

  return (
    <>
      <ErrorAlert error={toggle.error} />
      <Table.ScrollContainer minWidth={600}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('queries.name')}</Table.Th>
              <Table.Th>{t('queries.query')}</Table.Th>
              <Table.Th>{t('queries.enabled')}</Table.Th>
              {canWrite && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {queries.map((query) => (
              <Table.Tr key={query.id}>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {query.name}
                  </Text>
                </Table.Td>
                <Table.Td maw={420}>
                  <Code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{query.query}</Code>
                </Table.Td>
                <Table.Td>
                  <Switch
                    aria-label={t('queries.enable', { name: query.name })}
                    checked={query.enabled}
                    disabled={!canWrite || (toggle.isPending && toggle.variables?.id === query.id)}
                    onChange={(event) => toggle.mutate({ id: query.id, input: { enabled: event.currentTarget.checked } })}
                  />
                </Table.Td>
                {canWrite && (
                  <Table.Td>
                    <EditDeleteActions
                      editLabel={t('queries.edit', { name: query.name })}
                      deleteLabel={t('queries.delete', { name: query.name })}
                      onEdit={() => onEdit(query)}
                      onDelete={() => onDelete(query)}
                    />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
