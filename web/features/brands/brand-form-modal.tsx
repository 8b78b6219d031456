import { Button, Group, Modal, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Brand } from '../../../core/api';
import { useSaveBrand } from '../../api/brands';
import { fieldIssues } from '../../api/errors';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';

interface BrandFormModalProps {
  opened: boolean;
  /** The brand to edit, or null to create one. */
  brand: Brand | null;
  onClose: () => void;
  onSaved?: (brand: Brand) => void;
}

export function BrandFormModal({ opened, brand, onClose, onSaved }: BrandFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={brand ? t('brands.editTitle') : t('brands.createTitle')} centered>
      {/* Keyed so each opening starts from the brand's current values. */}
      <BrandForm key={brand?.id ?? 'new'} brand={brand} onClose={onClose} onSaved={onSaved} />
    </Modal>
  );
}

function BrandForm({ brand, onClose, onSaved }: Omit<BrandFormModalProps, 'opened'>) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const save = useSaveBrand(workspace.id);
  const [name, setName] = useState(brand?.name ?? '');
  const [kind, setKind] = useState<Brand['kind']>(brand?.kind ?? 'own');
  const [description, setDescription] = useState(brand?.description ?? '');
  const issues = fieldIssues(save.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { id: brand?.id ?? null, input: { name, kind, description } },
      {
        onSuccess: (saved) => {
          onSaved?.(saved);
          onClose();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('brands.name')}
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={issues.name}
          data-autofocus
        />
        <Radio.Group
          label={t('brands.kind')}
          value={kind}
          onChange={(value) => setKind(value === 'competitor' ? 'competitor' : 'own')}
          error={issues.kind}
        >
          <Group mt={4}>
            <Radio value="own" label={t('brands.own')} />
            <Radio value="competitor" label={t('brands.competitor')} />
          </Group>
        </Radio.Group>
        <Textarea
          label={t('brands.description')}
          description={t('common.optional')}
          autosize
          minRows={2}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={issues.description}
        />
        <ErrorAlert error={save.error} fields={['name', 'kind', 'description']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
