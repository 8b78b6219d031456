import { Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Alert } from '../../../core/api';
import { useFormat } from '../../i18n/format';
import { largestFirst, timesUsual } from './alert-words';

function timeOfDay(ms: number, tag: string): string {
  return new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' }).format(ms);
}

/** Why the alert fired, in sentences built from its numbers. */
export function AlertWhy({ alert }: { alert: Alert }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const r = alert.reason;
  const times = timesUsual(r.observed, r.expected);
  const tag = i18n.language.startsWith('en') ? 'en-GB' : 'id-ID';
  const one = (value: number) => format.number(Math.round(value * 10) / 10);

  return (
    <Stack gap={4} component="section" aria-labelledby="alert-why">
      <Title order={3} size="h5" id="alert-why">
        {t('alerts.why')}
      </Title>
      <Text size="sm">
        {t('alerts.whyWindow', {
          observed: one(r.observed),
          unit: t(`alerts.units.${r.signal}`),
          from: timeOfDay(r.windowStart, tag),
          to: timeOfDay(r.windowEnd, tag),
          expected: one(r.expected),
          upper: one(r.upper),
        })}{' '}
        {times !== null && t('alerts.whyTimes', { times: one(times) })}
      </Text>
      <Text size="sm">{t('alerts.whyHour', { lastHour: format.number(r.lastHour), minPerHour: format.number(r.minPerHour) })}</Text>
      <Text size="sm" c="dimmed">
        {t('alerts.score', { score: Math.round(r.score * 100) })}{' '}
        {t('alerts.timeline', { first: format.dateTime(alert.firstFiredAt), last: format.dateTime(alert.lastFiredAt) })}
      </Text>
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" fw={500} component="div">
        {children}
      </Text>
    </div>
  );
}

/** How big and how far: scope, speed, reach, share, and where the talk comes from. */
export function AlertImpactView({ alert }: { alert: Alert }) {
  const { t } = useTranslation();
  const format = useFormat();
  const i = alert.impact;
  const none = <Text size="sm">{t('alerts.none')}</Text>;
  const counts = (entries: [string, number][], label: (key: string) => string) =>
    entries.length === 0 ? (
      none
    ) : (
      <Group gap={4}>
        {entries.slice(0, 5).map(([key, n]) => (
          <Badge key={key} variant="light" color="gray" style={{ textTransform: 'none' }}>
            {label(key)} · {format.number(n)}
          </Badge>
        ))}
      </Group>
    );

  return (
    <Stack gap="xs" component="section" aria-labelledby="alert-impact">
      <Title order={3} size="h5" id="alert-impact">
        {t('alerts.impact')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Fact label={t('alerts.scope')}>{t(`alerts.scopes.${i.scope}`)}</Fact>
        <Fact label={t('alerts.perHour')}>
          {t('alerts.perHourValue', { count: i.perHour })}
          {i.speedRatio !== null && (
            <Text size="xs" c="red.8" component="span" display="block">
              {t('alerts.speed', { times: format.number(Math.round(i.speedRatio * 10) / 10) })}
            </Text>
          )}
        </Fact>
        <Fact label={t('alerts.reach')}>{format.compact(i.reach)}</Fact>
        <Fact label={t('alerts.negativeShare')}>{i.negativeShare === null ? '–' : format.percent(i.negativeShare)}</Fact>
      </SimpleGrid>
      <Fact label={t('alerts.categories')}>
        {counts(
          i.categories.map((c) => [c.category, c.mentions]),
          (key) => t(`analysis.categoryNames.${key as Alert['impact']['categories'][number]['category']}`),
        )}
      </Fact>
      <SimpleGrid cols={2} spacing="sm">
        <Fact label={t('alerts.languages')}>
          {counts(largestFirst(i.languages), (key) => t(`analysis.languages.${key as 'id'}`, { defaultValue: key }))}
        </Fact>
        <Fact label={t('alerts.platforms')}>{counts(largestFirst(i.platforms), (key) => key)}</Fact>
      </SimpleGrid>
    </Stack>
  );
}
