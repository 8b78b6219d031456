import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Loading({ full = false }: { full?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center h={full ? '100vh' : 120} role="status" aria-live="polite">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}
