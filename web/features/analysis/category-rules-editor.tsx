import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CategoryRules, useCategoryRules, useSaveCategoryRules } from '../../api/analysis';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { useWorkspace } from '../workspaces/workspace-context';
import { joinList, splitList } from './rule-lists';

type RuleDraft = { category: CategoryRules['categories'][number]['category']; terms: string; phrases: string; exclude: string };

const toDraft = (rules: CategoryRules): RuleDraft[] =>
  rules.categories.map((rule) => ({
    category: rule.category,
    terms: joinList(rule.terms),
    phrases: joinList(rule.phrases ?? []),
    exclude: joinList(rule.exclude ?? []),
  }));

const fromDraft = (draft: RuleDraft[]): CategoryRules => ({
  version: 1,
  categories: draft.map((rule) => ({
    category: rule.category,
    terms: splitList(rule.terms),
    phrases: splitList(rule.phrases),
    exclude: splitList(rule.exclude),
  })),
});

export function CategoryRulesEditor() {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const rules = useCategoryRules(workspace.id);
  return (
    <Card withBorder component="section" aria-labelledby="rules-title">
      <Title order={2} size="h4" id="rules-title">
        {t('analysis.rulesTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('analysis.rulesHint')}
      </Text>
      {rules.isPending && <Loading />}
      <ErrorAlert error={rules.error} />
      {/* Keyed by what is saved, so a save or a reset shows the rules now in force. */}
      {rules.data && <RulesForm key={JSON.stringify(rules.data.rules)} rules={rules.data.rules} custom={rules.data.custom} />}
    </Card>
  );
}

function RulesForm({ rules, custom }: { rules: CategoryRules; custom: boolean }) {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const save = useSaveCategoryRules(workspace.id);
  const [draft, setDraft] = useState(() => toDraft(rules));
  const editable = can('analysis.configure');
  const change = (index: number, field: 'terms' | 'phrases' | 'exclude', value: string) =>
    setDraft((current) => current.map((rule, i) => (i === index ? { ...rule, [field]: value } : rule)));

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(fromDraft(draft));
      }}
    >
      <Stack>
        <Text size="sm">{custom ? t('analysis.rulesCustom') : t('analysis.rulesDefault')}</Text>
        {draft.map((rule, index) => (
          <fieldset key={rule.category} style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8, padding: 12 }}>
            <legend>
              <Text fw={600}>{t(`analysis.categoryNames.${rule.category}`)}</Text>
            </legend>
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              {(['terms', 'phrases', 'exclude'] as const).map((field) => (
                <Textarea
                  key={field}
                  label={t(`analysis.${field}`)}
                  value={rule[field]}
                  onChange={(event) => change(index, field, event.currentTarget.value)}
                  autosize
                  minRows={2}
                  maxRows={6}
                  readOnly={!editable}
                />
              ))}
            </SimpleGrid>
          </fieldset>
        ))}
        <ErrorAlert error={save.error} />
        {save.isSuccess && (
          <Alert color="teal" variant="light" role="status">
            {t('analysis.rulesSaved')}
          </Alert>
        )}
        {editable && (
          <Group justify="flex-end">
            {custom && (
              <Button variant="default" onClick={() => save.mutate(null)} loading={save.isPending && save.variables === null}>
                {t('analysis.resetRules')}
              </Button>
            )}
            <Button type="submit" loading={save.isPending && save.variables !== null}>
              {t('analysis.saveRules')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
