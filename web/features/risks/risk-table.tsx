import { Badge, Button, Group, List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Risk } from '../../../core/api';
import { useFormat } from '../../i18n/format';
import { EditDeleteActions } from '../../ui/row-actions';
import { useWorkspace } from '../workspaces/workspace-context';
import { LEVEL_HEX } from './risk-heat-map';

interface RiskTableProps {
  risks: Risk[];
  onEdit: (risk: Risk) => void;
  onDelete: (risk: Risk) => void;
  onReview: (risk: Risk) => void;
}

export function RiskTable({ risks, onEdit, onDelete, onReview }: RiskTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useWorkspace();
  const canWrite = can('plan.write');

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" aria-label={t('risks.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('risks.riskTitle')}</Table.Th>
            <Table.Th>{t('risks.score')}</Table.Th>
            <Table.Th>{t('risks.owner')}</Table.Th>
            <Table.Th>{t('risks.earlySigns')}</Table.Th>
            <Table.Th>{t('risks.playbook')}</Table.Th>
            <Table.Th>{t('risks.reviewDue')}</Table.Th>
            {canWrite && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {risks.map((risk) => (
            <Table.Tr key={risk.id} data-testid="risk-row">
              <Table.Td>
                <Text size="sm" fw={600}>
                  {risk.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`crisis.types.${risk.category}`)}
                </Text>
                {risk.mitigation && (
                  <Text size="xs" mt={4}>
                    {t('risks.mitigation')}: {risk.mitigation}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text
                  size="sm"
                  fw={600}
                  px={6}
                  style={{ background: LEVEL_HEX[risk.level], borderRadius: 4, whiteSpace: 'nowrap', display: 'inline-block' }}
                >
                  {t('risks.scoreValue', { likelihood: risk.likelihood, impact: risk.impact, score: risk.score })}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`risks.levels.${risk.level}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{risk.owner?.name ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                {risk.earlySigns.length > 0 ? (
                  <List size="xs">
                    {risk.earlySigns.map((sign) => (
                      <List.Item key={sign}>{sign}</List.Item>
                    ))}
                  </List>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{risk.playbook ? (risk.playbook.title ?? t('risks.playbookMissing', { id: risk.playbook.id })) : '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Text size="sm">{risk.reviewDueAt === null ? '—' : format.date(risk.reviewDueAt)}</Text>
                  {risk.reviewOverdue && (
                    <Badge color="red" size="sm">
                      {t('risks.overdue')}
                    </Badge>
                  )}
                </Group>
                {risk.lastReviewedAt !== null && (
                  <Text size="xs" c="dimmed">
                    {t('risks.lastReviewed', { date: format.date(risk.lastReviewedAt) })}
                  </Text>
                )}
              </Table.Td>
              {canWrite && (
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t('risks.reviewOne', { title: risk.title })}
                      onClick={() => onReview(risk)}
                    >
                      {t('risks.review')}
                    </Button>
                    <EditDeleteActions
                      editLabel={t('risks.editOne', { title: risk.title })}
                      deleteLabel={t('risks.deleteOne', { title: risk.title })}
                      onEdit={() => onEdit(risk)}
                      onDelete={() => onDelete(risk)}
                    />
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
