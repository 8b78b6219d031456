import { Alert, Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePolicy } from '../../api/plan';
import { useWorkspace } from '../workspaces/workspace-context';

/** Asks a member who has not acknowledged the current policy to read it; hidden on the policy page itself. */
export function PolicyBanner() {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const { pathname } = useLocation();
  const policy = usePolicy(workspace.id);
  const target = `/w/${workspace.id}/plan/policy`;
  if (!policy.data?.current || policy.data.acknowledgedAt !== null || pathname === target) return null;
  return (
    <Alert color="yellow" variant="light" mb="md" title={t('plan.policy.bannerTitle')} data-testid="policy-banner">
      <Group justify="space-between">
        <Text size="sm">{t('plan.policy.bannerBody')}</Text>
        <Anchor component={Link} to={target} fw={600}>
          {t('plan.policy.bannerAction')} →
        </Anchor>
      </Group>
    </Alert>
  );
}
