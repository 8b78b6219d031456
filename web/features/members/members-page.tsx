import { Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation, Member } from '../../../core/api';
import { useMembers, useRemoveMember, useRevokeInvitation } from '../../api/members';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { useWorkspace } from '../workspaces/workspace-context';
import { InvitationTable } from './invitation-table';
import { InviteForm } from './invite-form';
import { MemberTable } from './member-table';

export function MembersPage() {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const members = useMembers(workspace.id);
  const remove = useRemoveMember(workspace.id);
  const revoke = useRevokeInvitation(workspace.id);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [revoking, setRevoking] = useState<Invitation | null>(null);

  const close = () => {
    setRemoving(null);
    setRevoking(null);
    remove.reset();
    revoke.reset();
  };

  return (
    <>
      <PageHeader title={t('members.title')} subtitle={t('members.subtitle')} />
      <Stack gap="xl">
        {can('members.invite') && <InviteForm />}
        {members.isPending && <Loading />}
        {members.isError && <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />}
        {members.data && (
          <>
            <section>
              <Title order={2} size="h4" mb="sm">
                {t('members.title')}
              </Title>
              <MemberTable members={members.data.members} onRemove={setRemoving} />
            </section>
            <section>
              <Title order={2} size="h4" mb="sm">
                {t('members.invitations')}
              </Title>
              <InvitationTable invitations={members.data.invitations} onRevoke={setRevoking} />
            </section>
          </>
        )}
      </Stack>
      <ConfirmDialog
        opened={removing !== null}
        title={t('members.removeTitle')}
        message={t('members.removeBody', { name: removing?.name ?? '' })}
        confirmLabel={t('members.removeButton')}
        loading={remove.isPending}
        error={remove.error}
        onClose={close}
        onConfirm={() => removing && remove.mutate(removing.userId, { onSuccess: close })}
      />
      <ConfirmDialog
        opened={revoking !== null}
        title={t('members.revokeTitle')}
        message={t('members.revokeBody', { email: revoking?.email ?? '' })}
        confirmLabel={t('members.revokeButton')}
        loading={revoke.isPending}
        error={revoke.error}
        onClose={close}
        onConfirm={() => revoking && revoke.mutate(revoking.id, { onSuccess: close })}
      />
    </>
  );
}
