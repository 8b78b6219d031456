import { Button, Code, PasswordInput, Text, TextInput } from '@mantine/core';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSetup } from '../../api/auth';
import { fieldIssues } from '../../api/errors';
import { toLocale } from '../../i18n';
import { AuthCard } from '../../ui/auth-card';
import { ErrorAlert } from '../../ui/error-alert';

const FIELDS = ['token', 'workspaceName', 'name', 'email', 'password'] as const;
type Field = (typeof FIELDS)[number];

/** Renders `npm start` from the help text as code. */
function withCode(text: string) {
  const [before, code, after] = text.split('`');
  return code === undefined ? (
    text
  ) : (
    <>
      {before}
      <Code>{code}</Code>
      {after}
    </>
  );
}

export function SetupPage() {
  const { t, i18n } = useTranslation();
  const setup = useSetup();
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<Field, string>>({
    token: '',
    workspaceName: '',
    name: '',
    email: '',
    password: '',
  });
  const issues = fieldIssues(setup.error);
  const bind = (field: Field) => ({
    value: values[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [field]: value }));
    },
    error: issues[field],
    required: true,
    mb: 'sm',
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setup.mutate(
      { ...values, locale: toLocale(i18n.language) },
      {
        onSuccess: (session) => {
          const first = session.workspaces[0];
          void navigate(first ? `/w/${first.id}/mentions` : '/', { replace: true });
        },
      },
    );
  };

  return (
    <AuthCard title={t('setup.title')} intro={t('setup.intro')}>
      <form onSubmit={submit} noValidate>
        <TextInput
          label={t('setup.token')}
          description={
            <Text span size="xs">
              {withCode(t('setup.tokenHelp'))}
            </Text>
          }
          autoComplete="off"
          spellCheck={false}
          data-autofocus
          {...bind('token')}
        />
        <TextInput label={t('setup.workspaceName')} placeholder={t('setup.workspacePlaceholder')} {...bind('workspaceName')} />
        <TextInput label={t('setup.name')} autoComplete="name" {...bind('name')} />
        <TextInput label={t('setup.email')} type="email" autoComplete="email" {...bind('email')} />
        <PasswordInput
          label={t('setup.password')}
          description={t('setup.passwordHelp')}
          autoComplete="new-password"
          {...bind('password')}
        />
        {setup.error && <ErrorAlert error={setup.error} fields={FIELDS} />}
        <Button type="submit" fullWidth mt="md" loading={setup.isPending}>
          {t('setup.submit')}
        </Button>
      </form>
    </AuthCard>
  );
}
