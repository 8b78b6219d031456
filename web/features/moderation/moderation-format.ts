import type { TFunction } from 'i18next';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A policy window in words: whole days as days, anything else in hours. */
export function formatWindow(t: TFunction, ms: number): string {
  if (ms % DAY === 0) return t('moderation.days', { count: ms / DAY });
  return t('moderation.hours', { count: Math.round(ms / HOUR) });
}
