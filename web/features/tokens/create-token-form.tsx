import { Button, Checkbox, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TokenScope, TOKEN_SCOPES } from '../../../core/policy';
import { fieldIssues } from '../../api/errors';
import { useCreateApiToken } from '../../api/tokens';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';

const SCOPE_LABELS = {
  'mentions:write': 'tokens.scopeMentionsWrite',
  'mentions:read': 'tokens.scopeMentionsRead',
  'brands:read': 'tokens.scopeBrandsRead',
} as const satisfies Record<TokenScope, string>;

export function CreateTokenForm({ onCreated }: { onCreated: (secret: string) => void }) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const create = useCreateApiToken(workspace.id);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<TokenScope[]>(['mentions:write']);
  const issues = fieldIssues(create.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name, scopes },
      {
        onSuccess: (created) => {
          onCreated(created.secret);
          setName('');
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        {t('tokens.createTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('tokens.name')}
            placeholder={t('tokens.namePlaceholder')}
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={issues.name}
          />
          <Checkbox.Group
            label={t('tokens.scopes')}
            value={scopes}
            onChange={(value) =>
              setScopes(value.filter((scope): scope is TokenScope => (TOKEN_SCOPES as readonly string[]).includes(scope)))
            }
            error={issues.scopes}
            required
          >
            <Stack gap={6} mt={6}>
              {TOKEN_SCOPES.map((scope) => (
                <Checkbox key={scope} value={scope} label={t(SCOPE_LABELS[scope])} />
              ))}
            </Stack>
          </Checkbox.Group>
          <ErrorAlert error={create.error} fields={['name', 'scopes']} />
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending} disabled={scopes.length === 0}>
              {t('tokens.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
