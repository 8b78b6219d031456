import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header';
import { AccuracyCard } from './accuracy-card';
import { CategoryRulesEditor } from './category-rules-editor';
import { TryAnalysisCard } from './try-analysis-card';

export function AnalysisPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('analysis.title')} subtitle={t('analysis.subtitle')} />
      <Stack>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <AccuracyCard />
          <TryAnalysisCard />
        </SimpleGrid>
        <CategoryRulesEditor />
      </Stack>
    </>
  );
}
