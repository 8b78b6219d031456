import { Anchor, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Alert } from '../../../core/api';
import { MIN_UNUSUAL_PER_HOUR, UNUSUAL_FLOOR_SHARE } from '../../../core/detection/velocity-verdict';
import { useFormat } from '../../i18n/format';

/** The least velocity a post far faster than usual needs to fire. */
const leastUnusual = (floor: number) => Math.max(MIN_UNUSUAL_PER_HOUR, floor * UNUSUAL_FLOOR_SHARE);

/** Why an engagement-velocity alert fired: how fast the post gains engagement, against the brand's usual posts and the floor. */
export function VelocityWhy({ alert }: { alert: Alert }) {
  const { t } = useTranslation();
  const format = useFormat();
  const r = alert.reason;
  const v = r.velocity;
  // Whole numbers from 100 on, one decimal below.
  const one = (value: number) => format.number(value >= 100 ? Math.round(value) : Math.round(value * 10) / 10);
  const post = r.post;
  const perHour = v?.perHour ?? r.observed;
  const facts = {
    post: post ? `${post.platform} ${post.externalId}` : '',
    posted: post ? format.dateTime(post.createdAt) : '',
    perHour: one(perHour),
    gained: format.number(v?.gained ?? 0),
    engagement: format.number(v?.engagement ?? 0),
    from: format.dateTime(v?.from ?? r.windowStart),
    to: format.dateTime(v?.to ?? r.windowEnd),
  };

  return (
    <>
      <Text size="sm">{v?.basis === 'age' ? t('alerts.whyVelocityAge', facts) : t('alerts.whyVelocity', facts)}</Text>
      <Text size="sm">
        {v && v.usualPerHour !== null && v.multiple !== null
          ? t('alerts.whyVelocityUsual', {
              times: one(v.multiple),
              usual: one(v.usualPerHour),
              share: format.percent(v.shareBelow ?? 0),
              unusual: one(Math.max(v.unusualPerHour ?? 0, leastUnusual(r.minPerHour))),
            })
          : t('alerts.whyVelocityLearning')}
      </Text>
      <Text size="sm">
        {t('alerts.whyVelocityFloor', { floor: format.number(r.minPerHour), least: format.number(leastUnusual(r.minPerHour)) })}
      </Text>
      {v && <Text size="sm">{t('alerts.whyVelocityPeak', { peak: one(v.peakPerHour), snapshots: format.number(v.snapshots) })}</Text>}
      <SimpleGrid cols={3} spacing="sm" mt={4} aria-label={t('alerts.velocityTitle')}>
        <Fact label={t('alerts.velocityNow')} value={t('alerts.velocityValue', { count: one(perHour) })} />
        <Fact label={t('alerts.velocityPeak')} value={t('alerts.velocityValue', { count: one(v?.peakPerHour ?? perHour) })} />
        <Fact
          label={t('alerts.velocityUsual')}
          value={v?.usualPerHour === null || v === undefined ? '–' : t('alerts.velocityValue', { count: one(v.usualPerHour) })}
        />
      </SimpleGrid>
      {post?.url && (
        <Anchor href={post.url} target="_blank" rel="noreferrer" size="sm">
          {t('alerts.openPost')}
        </Anchor>
      )}
    </>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" fw={600}>
        {value}
      </Text>
    </div>
  );
}
