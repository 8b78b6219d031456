import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertSeverity, SignalSeries } from '../../../core/api';
import { intlTag, toLocale } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { EChart } from '../../ui/echart';
import { buildSignalChartOption, clickedAlertId, type SignalChartText } from './signal-chart';

interface SignalChartViewProps {
  series: SignalSeries;
  /** What the chart shows, for screen readers. */
  label: string;
  height?: number;
  /** Day and time on the axis for ranges longer than a day. */
  withDates?: boolean;
  highlight?: { from: number; to: number; severity: AlertSeverity };
  onOpenAlert?: (alertId: number) => void;
}

/** The signals chart in the UI language: mentions, negatives, the usual range and alert markers. */
export function SignalChartView({ series, label, height = 300, withDates = false, highlight, onOpenAlert }: SignalChartViewProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const tag = intlTag(toLocale(i18n.language));

  const text = useMemo<SignalChartText>(() => {
    const time = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' });
    const day = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short' });
    const full = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      mentions: t('overview.mentions'),
      negative: t('overview.negative'),
      expected: t('overview.expected'),
      band: t('overview.band'),
      alert: (severity) => t('overview.alertMarker', { severity: t(`alerts.severities.${severity}`) }),
      axisTime: (ms) => (withDates ? day.format(ms) : time.format(ms)),
      tooltipTime: (ms) => full.format(ms),
      number: format.number,
    };
  }, [t, tag, withDates, format.number]);

  const option = useMemo(() => buildSignalChartOption(series, text, highlight), [series, text, highlight]);

  return (
    <EChart
      option={option}
      height={height}
      label={label}
      onClick={(event) => {
        const id = clickedAlertId(event);
        if (id !== null) onOpenAlert?.(id);
      }}
    />
  );
}
