import { Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentionDetail } from '../../../core/api';
import { engagementCurve } from '../../../core/detection/engagement-velocity';
import { intlTag, toLocale } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { EChart, type EChartOption } from '../../ui/echart';

/** A rate to show: whole numbers from 100 on, one decimal below. */
const round = (value: number) => (value >= 100 ? Math.round(value) : Math.round(value * 10) / 10);

/** The post's likes, comments and shares over time: from zero when posted through each reading. */
function buildEngagementOption(
  points: { t: number; engagement: number }[],
  seriesName: string,
  time: (ms: number) => string,
  number: (value: number) => string,
): EChartOption {
  return {
    animation: false,
    grid: { left: 48, right: 16, top: 12, bottom: 28 },
    tooltip: { trigger: 'axis', valueFormatter: (value) => (typeof value === 'number' ? number(value) : String(value)) },
    xAxis: { type: 'time', axisLabel: { formatter: (value: number) => time(value), hideOverlap: true } },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { formatter: (value: number) => number(value) },
      splitLine: { lineStyle: { color: '#e9ecef' } },
    },
    series: [
      {
        name: seriesName,
        type: 'line',
        data: points.map((p) => [p.t, p.engagement]),
        symbolSize: 6,
        lineStyle: { width: 2 },
        areaStyle: { opacity: 0.08 },
      },
    ],
  };
}

/** How fast the post gathers likes, comments and shares, and a small chart of its readings. */
export function EngagementPanel({ mention }: { mention: MentionDetail }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const tag = intlTag(toLocale(i18n.language));
  const { snapshots, velocity } = mention.engagement;
  const clock = useMemo(() => new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' }), [tag]);
  const points = useMemo(() => engagementCurve(mention.createdAt, snapshots), [mention.createdAt, snapshots]);
  const option = useMemo(
    () => buildEngagementOption(points, t('mentions.engagementSeries'), (ms) => clock.format(ms), format.number),
    [points, t, clock, format.number],
  );
  if (!velocity) return null;
  const last = points[points.length - 1]!;

  return (
    <Stack gap={4} component="section" aria-labelledby="mention-velocity">
      <Title order={3} size="h5" id="mention-velocity">
        {t('mentions.velocityTitle')}
      </Title>
      <Text fw={600}>{t('mentions.velocityValue', { count: format.number(round(velocity.perHour)) })}</Text>
      <Text size="sm" c="dimmed">
        {velocity.basis === 'snapshots'
          ? t('mentions.velocityBasisSnapshots', {
              gained: format.number(velocity.gained),
              from: format.dateTime(velocity.from),
              to: format.dateTime(velocity.to),
            })
          : t('mentions.velocityBasisAge', {
              engagement: format.number(velocity.engagement),
              from: format.dateTime(velocity.from),
              to: format.dateTime(velocity.to),
            })}{' '}
        {t('mentions.velocityReadings', { count: snapshots.length })}
      </Text>
      <EChart
        option={option}
        height={160}
        label={t('mentions.engagementChartLabel', {
          from: format.dateTime(points[0]!.t),
          to: format.dateTime(last.t),
          engagement: format.number(last.engagement),
          count: snapshots.length,
        })}
      />
    </Stack>
  );
}
