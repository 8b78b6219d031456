import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../core/api';
import { EditDeleteActions } from '../../ui/row-actions';
import { useWorkspace } from '../workspaces/workspace-context';

interface ContactTableProps {
  contacts: Contact[];
  onEdit: (contact: Contact) => void;
  onDelete: (contact: Contact) => void;
}

/** wa.me wants the number in international form without the plus; 08… becomes 628…. */
function whatsappLink(number: string): string {
  const digits = number.replace(/^\+/, '').replace(/^0/, '62');
  return `https://wa.me/${digits}`;
}

export function ContactTable({ contacts, onEdit, onDelete }: ContactTableProps) {
  const { t } = useTranslation();
  const { can } = useWorkspace();
  const canWrite = can('contacts.write');
  const showsPrivate = can('contacts.read_private');

  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" aria-label={t('contacts.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('contacts.name')}</Table.Th>
            <Table.Th>{t('contacts.kind')}</Table.Th>
            <Table.Th>{t('contacts.organisation')}</Table.Th>
            <Table.Th>{t('contacts.email')}</Table.Th>
            {showsPrivate && <Table.Th>{t('contacts.phoneAndWhatsapp')}</Table.Th>}
            {showsPrivate && <Table.Th>{t('contacts.notes')}</Table.Th>}
            {canWrite && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.map((contact) => (
            <Table.Tr key={contact.id} data-testid="contact-row">
              <Table.Td>
                <Text size="sm" fw={600}>
                  {contact.name}
                </Text>
                {contact.title && (
                  <Text size="xs" c="dimmed">
                    {contact.title}
                  </Text>
                )}
                {contact.restricted && (
                  <Badge size="xs" color="grape">
                    {t('contacts.restrictedBadge')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`contacts.kinds.${contact.kind}`)}</Text>
                {contact.topic && (
                  <Text size="xs" c="dimmed">
                    {t(`contacts.topics.${contact.topic}`)}
                  </Text>
                )}
                {(contact.beat || contact.region) && (
                  <Text size="xs" c="dimmed">
                    {[contact.beat, contact.region].filter(Boolean).join(' · ')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{contact.organisation || '—'}</Text>
              </Table.Td>
              <Table.Td>{contact.email ? <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor> : '—'}</Table.Td>
              {showsPrivate && (
                <Table.Td>
                  <Stack gap={2}>
                    {contact.phone && <Anchor href={`tel:${contact.phone}`}>{contact.phone}</Anchor>}
                    {contact.whatsapp && (
                      <Anchor href={whatsappLink(contact.whatsapp)} target="_blank" rel="noreferrer">
                        WhatsApp {contact.whatsapp}
                      </Anchor>
                    )}
                    {!contact.phone && !contact.whatsapp && '—'}
                  </Stack>
                </Table.Td>
              )}
              {showsPrivate && (
                <Table.Td>
                  <Text size="xs" style={{ whiteSpace: 'pre-line' }}>
                    {contact.notes || '—'}
                  </Text>
                </Table.Td>
              )}
              {canWrite && (
                <Table.Td>
                  <EditDeleteActions
                    editLabel={t('contacts.editOne', { name: contact.name })}
                    deleteLabel={t('contacts.deleteOne', { name: contact.name })}
                    onEdit={() => onEdit(contact)}
                    onDelete={() => onDelete(contact)}
                  />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
