import { Card, Grid, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { SignalSeries } from '../../../core/api';
import { useRecentSignals } from '../../api/alerts';
import { useBrands } from '../../api/brands';
import { useFormat } from '../../i18n/format';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { LiveIndicator } from '../alerts/live-indicator';
import { useLiveUpdates } from '../alerts/live-updates';
import { SignalChartView } from '../alerts/signal-chart-view';
import { useWorkspace } from '../workspaces/workspace-context';
import { isRangeKey, RANGES, type RangeKey, summariseSeries } from './overview-range';

/** "+12%", "−3%" or "0%": the sign says which way sentiment leans. */
function signedPercent(ratio: number, percent: (ratio: number) => string): string {
  const rounded = Math.round(ratio * 100) / 100;
  if (rounded === 0) return percent(0);
  return `${rounded > 0 ? '+' : '−'}${percent(Math.abs(rounded))}`;
}

function StatCard({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

function TopCategories({ series }: { series: SignalSeries }) {
  const { t } = useTranslation();
  const format = useFormat();
  const top = series.categories.filter((c) => c.category !== 'other').slice(0, 5);
  const max = Math.max(1, ...top.map((c) => c.mentions));
  return (
    <Card withBorder component="section" aria-labelledby="top-categories">
      <Title order={2} size="h5" id="top-categories" mb="xs">
        {t('overview.topCategories')}
      </Title>
      {top.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('overview.noCategories')}
        </Text>
      ) : (
        <Stack gap={8} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {top.map((c) => (
            <li key={c.category}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm">{t(`analysis.categoryNames.${c.category}`)}</Text>
                <Text size="sm" fw={600}>
                  {format.number(c.mentions)}
                </Text>
              </Group>
              <div
                aria-hidden
                style={{ height: 6, borderRadius: 3, background: 'var(--mantine-color-red-6)', width: `${(c.mentions / max) * 100}%` }}
              />
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}

export function OverviewPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { workspace } = useWorkspace();
  const [params, setParams] = useSearchParams();
  const live = useLiveUpdates(workspace.id);
  const brands = useBrands(workspace.id);

  const rangeParam = params.get('range');
  const range: RangeKey = isRangeKey(rangeParam) ? rangeParam : 'day';
  const brandId = Number(params.get('brandId')) || brands.data?.[0]?.id || null;
  const brand = brands.data?.find((b) => b.id === brandId);
  const signals = useRecentSignals(workspace.id, brandId, RANGES[range].hours, RANGES[range].interval);
  const totals = signals.data ? summariseSeries(signals.data) : null;

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };

  const header = <PageHeader title={t('overview.title')} subtitle={t('overview.subtitle')} actions={<LiveIndicator status={live} />} />;
  if (brands.isPending) return header;
  if (brands.data?.length === 0)
    return (
      <>
        {header}
        <EmptyState title={t('overview.noBrandsTitle')}>{t('overview.noBrandsBody')}</EmptyState>
      </>
    );

  return (
    <>
      {header}
      <Stack>
        <Group align="flex-end" gap="md">
          <Select
            label={t('overview.brand')}
            data={(brands.data ?? []).map((b) => ({ value: String(b.id), label: b.name }))}
            value={brandId === null ? null : String(brandId)}
            onChange={(value) => value && setParam('brandId', value)}
            allowDeselect={false}
            w={240}
          />
          <div>
            <Text size="sm" fw={500} mb={4} id="overview-range">
              {t('overview.range')}
            </Text>
            <SegmentedControl
              aria-labelledby="overview-range"
              value={range}
              onChange={(value) => setParam('range', value)}
              data={(Object.keys(RANGES) as RangeKey[]).map((key) => ({ value: key, label: t(`overview.ranges.${key}`) }))}
            />
          </div>
        </Group>
        <ErrorAlert error={brands.error ?? signals.error} />
        {signals.isPending && <Loading />}
        {signals.data && totals && (
          <>
            <SimpleGrid cols={{ base: 2, md: 4 }}>
              <StatCard label={t('overview.mentions')} value={format.number(totals.mentions)} />
              <StatCard
                label={t('overview.negativeShare')}
                value={totals.negativeShare === null ? '–' : format.percent(totals.negativeShare)}
              />
              <StatCard
                label={t('overview.netSentiment')}
                value={totals.netSentiment === null ? '–' : signedPercent(totals.netSentiment, format.percent)}
                hint={t('overview.netSentimentHint')}
              />
              <StatCard label={t('overview.alerts')} value={format.number(signals.data.alerts.length)} />
            </SimpleGrid>
            <Grid>
              <Grid.Col span={{ base: 12, lg: 9 }}>
                <Card withBorder component="section" aria-labelledby="overview-chart">
                  <Title order={2} size="h5" id="overview-chart">
                    {brand?.name}
                  </Title>
                  <Text size="xs" c="dimmed" mb="xs">
                    {t('overview.perInterval', { interval: t(`overview.intervals.${RANGES[range].intervalKey}`) })}
                  </Text>
                  <SignalChartView
                    series={signals.data}
                    height={340}
                    withDates={range !== 'day'}
                    onOpenAlert={(id) => void navigate(`/w/${workspace.id}/alerts?status=all&alert=${id}`)}
                    label={t('overview.chartLabel', {
                      brand: brand?.name ?? '',
                      range: t(`overview.ranges.${range}`),
                      total: format.number(totals.mentions),
                      negative: format.number(totals.negative),
                      alerts: format.number(signals.data.alerts.length),
                    })}
                  />
                </Card>
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 3 }}>
                <TopCategories series={signals.data} />
              </Grid.Col>
            </Grid>
          </>
        )}
      </Stack>
    </>
  );
}
