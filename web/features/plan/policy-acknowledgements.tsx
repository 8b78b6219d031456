import { Badge, Card, Group, List, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePolicyAcknowledgements } from '../../api/plan';
import { useFormat } from '../../i18n/format';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { useWorkspace } from '../workspaces/workspace-context';

/** For the crisis leads: who has and who has not acknowledged the current version. */
export function PolicyAcknowledgementsCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const { workspace } = useWorkspace();
  const acks = usePolicyAcknowledgements(workspace.id, true);
  return (
    <Card withBorder component="section" aria-labelledby="policy-acks-title">
      <Title order={2} size="h4" id="policy-acks-title" mb="sm">
        {t('plan.policy.status')}
      </Title>
      {acks.isPending && <Loading />}
      <ErrorAlert error={acks.error} />
      {acks.data && acks.data.pending.length === 0 && (
        <Text size="sm" c="teal.8">
          {t('plan.policy.everyone')}
        </Text>
      )}
      {acks.data && (
        <SimpleGrid cols={1}>
          {acks.data.pending.length > 0 && (
            <section aria-label={t('plan.policy.pending', { count: acks.data.pending.length })} data-testid="policy-pending">
              <Text fw={600} size="sm" c="red.8">
                {t('plan.policy.pending', { count: acks.data.pending.length })}
              </Text>
              <List size="sm">
                {acks.data.pending.map((m) => (
                  <List.Item key={m.userId}>
                    <Group gap="xs">
                      {m.name}{' '}
                      <Badge size="xs" variant="light">
                        {t(`roles.${m.role}`)}
                      </Badge>
                    </Group>
                  </List.Item>
                ))}
              </List>
            </section>
          )}
          <section aria-label={t('plan.policy.done', { count: acks.data.acknowledged.length })}>
            <Text fw={600} size="sm">
              {t('plan.policy.done', { count: acks.data.acknowledged.length })}
            </Text>
            <List size="sm">
              {acks.data.acknowledged.map((m) => (
                <List.Item key={m.userId}>
                  {m.name}{' '}
                  <Text span size="xs" c="dimmed">
                    {format.dateTime(m.acknowledgedAt)}
                  </Text>
                </List.Item>
              ))}
            </List>
          </section>
        </SimpleGrid>
      )}
    </Card>
  );
}
