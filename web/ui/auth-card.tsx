import { Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';

/** The frame of the signed-out pages: product name, language switch, one card. */
export function AuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Container size={460} py={40} component="main">
      <Group justify="space-between" mb="lg">
        <div>
          <Text fw={800} size="xl" c="red.7">
            {t('app.name')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('app.tagline')}
          </Text>
        </div>
        <LanguageSwitch />
      </Group>
      <Paper withBorder shadow="sm" p="xl" radius="md">
        <Stack>
          <Title order={1} size="h3">
            {title}
          </Title>
          {intro && (typeof intro === 'string' ? <Text c="dimmed">{intro}</Text> : intro)}
          {children}
        </Stack>
      </Paper>
    </Container>
  );
}
