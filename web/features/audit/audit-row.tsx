import { Button, Code, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../core/api';
import { useFormat } from '../../i18n/format';

export function AuditRow({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, { toggle }] = useDisclosure(false);
  const detailsId = useId();
  const hasDetails = entry.details !== null && entry.details !== undefined;
  const actor = entry.actor.name ?? (entry.actor.tokenId !== null ? t('audit.token', { id: entry.actor.tokenId }) : t('audit.system'));

  return (
    <>
      <Table.Tr>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(entry.createdAt)}</Table.Td>
        <Table.Td>{actor}</Table.Td>
        <Table.Td>
          <Code>{entry.action}</Code>
        </Table.Td>
        <Table.Td>
          {entry.targetType && (
            <Text size="sm">
              {entry.targetType}
              {entry.targetId && ` #${entry.targetId}`}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          {hasDetails && (
            <Button size="xs" variant="subtle" onClick={toggle} aria-expanded={open} aria-controls={detailsId}>
              {open ? t('audit.hideDetails') : t('audit.showDetails')}
            </Button>
          )}
        </Table.Td>
      </Table.Tr>
      {hasDetails && open && (
        <Table.Tr id={detailsId}>
          <Table.Td colSpan={5}>
            <Code block style={{ maxHeight: 300, overflow: 'auto' }}>
              {JSON.stringify(entry.ip ? { details: entry.details, ip: entry.ip } : entry.details, null, 2)}
            </Code>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
