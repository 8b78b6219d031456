import { Anchor, Code, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../core/api';
import { useApiTokens, useRevokeApiToken } from '../../api/tokens';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { RequirePermission } from '../workspaces/require-permission';
import { useWorkspace } from '../workspaces/workspace-context';
import { CreateTokenForm } from './create-token-form';
import { buildCurlExample } from './curl-example';
import { TokenSecretModal } from './token-secret-modal';
import { TokenTable } from './token-table';

export function TokensPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('tokens.title')}
        subtitle={t('tokens.subtitle')}
        actions={
          <Anchor href="/api/docs" target="_blank" rel="noopener">
            {t('tokens.docs')}
          </Anchor>
        }
      />
      <RequirePermission permission="tokens.manage">
        <TokensContent />
      </RequirePermission>
    </>
  );
}

function TokensContent() {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const tokens = useApiTokens(workspace.id);
  const revoke = useRevokeApiToken(workspace.id);
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const close = () => {
    setRevoking(null);
    revoke.reset();
  };

  return (
    <Stack gap="xl">
      <CreateTokenForm onCreated={(created) => setSecret(created)} />
      <section>
        <Title order={2} size="h4" mb="sm">
          {t('tokens.title')}
        </Title>
        {tokens.isPending && <Loading />}
        {tokens.isError && <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />}
        {tokens.data && <TokenTable tokens={tokens.data} onRevoke={setRevoking} />}
      </section>
      <section>
        <Title order={2} size="h4" mb="sm">
          {t('tokens.exampleTitle')}
        </Title>
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {buildCurlExample(window.location.origin, workspace.id)}
        </Code>
      </section>
      <TokenSecretModal secret={secret} onClose={() => setSecret(null)} />
      <ConfirmDialog
        opened={revoking !== null}
        title={t('tokens.revokeTitle')}
        message={t('tokens.revokeBody', { name: revoking?.name ?? '' })}
        confirmLabel={t('tokens.revokeButton')}
        loading={revoke.isPending}
        error={revoke.error}
        onClose={close}
        onConfirm={() => revoking && revoke.mutate(revoking.id, { onSuccess: close })}
      />
    </Stack>
  );
}
