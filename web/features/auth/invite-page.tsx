import { Alert, Anchor, Button, PasswordInput, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useAcceptInvitation, useInvitation } from '../../api/auth';
import { ApiError } from '../../api/client';
import { fieldIssues } from '../../api/errors';
import { AuthCard } from '../../ui/auth-card';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';

export function InvitePage() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation(token);
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');

  if (invitation.isPending) return <Loading full />;
  if (invitation.isError) {
    const gone = invitation.error instanceof ApiError && [404, 410].includes(invitation.error.status);
    return (
      <AuthCard title={t('invite.title')}>
        {gone ? <Alert color="orange">{t('invite.invalid')}</Alert> : <ErrorAlert error={invitation.error} />}
        <Anchor component={Link} to="/login">
          {t('login.submit')}
        </Anchor>
      </AuthCard>
    );
  }

  const info = invitation.data;
  const issues = fieldIssues(accept.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = info.userExists ? { password } : { name, password };
    accept.mutate(body, {
      onSuccess: (session) => {
        // Land in the workspace just joined rather than the last one used.
        const joined = session.workspaces.find((workspace) => workspace.name === info.workspaceName);
        void navigate(joined ? `/w/${joined.id}/mentions` : '/', { replace: true });
      },
    });
  };

  return (
    <AuthCard title={t('invite.title')} intro={t('invite.intro', { workspace: info.workspaceName, role: t(`roles.${info.role}`) })}>
      <form onSubmit={submit} noValidate>
        <TextInput label={t('invite.email')} value={info.email} readOnly mb="sm" />
        <Alert color="blue" variant="light" mb="sm">
          {info.userExists ? t('invite.existingUser') : t('invite.newUser')}
        </Alert>
        {!info.userExists && (
          <TextInput
            label={t('invite.name')}
            autoComplete="name"
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={issues.name}
            mb="sm"
          />
        )}
        <PasswordInput
          label={t('invite.password')}
          description={info.userExists ? undefined : t('setup.passwordHelp')}
          autoComplete={info.userExists ? 'current-password' : 'new-password'}
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={issues.password}
          mb="md"
        />
        {accept.error && <ErrorAlert error={accept.error} fields={['name', 'password']} />}
        <Button type="submit" fullWidth mt="md" loading={accept.isPending}>
          {t('invite.submit')}
        </Button>
      </form>
    </AuthCard>
  );
}
