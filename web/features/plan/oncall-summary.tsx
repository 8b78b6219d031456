import { Anchor, Card, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOnCall } from '../../api/alerts';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { useWorkspace } from '../workspaces/workspace-context';

/** The on-call order alert escalation uses: part of the crisis team, edited where the alert rules are. */
export function OnCallSummary() {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const onCall = useOnCall(workspace.id);
  return (
    <Card withBorder component="section" aria-labelledby="team-oncall-title">
      <Title order={2} size="h4" id="team-oncall-title">
        {t('plan.team.onCallTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('plan.team.onCallHint')}
      </Text>
      {onCall.isPending && <Loading />}
      <ErrorAlert error={onCall.error} />
      {onCall.data && onCall.data.steps.length === 0 && <Text size="sm">{t('plan.team.onCallEmpty')}</Text>}
      {onCall.data && onCall.data.steps.length > 0 && (
        <>
          <List type="ordered" size="sm" mb="xs">
            {onCall.data.steps.map((step, i) => (
              <List.Item key={i}>{step.label}</List.Item>
            ))}
          </List>
          <Text size="xs" c="dimmed">
            {t('plan.team.escalateAfter', { minutes: onCall.data.escalateAfterMinutes })}
          </Text>
        </>
      )}
      <Anchor component={Link} to={`/w/${workspace.id}/alert-settings#oncall-title`} size="sm" mt="sm" display="inline-block">
        {t('plan.team.onCallLink')} →
      </Anchor>
    </Card>
  );
}
