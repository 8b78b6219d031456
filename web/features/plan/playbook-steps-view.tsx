import { Anchor, Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlaybookStep } from '../../../core/plan';
import { useTemplates } from '../../api/messages';
import { useWorkspace } from '../workspaces/workspace-context';
import { dueLabel } from './plan-words';

/** A playbook's steps as the team reads them. */
export function PlaybookStepsView({ steps }: { steps: readonly PlaybookStep[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
      {steps.map((step, i) => (
        <Paper key={step.key} component="li" withBorder p="md" radius="md" data-testid="playbook-step">
          <Group justify="space-between" align="flex-start" mb={4}>
            <Text fw={700}>
              {i + 1}. {step.title}
            </Text>
            <Group gap="xs">
              <Badge variant="light">{t(`crisis.roles.${step.ownerRole}`)}</Badge>
              <Badge variant="outline" color={step.dueAfterMinutes === null ? 'gray' : 'orange'}>
                {dueLabel(t, step.dueAfterMinutes)}
              </Badge>
            </Group>
          </Group>
          {step.description && (
            <Text size="sm" mb="xs">
              {step.description}
            </Text>
          )}
          {step.checklist.length > 0 && (
            <>
              <Text size="xs" c="dimmed" fw={600}>
                {t('plan.playbook.checklist')}
              </Text>
              <List size="sm" mb="xs" listStyleType="none">
                {step.checklist.map((item) => (
                  <List.Item key={item}>☐ {item}</List.Item>
                ))}
              </List>
            </>
          )}
          {step.escalation && (
            <Text size="sm" c="red.8">
              <strong>{t('plan.playbook.escalation')}:</strong> {step.escalation}
            </Text>
          )}
          {step.templateIds.length > 0 && (
            <Group gap={4} mt="xs">
              <Text size="xs" c="dimmed">
                {t('plan.playbook.templates')}:
              </Text>
              {step.templateIds.map((id) => (
                <StepTemplate key={id} id={id} />
              ))}
            </Group>
          )}
        </Paper>
      ))}
    </Stack>
  );
}

/**
 * A step's template: links to the library's templates it names (a starter key names one per language
 * installed, a number one template); the bare id when the library does not have it.
 */
function StepTemplate({ id }: { id: string }) {
  const { workspace } = useWorkspace();
  const templates = useTemplates(workspace.id, {});
  const found = (templates.data ?? []).filter((t) => t.key === id || String(t.id) === id);
  if (found.length === 0) {
    return (
      <Badge size="xs" variant="default" tt="none">
        {id}
      </Badge>
    );
  }
  return found.map((template) => (
    <Anchor key={template.id} component={Link} to={`/w/${workspace.id}/messages/${template.id}`} size="xs" data-testid="step-template">
      {template.name} ({template.language.toUpperCase()})
    </Anchor>
  ));
}
