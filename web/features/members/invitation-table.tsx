import { Table, Text } from '@mantine/core';
import { DangerButton } from '../../ui/row-actions';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../../core/api';
import { useFormat } from '../../i18n/format';
import { useWorkspace } from '../workspaces/workspace-context';

export function InvitationTable({ invitations, onRevoke }: { invitations: Invitation[]; onRevoke: (invitation: Invitation) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useWorkspace();
  const canRevoke = can('members.invite');

  if (invitations.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('members.noInvitations')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('members.email')}</Table.Th>
            <Table.Th>{t('members.role')}</Table.Th>
            <Table.Th>{t('members.expires')}</Table.Th>
            {canRevoke && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((invitation) => (
            <Table.Tr key={invitation.id}>
              <Table.Td>{invitation.email}</Table.Td>
              <Table.Td>{t(`roles.${invitation.role}`)}</Table.Td>
              <Table.Td>{format.dateTime(invitation.expiresAt)}</Table.Td>
              {canRevoke && (
                <Table.Td>
                  <DangerButton label={t('members.revoke', { email: invitation.email })} onClick={() => onRevoke(invitation)}>
                    {t('members.revokeButton')}
                  </DangerButton>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
