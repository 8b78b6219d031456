import type { AlertSeverity, SignalSeries } from '../../../core/api';
import type { EChartOption } from '../../ui/echart';
import { SEVERITY_HEX } from './alert-words';

export interface SignalChartText {
  mentions: string;
  negative: string;
  expected: string;
  band: string;
  /** The tooltip line of an alert marker. */
  alert: (severity: AlertSeverity) => string;
  /** Axis labels and the tooltip's heading. */
  axisTime: (ms: number) => string;
  tooltipTime: (ms: number) => string;
  number: (value: number) => string;
}

/** A marker's data item; clicks hand it back, so it carries the alert's id. */
export interface AlertMarker {
  alertId: number;
  severity: AlertSeverity;
}

const MENTIONS_COLOR = '#495057';
const NEGATIVE_COLOR = '#c92a2a';
const BAND_COLOR = 'rgba(34, 139, 230, 0.16)';
const EXPECTED_COLOR = '#1c7ed6';
const BAND_STACK = 'usual';

/** The alert id of a clicked marker, if a marker was clicked. */
export function clickedAlertId(event: { componentType: string; data: unknown }): number | null {
  if (event.componentType !== 'markPoint' && event.componentType !== 'markLine') return null;
  const id = (event.data as Partial<AlertMarker> | null)?.alertId;
  return typeof id === 'number' ? id : null;
}

/**
 * Mentions and negative mentions over time, with the usual range (the detector's band, drawn as the
 * lower edge plus a shaded stack up to the upper edge) and a coloured pin and line per alert.
 * `highlight` draws the window of one alert as a shaded area.
 */
export function buildSignalChartOption(
  series: SignalSeries,
  text: SignalChartText,
  highlight?: { from: number; to: number; severity: AlertSeverity },
): EChartOption {
  const points = series.points;
  const at = (p: (typeof points)[number], value: number | null) => [p.t, value] as [number, number | null];
  const heightAt = (t: number) => {
    const near = points.reduce<(typeof points)[number] | undefined>(
      (best, p) => (best === undefined || Math.abs(p.t - t) < Math.abs(best.t - t) ? p : best),
      undefined,
    );
    return Math.max(near?.mentions ?? 0, near?.upper ?? 0);
  };
  const markers = series.alerts.map((alert) => ({
    alertId: alert.id,
    severity: alert.severity,
    name: text.alert(alert.severity),
    coord: [alert.at, heightAt(alert.at)],
    itemStyle: { color: SEVERITY_HEX[alert.severity] },
  }));

  return {
    animation: false,
    grid: { left: 48, right: 24, top: 40, bottom: 32 },
    legend: { top: 0, data: [text.mentions, text.negative, text.expected, text.band] },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const first = list[0] as { value?: unknown } | undefined;
        const t = Array.isArray(first?.value) ? Number(first.value[0]) : NaN;
        const lines = list
          .filter((p) => p.seriesName !== 'lower')
          .map((p) => {
            const value = Array.isArray(p.value) ? (p.value[1] as number | null) : null;
            const shown = p.seriesName === text.band ? bandText(points, t, text) : value === null ? '–' : text.number(value);
            return `${p.marker as string} ${p.seriesName}: <b>${shown}</b>`;
          });
        return [Number.isNaN(t) ? '' : `<b>${text.tooltipTime(t)}</b>`, ...lines].join('<br/>');
      },
    },
    xAxis: {
      type: 'time',
      axisLabel: { formatter: (value: number) => text.axisTime(value), hideOverlap: true },
    },
    yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#e9ecef' } } },
    series: [
      {
        name: 'lower',
        type: 'line',
        stack: BAND_STACK,
        data: points.map((p) => at(p, p.lower)),
        lineStyle: { opacity: 0 },
        symbol: 'none',
        silent: true,
        tooltip: { show: false },
      },
      {
        name: text.band,
        type: 'line',
        stack: BAND_STACK,
        data: points.map((p) => at(p, p.upper === null || p.lower === null ? null : p.upper - p.lower)),
        lineStyle: { opacity: 0 },
        areaStyle: { color: BAND_COLOR },
        itemStyle: { color: BAND_COLOR },
        symbol: 'none',
        silent: true,
      },
      {
        name: text.expected,
        type: 'line',
        data: points.map((p) => at(p, p.expected)),
        lineStyle: { color: EXPECTED_COLOR, type: 'dashed', width: 1 },
        itemStyle: { color: EXPECTED_COLOR },
        symbol: 'none',
      },
      {
        name: text.mentions,
        type: 'line',
        data: points.map((p) => at(p, p.mentions)),
        lineStyle: { color: MENTIONS_COLOR, width: 2 },
        itemStyle: { color: MENTIONS_COLOR },
        areaStyle: { color: 'rgba(73, 80, 87, 0.08)' },
        symbol: 'none',
        markPoint: { symbol: 'pin', symbolSize: 34, data: markers, label: { show: false } },
        markLine: {
          symbol: 'none',
          label: { show: false },
          data: markers.map((m) => ({
            alertId: m.alertId,
            severity: m.severity,
            name: m.name,
            xAxis: m.coord[0],
            lineStyle: { color: SEVERITY_HEX[m.severity], type: 'solid', width: 1.5 },
          })),
        },
        ...(highlight && {
          markArea: {
            silent: true,
            itemStyle: { color: `${SEVERITY_HEX[highlight.severity]}22` },
            data: [[{ xAxis: highlight.from }, { xAxis: highlight.to }]],
          },
        }),
      },
      {
        name: text.negative,
        type: 'line',
        data: points.map((p) => at(p, p.negative)),
        lineStyle: { color: NEGATIVE_COLOR, width: 2 },
        itemStyle: { color: NEGATIVE_COLOR },
        symbol: 'none',
      },
    ],
  };
}

function bandText(points: SignalSeries['points'], t: number, text: SignalChartText): string {
  const point = points.find((p) => p.t === t);
  if (point?.lower == null || point.upper == null) return '–';
  return `${text.number(Math.round(point.lower))}–${text.number(Math.round(point.upper))}`;
}
