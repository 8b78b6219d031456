import type { TFunction } from 'i18next';
import type { Alert, AlertSeverity, AlertStatus, ImpactScope, Sensitivity, SignalKind } from '../../../core/api';

// Kept here rather than imported from core/api, whose schemas would bring the validation library
// into the browser bundle; the `satisfies` checks keep the lists in step with the API.
export const ALERT_SEVERITIES = ['info', 'warning', 'critical'] as const satisfies readonly AlertSeverity[];
export const ALERT_STATUSES = ['open', 'acknowledged', 'snoozed', 'resolved'] as const satisfies readonly AlertStatus[];
export const SIGNAL_KINDS = [
  'volume',
  'negative_volume',
  'negative_share',
  'reach_negativity',
  'unique_authors',
  'category_volume',
  'net_sentiment',
  'emerging_term',
  'coordinated',
  'virality',
  'engagement_velocity',
] as const satisfies readonly SignalKind[];
/** The signals a rule can watch. */
export const RULE_SIGNAL_KINDS = SIGNAL_KINDS;

/** What a rule's floor counts, which names it in the rule screens. */
export type FloorKind = 'count' | 'share' | 'term' | 'accounts' | 'virality' | 'velocity';
export function floorKindOf(signal: SignalKind): FloorKind {
  if (signal === 'negative_share' || signal === 'net_sentiment') return 'share';
  if (signal === 'emerging_term') return 'term';
  if (signal === 'coordinated') return 'accounts';
  if (signal === 'virality') return 'virality';
  if (signal === 'engagement_velocity') return 'velocity';
  return 'count';
}

/** The floor a new rule starts with, per signal (the workspace's default rules use the same). */
export const SUGGESTED_FLOORS: Record<FloorKind, number> = { count: 20, share: 30, term: 10, accounts: 10, virality: 100, velocity: 500 };
export const SENSITIVITIES = ['low', 'medium', 'high'] as const satisfies readonly Sensitivity[];
export const SCOPES = ['local', 'national', 'international'] as const satisfies readonly ImpactScope[];

/** Mantine colours; the chart uses the same hues so a marker matches its badge. */
export const SEVERITY_COLORS: Record<AlertSeverity, string> = { info: 'blue', warning: 'orange', critical: 'red' };
export const SEVERITY_HEX: Record<AlertSeverity, string> = { info: '#1c7ed6', warning: '#e8590c', critical: '#c92a2a' };
export const STATUS_COLORS: Record<AlertStatus, string> = { open: 'red', acknowledged: 'blue', snoozed: 'gray', resolved: 'teal' };

/**
 * What happened, in words: "Lonjakan penyebutan negatif", "Lonjakan kategori krisis: Hoaks atau
 * misinformasi" or 'Istilah baru mencuat: "#boikotrasamie"'.
 */
export function alertHeadline(t: TFunction, alert: Pick<Alert, 'reason'>): string {
  const what = t(`alerts.signals.${alert.reason.signal}`);
  if (alert.reason.category) return `${what}: ${t(`analysis.categoryNames.${alert.reason.category}`)}`;
  return alert.reason.term ? `${what}: "${alert.reason.term}"` : what;
}

/** How many times the usual a value is, or null where the usual is nothing. */
export function timesUsual(observed: number, expected: number): number | null {
  return expected > 0 ? observed / expected : null;
}

/** Entries of a count map, largest first. */
export function largestFirst(counts: Record<string, number>): [string, number][] {
  return Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
