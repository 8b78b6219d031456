import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../../core/policy';
import { useWorkspace } from './workspace-context';

/** Pages reachable by URL still check the role; navigation merely hides them. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  const { can } = useWorkspace();
  if (!can(permission)) {
    return (
      <Alert color="orange" title={t('errors.title')} role="alert">
        {t('errors.forbidden')}
      </Alert>
    );
  }
  return children;
}
