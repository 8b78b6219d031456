import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../ui/copy-field';

/** The only time a token's secret is visible; closing needs a deliberate click. */
export function TokenSecretModal({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={secret !== null} onClose={onClose} title={t('tokens.secretTitle')} closeOnClickOutside={false} size="lg" centered>
      <Stack>
        <Alert color="orange" role="alert">
          {t('tokens.secretWarning')}
        </Alert>
        <CopyField label={t('tokens.secretLabel')} value={secret ?? ''} />
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('tokens.done')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
