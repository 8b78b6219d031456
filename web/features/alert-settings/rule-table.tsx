import { Switch, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AlertRule } from '../../../core/api';
import { useSaveAlertRule } from '../../api/alerts';
import { ErrorAlert } from '../../ui/error-alert';
import { EditDeleteActions } from '../../ui/row-actions';
import { type FloorKind, floorKindOf } from '../alerts/alert-words';

/** How the rule's number reads in the table. */
const FLOOR_VALUE = {
  count: 'alertRules.minPerHourValue',
  share: 'alertRules.minPerHourValue',
  term: 'alertRules.minPerHourValue',
  accounts: 'alertRules.accountsValue',
  virality: 'alertRules.viralityValue',
  velocity: 'alertRules.velocityValue',
} as const satisfies Record<FloorKind, string>;
import { useWorkspace } from '../workspaces/workspace-context';

/** A rule's name in words: what it watches, and for which brand. */
export function ruleName(t: TFunction, rule: Pick<AlertRule, 'signal' | 'category' | 'brandId'>, brandNames: ReadonlyMap<number, string>) {
  const what = t(`alertRules.signals.${rule.signal}`) + (rule.category ? `: ${t(`analysis.categoryNames.${rule.category}`)}` : '');
  const brand = rule.brandId === null ? t('alertRules.allBrands') : (brandNames.get(rule.brandId) ?? `#${rule.brandId}`);
  return `${what} · ${brand}`;
}

interface RuleTableProps {
  rules: AlertRule[];
  brandNames: ReadonlyMap<number, string>;
  onEdit: (rule: AlertRule) => void;
  onDelete: (rule: AlertRule) => void;
}

export function RuleTable({ rules, brandNames, onEdit, onDelete }: RuleTableProps) {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const toggle = useSaveAlertRule(workspace.id);
  const canConfigure = can('alerts.configure');

  return (
    <>
      <ErrorAlert error={toggle.error} />
      <Table.ScrollContainer minWidth={680}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('alertRules.signal')}</Table.Th>
              <Table.Th>{t('alertRules.brand')}</Table.Th>
              <Table.Th>{t('alertRules.sensitivity')}</Table.Th>
              <Table.Th>{t('alertRules.minPerHour')}</Table.Th>
              <Table.Th>{t('alertRules.enabled')}</Table.Th>
              {canConfigure && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rules.map((rule) => {
              const name = ruleName(t, rule, brandNames);
              return (
                <Table.Tr key={rule.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {t(`alertRules.signals.${rule.signal}`)}
                    </Text>
                    {rule.category && (
                      <Text size="xs" c="dimmed">
                        {t(`analysis.categoryNames.${rule.category}`)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {rule.brandId === null ? t('alertRules.allBrands') : (brandNames.get(rule.brandId) ?? `#${rule.brandId}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`alertRules.sensitivities.${rule.sensitivity}`)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(FLOOR_VALUE[floorKindOf(rule.signal)], { count: rule.minPerHour })}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Switch
                      aria-label={t('alertRules.enable', { name })}
                      checked={rule.enabled}
                      disabled={!canConfigure || (toggle.isPending && toggle.variables?.id === rule.id)}
                      onChange={(event) => toggle.mutate({ id: rule.id, input: { enabled: event.currentTarget.checked } })}
                    />
                  </Table.Td>
                  {canConfigure && (
                    <Table.Td>
                      <EditDeleteActions
                        editLabel={t('alertRules.edit', { name })}
                        deleteLabel={t('alertRules.delete', { name })}
                        onEdit={() => onEdit(rule)}
                        onDelete={() => onDelete(rule)}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
