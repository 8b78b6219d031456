import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { APPROVAL_REFUSALS, type ApprovalRefusalCode } from '../../../core/messaging';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../ui/error-alert';

/** The approval machine's refusal code, when the error carries one. */
export function readRefusal(error: unknown): ApprovalRefusalCode | null {
  if (!(error instanceof ApiError)) return null;
  const code = (error.details as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' && (APPROVAL_REFUSALS as readonly string[]).includes(code) ? (code as ApprovalRefusalCode) : null;
}

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
