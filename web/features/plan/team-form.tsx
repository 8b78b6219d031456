import { Alert, Button, Group, MultiSelect, Select, Stack, Table, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisTeam, Member, TeamScope } from '../../../core/api';
import { CRISIS_ROLES, type CrisisRole } from '../../../core/plan';
import { issuesByPath } from '../../api/errors';
import { useSaveCrisisTeam } from '../../api/plan';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';

type RoleDraft = { userId: string | null; deputies: string[] };

function toDraft(team: CrisisTeam): Record<CrisisRole, RoleDraft> {
  const draft = Object.fromEntries(CRISIS_ROLES.map((role): [CrisisRole, RoleDraft] => [role, { userId: null, deputies: [] }])) as Record<
    CrisisRole,
    RoleDraft
  >;
  for (const a of team.assignments) draft[a.role] = { userId: String(a.person.userId), deputies: a.deputies.map((d) => String(d.userId)) };
  return draft;
}

/** Roles × people for one scope; only roles with a person are sent. */
export function TeamForm({ scope, team, members }: { scope: TeamScope; team: CrisisTeam; members: Member[] }) {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const save = useSaveCrisisTeam(workspace.id, scope);
  const [draft, setDraft] = useState(() => toDraft(team));
  const editable = can('plan.write');
  const filled = CRISIS_ROLES.filter((role) => draft[role].userId !== null);
  const issues = issuesByPath(save.error);
  const options = members.map((m) => ({ value: String(m.userId), label: `${m.name} (${t(`roles.${m.role}`)})` }));
  const issueFor = (role: CrisisRole, field: string) => {
    const index = filled.indexOf(role);
    return Object.entries(issues).find(([path]) => path.startsWith(`assignments.${index}.${field}`))?.[1];
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      assignments: filled.map((role) => ({ role, userId: Number(draft[role].userId), deputyUserIds: draft[role].deputies.map(Number) })),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" aria-label={t('plan.team.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plan.team.role')}</Table.Th>
                <Table.Th>{t('plan.team.person')}</Table.Th>
                <Table.Th>{t('plan.team.deputies')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {CRISIS_ROLES.map((role) => (
                <Table.Tr key={role}>
                  <Table.Td>
                    <Text fw={600} size="sm">
                      {t(`crisis.roles.${role}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`${t(`crisis.roles.${role}`)}: ${t('plan.team.person')}`}
                      placeholder={t('plan.team.nobody')}
                      data={options}
                      value={draft[role].userId}
                      onChange={(value) =>
                        setDraft((d) => ({ ...d, [role]: { userId: value, deputies: d[role].deputies.filter((x) => x !== value) } }))
                      }
                      clearable
                      searchable
                      readOnly={!editable}
                      error={issueFor(role, 'userId')}
                    />
                  </Table.Td>
                  <Table.Td>
                    <MultiSelect
                      aria-label={`${t(`crisis.roles.${role}`)}: ${t('plan.team.deputies')}`}
                      data={options.filter((o) => o.value !== draft[role].userId)}
                      value={draft[role].deputies}
                      onChange={(value) => setDraft((d) => ({ ...d, [role]: { ...d[role], deputies: value } }))}
                      disabled={draft[role].userId === null}
                      readOnly={!editable}
                      maxValues={5}
                      searchable
                      error={issueFor(role, 'deputyUserIds')}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <ErrorAlert error={save.error} fields={['assignments']} />
        {save.isSuccess && (
          <Alert color="teal" variant="light" role="status">
            {t('plan.team.saved')}
          </Alert>
        )}
        {editable && (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('plan.team.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
