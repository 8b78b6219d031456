import { Alert, Button, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { translateError, unplacedIssues } from '../api/errors';

interface ErrorAlertProps {
  error: unknown;
  /** Fields the form shows issues next to; other issues are listed here. */
  fields?: readonly string[];
  onRetry?: () => void;
}

/** A translated error message; renders nothing without an error. */
export function ErrorAlert({ error, fields = [], onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const issues = unplacedIssues(error, fields);
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <Alert color="red" title={t('errors.title')} role="alert" variant="light">
      <Text size="sm">{translateError(t, error)}</Text>
      {issues.length > 0 && (
        <List size="sm" mt="xs">
          {issues.map((issue) => (
            <List.Item key={issue.path}>
              {issue.path ? `${issue.path}: ` : ''}
              {issue.message}
            </List.Item>
          ))}
        </List>
      )}
      {requestId && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('errors.requestId', { id: requestId })}
        </Text>
      )}
      {onRetry && (
        <Button size="xs" variant="light" color="red" mt="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
