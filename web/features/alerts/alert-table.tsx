import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Alert } from '../../../core/api';
import { useFormat } from '../../i18n/format';
import { SeverityBadge, StatusBadge } from './alert-badges';
import { alertHeadline } from './alert-words';

interface AlertTableProps {
  alerts: Alert[];
  onOpen: (alertId: number) => void;
}

export function AlertTable({ alerts, onOpen }: AlertTableProps) {
  const { t } = useTranslation();
  const format = useFormat();

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('alerts.severity')}</Table.Th>
            <Table.Th>{t('alerts.brand')}</Table.Th>
            <Table.Th>{t('alerts.what')}</Table.Th>
            <Table.Th>{t('alerts.when')}</Table.Th>
            <Table.Th>{t('alerts.firings')}</Table.Th>
            <Table.Th>{t('alerts.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {alerts.map((alert) => {
            const headline = alertHeadline(t, alert);
            return (
              <Table.Tr key={alert.id} data-alert-id={alert.id} onClick={() => onOpen(alert.id)} style={{ cursor: 'pointer' }}>
                <Table.Td>
                  <SeverityBadge severity={alert.severity} />
                </Table.Td>
                <Table.Td>
                  <Badge variant="outline" color="gray" size="sm" style={{ overflow: 'visible', textTransform: 'none' }}>
                    {alert.brandName}
                  </Badge>
                </Table.Td>
                <Table.Td maw={380}>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    fw={600}
                    ta="left"
                    aria-label={t('alerts.open', { headline, brand: alert.brandName })}
                    onClick={(event) => {
                      event.stopPropagation();
                      onOpen(alert.id);
                    }}
                  >
                    {headline}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t('alerts.perHourValue', { count: alert.impact.perHour })} · {t(`alerts.scopes.${alert.impact.scope}`)}
                    {alert.impact.negativeShare !== null &&
                      ` · ${t('alerts.negativeShareValue', { share: format.percent(alert.impact.negativeShare) })}`}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" component="time" dateTime={new Date(alert.lastFiredAt).toISOString()}>
                    {format.dateTime(alert.lastFiredAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t('alerts.firingsCount', { count: alert.firings })}</Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={alert.status} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
