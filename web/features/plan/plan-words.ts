import type { TFunction } from 'i18next';
import { splitMinutes } from './playbook-draft';

/** "within 1 d 2 h" / "dalam 1 hari 2 jam", or "no deadline". */
export function dueLabel(t: TFunction, minutes: number | null): string {
  if (minutes === null) return t('plan.duration.open');
  const { days, hours, minutes: rest } = splitMinutes(minutes);
  const parts = [
    ...(days > 0 ? [t('plan.duration.days', { count: days })] : []),
    ...(hours > 0 ? [t('plan.duration.hours', { count: hours })] : []),
    ...(rest > 0 || minutes === 0 ? [t('plan.duration.minutes', { count: rest })] : []),
  ];
  return t('plan.duration.within', { duration: parts.join(' ') });
}
