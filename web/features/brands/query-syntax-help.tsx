import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const RULES = ['syntaxWords', 'syntaxPhrase', 'syntaxBoolean', 'syntaxHashtag', 'syntaxFilters', 'syntaxExclude'] as const;

export function QuerySyntaxHelp({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <div id={id}>
      <Text size="sm" fw={600}>
        {t('queries.syntaxTitle')}
      </Text>
      <List size="xs" spacing={2}>
        {RULES.map((rule) => (
          <List.Item key={rule}>{t(`queries.${rule}`)}</List.Item>
        ))}
      </List>
    </div>
  );
}
