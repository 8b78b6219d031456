import type { CrisisCategory } from '../analysis/analysis.types';
import type { CrisisType } from '../plan';
import type { SeverityInput } from './severity';

/** What an alert says about itself, as far as declaring an incident needs it. */
export interface AlertFacts {
  signal: string;
  category: CrisisCategory | null;
  /** The alert's categories by mentions, most first. */
  categories: readonly { category: CrisisCategory; mentions: number }[];
}

/** Categories that bring legal exposure by their nature; safety is a person's call, since most defects are not dangerous. */
const LEGAL_CATEGORIES: ReadonlySet<CrisisCategory> = new Set(['data_privacy', 'scandal_legal', 'account_security']);

/**
 * The crisis type an alert suggests: coordinated posting is an attack; a rule about a category names it;
 * otherwise the alert's leading category, and a wave with no clear topic is a negative wave.
 */
export function crisisTypeOfAlert(alert: AlertFacts): CrisisType {
  if (alert.signal === 'coordinated') return 'coordinated_attack';
  if (alert.category && alert.category !== 'other') return alert.category;
  const leading = alert.categories.find((c) => c.category !== 'other');
  return leading ? leading.category : 'negative_wave';
}

/** The flags a crisis type raises by default; people can still change them before declaring. */
export function defaultFlagsOf(type: CrisisType): Pick<SeverityInput, 'safety' | 'legal'> {
  return {
    safety: false,
    legal: (LEGAL_CATEGORIES as ReadonlySet<string>).has(type),
  };
}
