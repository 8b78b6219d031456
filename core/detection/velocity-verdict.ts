import type { Sensitivity } from './detection.types';
import { VELOCITY_MULTIPLES, VELOCITY_QUANTILES, type VelocityBaseline } from './velocity-baseline';

export interface VelocityRule {
  sensitivity: Sensitivity;
  /** Engagement per hour at which a post is flagged whatever the brand's usual. */
  floorPerHour: number;
}

export interface VelocityVerdict {
  fires: boolean;
  /** At or over the rule's floor. */
  overFloor: boolean;
  /** Faster than the brand's usual posts by the rule's sensitivity. */
  unusual: boolean;
  /** The brand's median post (engagement per hour); null before the baseline is warm. */
  usualPerHour: number | null;
  /** The velocity beyond which a post is unusual for the brand; null before the baseline is warm. */
  unusualPerHour: number | null;
  /** (velocity + 1) / (median + 1): how many times the usual post; null before the baseline is warm. */
  multiple: number | null;
  /** The share of the brand's posts slower than this one (0…1); null before the baseline is warm. */
  shareBelow: number | null;
  /** 0…1: the larger of that share and the velocity's fraction of the floor. */
  score: number;
}

/**
 * The least velocity a post needs to be flagged as unusual for its brand: at least this many an hour
 * and a tenth of the floor, so a brand whose posts get nothing is not woken by ten likes.
 */
export const MIN_UNUSUAL_PER_HOUR = 10;
export const UNUSUAL_FLOOR_SHARE = 0.1;

/**
 * Whether a post's velocity should raise an alert: over the rule's floor, or unusual for the brand
 * (beyond the sensitivity's quantile of its posts and several times its median) once the baseline has
 * seen enough posts. The baseline must not yet contain the post itself.
 */
export function judgeEngagementVelocity(perHour: number, baseline: VelocityBaseline, rule: VelocityRule): VelocityVerdict {
  const overFloor = rule.floorPerHour > 0 && perHour >= rule.floorPerHour;
  const floorScore = rule.floorPerHour > 0 ? Math.min(1, perHour / rule.floorPerHour) : 0;
  if (!baseline.isWarm()) {
    return {
      fires: overFloor,
      overFloor,
      unusual: false,
      usualPerHour: null,
      unusualPerHour: null,
      multiple: null,
      shareBelow: null,
      score: floorScore,
    };
  }
  const usualPerHour = baseline.quantile(0.5) ?? 0;
  const unusualPerHour = baseline.quantile(VELOCITY_QUANTILES[rule.sensitivity]) ?? 0;
  const multiple = (perHour + 1) / (usualPerHour + 1);
  const shareBelow = baseline.shareBelow(perHour) ?? 0;
  const least = Math.max(MIN_UNUSUAL_PER_HOUR, UNUSUAL_FLOOR_SHARE * rule.floorPerHour);
  const unusual = perHour >= least && perHour > unusualPerHour && multiple >= VELOCITY_MULTIPLES[rule.sensitivity];
  return {
    fires: overFloor || unusual,
    overFloor,
    unusual,
    usualPerHour,
    unusualPerHour,
    multiple,
    shareBelow,
    score: Math.max(floorScore, shareBelow),
  };
}
