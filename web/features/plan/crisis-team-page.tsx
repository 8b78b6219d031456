import { Badge, Card, Grid, List, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamScope } from '../../../core/api';
import { CRISIS_TYPES } from '../../../core/plan';
import { useMembers } from '../../api/members';
import { useCrisisTeam, useTeamOverview } from '../../api/plan';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { useWorkspace } from '../workspaces/workspace-context';
import { OnCallSummary } from './oncall-summary';
import { TeamForm } from './team-form';

/** The default crisis team per crisis type, what an incident of that type gets, and the on-call order. */
export function CrisisTeamPage() {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const [scope, setScope] = useState<TeamScope>('all');
  const overview = useTeamOverview(workspace.id);
  const team = useCrisisTeam(workspace.id, scope);
  const members = useMembers(workspace.id);
  const counts = new Map((overview.data?.scopes ?? []).map((s) => [s.scope, s.roles]));
  const scopeLabel = (s: TeamScope) => (s === 'all' ? t('plan.team.scopeAll') : t(`crisis.types.${s}`));
  const scopes: TeamScope[] = ['all', ...CRISIS_TYPES];

  return (
    <>
      <PageHeader title={t('plan.team.title')} subtitle={t('plan.team.subtitle')} />
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Card withBorder>
            <Select
              label={t('plan.team.scope')}
              data={scopes.map((s) => ({ value: s, label: `${scopeLabel(s)} · ${t('plan.team.roles', { count: counts.get(s) ?? 0 })}` }))}
              value={scope}
              onChange={(value) => value && setScope(value as TeamScope)}
              allowDeselect={false}
              maw={420}
              mb="md"
            />
            {(team.isPending || members.isPending) && <Loading />}
            <ErrorAlert error={team.error ?? members.error} />
            {team.data && members.data && <TeamForm key={scope} scope={scope} team={team.data} members={members.data.members} />}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack>
            {scope !== 'all' && team.data && (
              <Card withBorder component="section" aria-labelledby="effective-title">
                <Title order={2} size="h4" id="effective-title" mb="xs">
                  {t('plan.team.effective')}
                </Title>
                {team.data.effective.length === 0 && <Text size="sm">{t('plan.team.effectiveEmpty')}</Text>}
                <List size="sm" spacing={6}>
                  {team.data.effective.map((a) => (
                    <List.Item key={a.role}>
                      <strong>{t(`crisis.roles.${a.role}`)}</strong>: {a.person.name}
                      {a.deputies.length > 0 && ` → ${a.deputies.map((d) => d.name).join(' → ')}`}{' '}
                      {a.from === 'all' && (
                        <Badge size="xs" variant="light" color="gray">
                          {t('plan.team.fromAll')}
                        </Badge>
                      )}
                    </List.Item>
                  ))}
                </List>
              </Card>
            )}
            <OnCallSummary />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
