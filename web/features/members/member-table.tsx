import { Badge, Select, Table, Text } from '@mantine/core';
import { DangerButton } from '../../ui/row-actions';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../core/api';
import type { Role } from '../../../core/policy';
import { useUpdateMemberRole } from '../../api/members';
import { useFormat } from '../../i18n/format';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';
import { assignableRoles, roleOptions } from './role-options';

export function MemberTable({ members, onRemove }: { members: Member[]; onRemove: (member: Member) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { workspace, userId, can } = useWorkspace();
  const updateRole = useUpdateMemberRole(workspace.id);
  const canRemove = can('members.remove');

  return (
    <>
      <ErrorAlert error={updateRole.error} />
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('members.name')}</Table.Th>
              <Table.Th>{t('members.email')}</Table.Th>
              <Table.Th>{t('members.role')}</Table.Th>
              <Table.Th>{t('members.joined')}</Table.Th>
              {canRemove && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => {
              const self = member.userId === userId;
              const roles = self ? [member.role] : assignableRoles(workspace.role, member.role);
              return (
                <Table.Tr key={member.userId}>
                  <Table.Td>
                    <Text size="sm" fw={600} span>
                      {member.name}
                    </Text>{' '}
                    {self && (
                      <Badge size="xs" variant="light">
                        {t('common.you')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{member.email}</Table.Td>
                  <Table.Td>
                    {roles.length > 1 ? (
                      <Select
                        aria-label={t('members.roleOf', { name: member.name })}
                        data={roleOptions(t, roles)}
                        value={member.role}
                        allowDeselect={false}
                        size="xs"
                        w={200}
                        disabled={updateRole.isPending && updateRole.variables?.userId === member.userId}
                        onChange={(value) =>
                          value && value !== member.role && updateRole.mutate({ userId: member.userId, role: value as Role })
                        }
                      />
                    ) : (
                      t(`roles.${member.role}`)
                    )}
                  </Table.Td>
                  <Table.Td>{format.date(member.joinedAt)}</Table.Td>
                  {canRemove && (
                    <Table.Td>
                      {!self && roles.length > 1 && (
                        <DangerButton label={t('members.remove', { name: member.name })} onClick={() => onRemove(member)}>
                          {t('members.removeButton')}
                        </DangerButton>
                      )}
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
