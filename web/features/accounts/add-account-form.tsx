import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_PLATFORMS, type ChannelPlatform } from '../../../core/channels';
import { useBrands } from '../../api/brands';
import { fieldIssues } from '../../api/errors';
import { useCreateAccount } from '../../api/outbox';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';

/** Adds an owned account: the brand it speaks for, where, and how it looks when it posts. */
export function AddAccountForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const brands = useBrands(workspace.id);
  const create = useCreateAccount(workspace.id);
  const [brandId, setBrandId] = useState<string | null>(null);
  const [platform, setPlatform] = useState<ChannelPlatform>('sandbox');
  const [handle, setHandle] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [avatarUrl, setAvatarUrl] = useState('');
  const issues = fieldIssues(create.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ brandId: Number(brandId), platform, handle, displayName, avatarUrl: avatarUrl.trim() || null }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={t('accounts.brand')}
          data={(brands.data ?? []).map((b) => ({ value: String(b.id), label: b.name }))}
          value={brandId}
          onChange={setBrandId}
          error={issues.brandId}
          required
          data-autofocus
        />
        <Select
          label={t('accounts.platform')}
          data={CHANNEL_PLATFORMS.map((p) => ({ value: p, label: t(`accounts.platforms.${p}`) }))}
          value={platform}
          onChange={(value) => value && setPlatform(value as ChannelPlatform)}
          allowDeselect={false}
        />
        <TextInput
          label={t('accounts.handle')}
          value={handle}
          onChange={(e) => setHandle(e.currentTarget.value)}
          error={issues.handle}
          required
        />
        <TextInput
          label={t('accounts.displayName')}
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          error={issues.displayName}
          required
        />
        <TextInput
          label={t('accounts.avatarUrl')}
          value={avatarUrl}
          onChange={(e) => setAvatarUrl(e.currentTarget.value)}
          error={issues.avatarUrl}
        />
        <ErrorAlert error={create.error} fields={['brandId', 'handle', 'displayName', 'avatarUrl']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} disabled={!brandId}>
            {t('accounts.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
