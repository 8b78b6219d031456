import { Anchor, Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Alert } from '../../../core/api';
import { useFormat } from '../../i18n/format';
import { largestFirst, timesUsual } from './alert-words';
import { VelocityWhy } from './alert-velocity';

function timeOfDay(ms: number, tag: string): string {
  return new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' }).format(ms);
}

/** Why the alert fired, in sentences built from its numbers. */
export function AlertWhy({ alert }: { alert: Alert }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const r = alert.reason;
  const tag = i18n.language.startsWith('en') ? 'en-GB' : 'id-ID';
  const one = (value: number) => format.number(Math.round(value * 10) / 10);
  const window = { from: timeOfDay(r.windowStart, tag), to: timeOfDay(r.windowEnd, tag) };
  const hour = { lastHour: format.number(r.lastHour), minPerHour: format.number(r.minPerHour) };
  const otherSignals = (r.signals ?? []).filter((signal) => signal !== r.signal);

  let lines: React.ReactNode;
  switch (r.signal) {
    case 'negative_share':
    case 'net_sentiment': {
      const counts = { successes: format.number(r.successes ?? 0), trials: format.number(r.trials ?? 0) };
      const net = (share: number) => format.number(Math.round((1 - 2 * share) * 100) / 100);
      lines = (
        <>
          <Text size="sm">
            {r.signal === 'negative_share'
              ? t('alerts.whyShare', {
                  share: format.percent(r.observed),
                  expected: format.percent(r.expected),
                  upper: format.percent(r.upper),
                  ...counts,
                  ...window,
                })
              : t('alerts.whyNetSentiment', { net: net(r.observed), expectedNet: net(r.expected), ...counts, ...window })}
          </Text>
          <Text size="sm">{t('alerts.whyShareHour', hour)}</Text>
        </>
      );
      break;
    }
    case 'emerging_term': {
      const term = { term: r.term ?? '', observed: format.number(r.observed), expected: one(r.expected), ...window };
      const others = (r.terms ?? []).filter((other) => other !== r.term);
      lines = (
        <>
          <Text size="sm">{r.isNewTerm ? t('alerts.whyTermNew', term) : t('alerts.whyTerm', term)}</Text>
          {others.length > 0 && <Text size="sm">{t('alerts.whyTermOthers', { terms: others.join(', ') })}</Text>}
          <Text size="sm">{t('alerts.whyTermHour', hour)}</Text>
        </>
      );
      break;
    }
    case 'coordinated':
      lines = (
        <>
          <Text size="sm">
            {t('alerts.whyCoordinated', {
              observed: format.number(r.observed),
              suspicious: format.number(r.suspiciousAccounts ?? 0),
              ...window,
            })}
          </Text>
          <Text size="sm">{t('alerts.whyCoordinatedFloor', hour)}</Text>
        </>
      );
      break;
    case 'virality': {
      const f = r.forecast;
      const post = r.post;
      const viral = {
        post: post ? `${post.platform} ${post.externalId}` : '',
        posted: post ? format.dateTime(post.createdAt) : '',
        observed: format.number(r.observed),
        expected: f?.expectedFinal === null || f === undefined ? '' : format.number(Math.round(f.expectedFinal)),
        lower: format.number(f?.lower ?? r.observed),
        upper: f?.upper === null || f === undefined ? '∞' : format.number(f.upper),
        branching: one(f?.branchingFactor ?? 0),
        ...window,
      };
      lines = (
        <>
          <Text size="sm">{f?.supercritical ? t('alerts.whyViralSupercritical', viral) : t('alerts.whyViral', viral)}</Text>
          <Text size="sm">
            {t('alerts.whyViralChance', {
              threshold: format.number(r.minPerHour),
              probability: format.percent(f?.probability ?? r.score),
              branching: viral.branching,
            })}
          </Text>
          {post?.url && (
            <Anchor href={post.url} target="_blank" rel="noreferrer" size="sm">
              {t('alerts.openPost')}
            </Anchor>
          )}
        </>
      );
      break;
    }
    case 'engagement_velocity':
      lines = <VelocityWhy alert={alert} />;
      break;
    default: {
      const times = timesUsual(r.observed, r.expected);
      lines = (
        <>
          <Text size="sm">
            {t('alerts.whyWindow', {
              observed: one(r.observed),
              unit: t(`alerts.units.${r.signal}`),
              expected: one(r.expected),
              upper: one(r.upper),
              ...window,
            })}{' '}
            {times !== null && t('alerts.whyTimes', { times: one(times) })}
          </Text>
          <Text size="sm">{t('alerts.whyHour', hour)}</Text>
        </>
      );
    }
  }

  return (
    <Stack gap={4} component="section" aria-labelledby="alert-why">
      <Title order={3} size="h5" id="alert-why">
        {t('alerts.why')}
      </Title>
      {lines}
      {otherSignals.length > 0 && (
        <Text size="sm">
          {t('alerts.waveSignals', { signals: otherSignals.map((signal) => t(`alerts.signals.${signal}`)).join(', ') })}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {t('alerts.score', { score: Math.round(r.score * 100) })}{' '}
        {t('alerts.timeline', { first: format.dateTime(alert.firstFiredAt), last: format.dateTime(alert.lastFiredAt) })}
      </Text>
      {r.signal === 'coordinated' && <CoordinatedAccounts alert={alert} />}
    </Stack>
  );
}

/** The text a coordinated campaign posted and the accounts that posted it. */
function CoordinatedAccounts({ alert }: { alert: Alert }) {
  const { t } = useTranslation();
  const r = alert.reason;
  const accounts = r.accounts ?? [];
  const unlisted = r.observed - accounts.length;
  return (
    <Stack gap={6} mt="xs">
      {r.sampleText && (
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('alerts.sampleText')}
          </Text>
          <Text size="sm" fs="italic">
            “{r.sampleText}”
          </Text>
        </div>
      )}
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} id="alert-accounts">
        {t('alerts.accounts')}
      </Text>
      <Group gap={4} component="ul" aria-labelledby="alert-accounts" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {accounts.map((a) => (
          <li key={`${a.platform}:${a.handle}`}>
            <Badge
              variant="light"
              color={a.reasons.length > 0 ? 'orange' : 'gray'}
              style={{ textTransform: 'none' }}
              title={a.reasons.map((reason) => t(`alerts.suspicion.${reason}`)).join(', ')}
            >
              @{a.handle} · {a.platform}
            </Badge>
          </li>
        ))}
      </Group>
      {unlisted > 0 && (
        <Text size="xs" c="dimmed">
          {t('alerts.accountsMore', { count: unlisted })}
        </Text>
      )}
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
