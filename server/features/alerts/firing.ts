import type { AlertReason, AlertRule, AlertSeverity } from '../../../core/api';

/** One firing of a rule: the alert it raises, or the update of the open alert with the same group key. */
export interface Firing {
  groupKey: string;
  /** Start of the interval (or window) that fired. */
  t: number;
  reason: AlertReason;
  severity: AlertSeverity;
  /** The detector raised it now; otherwise an ongoing burst only follows an alert already open. */
  alert: boolean;
  /** The usual mentions an hour, for the impact's speed. */
  usualPerHour: number | null;
  /** The reason to keep on the open alert; by default the larger observation, or the new one at a new firing. */
  merge?: (previous: AlertReason, next: AlertReason) => AlertReason;
}

/** `value` rounded to `digits` decimals, as alert reasons show numbers. */
export const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** What a watcher outside the engine needs from it: raising alerts and the per-rule, per-brand detector state. */
export interface EngineKit {
  raise(workspaceId: number, rule: AlertRule, brandId: number, firing: Firing): Promise<void>;
  stateFor<T>(ruleId: number, brandId: number, restore: (json: string) => T, empty: () => T): Promise<T>;
  saveState(workspaceId: number, ruleId: number, brandId: number, state: unknown): Promise<void>;
}
