import { Alert, Button, Group, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../core/policy';
import { fieldIssues } from '../../api/errors';
import { type InviteResult, useInviteMember } from '../../api/members';
import { CopyField } from '../../ui/copy-field';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';
import { assignableRoles, roleOptions } from './role-options';

export function InviteForm() {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const invite = useInviteMember(workspace.id);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [result, setResult] = useState<{ email: string; value: InviteResult } | null>(null);
  const issues = fieldIssues(invite.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    invite.mutate(
      { email, role },
      {
        onSuccess: (value) => {
          setResult({ email, value });
          setEmail('');
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        {t('members.inviteTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Group align="flex-start" grow wrap="wrap">
            <TextInput
              label={t('members.inviteEmail')}
              type="email"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={issues.email}
              miw={220}
            />
            <Select
              label={t('members.inviteRole')}
              data={roleOptions(t, assignableRoles(workspace.role, null))}
              value={role}
              allowDeselect={false}
              onChange={(value) => value && setRole(value as Role)}
              error={issues.role}
              miw={180}
            />
          </Group>
          <ErrorAlert error={invite.error} fields={['email', 'role']} />
          <Group justify="flex-end">
            <Button type="submit" loading={invite.isPending}>
              {t('members.inviteSubmit')}
            </Button>
          </Group>
          {result?.value.member && (
            <Alert color="teal" role="status">
              {t('members.added', { email: result.email })}
            </Alert>
          )}
          {result?.value.inviteUrl && (
            <Alert color="blue" role="status">
              <Stack gap="xs">
                {t('members.inviteCreated', { email: result.email })}
                <CopyField label={t('members.inviteLink')} value={result.value.inviteUrl} />
              </Stack>
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
