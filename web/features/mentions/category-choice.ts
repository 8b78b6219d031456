import type { CrisisCategory } from '../../../core/analysis/analysis.types';

/** "Other" means none of the rest: choosing it clears the others, and choosing another clears it. */
export function withoutContradiction(previous: readonly CrisisCategory[], next: CrisisCategory[]): CrisisCategory[] {
  const added = next.filter((c) => !previous.includes(c));
  if (added.includes('other')) return ['other'];
  return next.length > 1 ? next.filter((c) => c !== 'other') : next;
}
