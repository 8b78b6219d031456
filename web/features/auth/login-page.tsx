import { Button, PasswordInput, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useLogin, useSession } from '../../api/auth';
import { fieldIssues } from '../../api/errors';
import { AuthCard } from '../../ui/auth-card';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { safeNextPath } from './safe-next';

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (session.isPending) return <Loading full />;
  if (session.data && !login.isSuccess) return <Navigate to={next} replace />;

  const issues = fieldIssues(login.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate(
      { email, password },
      {
        onSuccess: () => {
          void navigate(next, { replace: true });
        },
      },
    );
  };

  return (
    <AuthCard title={t('login.title')}>
      <form onSubmit={submit} noValidate>
        <TextInput
          label={t('login.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={issues.email}
          mb="sm"
          data-autofocus
        />
        <PasswordInput
          label={t('login.password')}
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={issues.password}
          mb="md"
        />
        {login.error && <ErrorAlert error={login.error} fields={['email', 'password']} />}
        <Button type="submit" fullWidth mt="md" loading={login.isPending}>
          {t('login.submit')}
        </Button>
      </form>
      <Text size="sm" c="dimmed">
        {t('login.hint')}
      </Text>
    </AuthCard>
  );
}
