import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Statement } from '../../../core/api';
import { useFormat } from '../../i18n/format';
import { StatementStateBadge } from './statement-state-badge';

/** Statements with their state and how many approvals they have of how many they need. */
export function StatementsList({ workspaceId, statements }: { workspaceId: number; statements: Statement[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('statements.columns.title')}</Table.Th>
            <Table.Th>{t('statements.columns.brand')}</Table.Th>
            <Table.Th>{t('statements.columns.state')}</Table.Th>
            <Table.Th>{t('statements.columns.approvals')}</Table.Th>
            <Table.Th>{t('statements.columns.published')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {statements.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Anchor component={Link} to={`/w/${workspaceId}/statements/${s.id}`}>
                  {s.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{s.brandName}</Table.Td>
              <Table.Td>
                <StatementStateBadge state={s.state} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {t('statements.approvalsCount', {
                    count: s.approvals.filter((a) => a.decision === 'approved').length,
                    required: s.requiredApprovals,
                  })}
                </Text>
              </Table.Td>
              <Table.Td>{s.publishedAt ? format.dateTime(s.publishedAt) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
