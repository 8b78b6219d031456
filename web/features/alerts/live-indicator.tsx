import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveStatus } from './live-updates';

const LABEL_KEYS = { live: 'alerts.live', connecting: 'alerts.liveConnecting', offline: 'alerts.liveOffline' } as const;
const COLORS: Record<LiveStatus, string> = { live: 'teal', connecting: 'gray', offline: 'orange' };

/** A small badge saying whether the page follows live events; announced when it changes. */
export function LiveIndicator({ status }: { status: LiveStatus }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('alerts.liveHint')} withArrow>
      <Badge
        color={COLORS[status]}
        variant="dot"
        size="lg"
        role="status"
        aria-live="polite"
        data-live={status}
        style={{ textTransform: 'none' }}
      >
        {t(LABEL_KEYS[status])}
      </Badge>
    </Tooltip>
  );
}
