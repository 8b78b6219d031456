import type { Sensitivity } from './detection.types';

/**
 * Scores are −log10 of a tail probability divided by SCORE_DECADES, capped at 1: a score of 0.5 is a
 * one-in-100,000 surprise for the series. Linear in decades, so thresholds read as p-values.
 */
export const SCORE_DECADES = 10;

export function scoreFromPValue(pValue: number): number {
  if (!(pValue > 0)) return 1;
  return Math.min(1, Math.max(0, -Math.log10(pValue) / SCORE_DECADES));
}

export function pValueFromScore(score: number): number {
  return 10 ** (-score * SCORE_DECADES);
}

/** The score at which each sensitivity raises an alert, and the lower one that keeps a burst open. */
export const SENSITIVITY_THRESHOLDS: Record<Sensitivity, { on: number; off: number }> = {
  high: { on: 0.3, off: 0.15 },
  medium: { on: 0.36, off: 0.18 },
  low: { on: 0.45, off: 0.22 },
};
