import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/error-alert';
import { readRefusal } from './template-refusal';

/** A refused approval step says why in the UI's language; any other error as usual. */
export function TemplateError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const refusal = readRefusal(error);
  if (!refusal) return <ErrorAlert error={error} />;
  return (
    <Alert color="orange" variant="light" role="alert" title={t('errors.title')}>
      {t(`messages.refusals.${refusal}`)}
    </Alert>
  );
}
