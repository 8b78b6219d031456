/** The list filters as the API takes them; dates are ISO strings. */
export interface MentionFiltersQuery {
  q?: string;
  brandId?: number;
  platform?: string;
  language?: string;
  author?: string;
  from?: string;
  to?: string;
  sentiment?: string;
  category?: string;
  spam?: 'hide' | 'only';
  minToxicity?: number;
  cluster?: string;
  post?: string;
}

/** The alert list filters as the API takes them. */
export interface AlertListQuery {
  status?: 'active' | 'open' | 'acknowledged' | 'snoozed' | 'resolved';
  severity?: 'info' | 'warning' | 'critical';
  brandId?: number;
}

/** A brand's signals between two instants (epoch ms), in intervals of `interval` minutes. */
export interface SignalsQuery {
  brandId: number;
  from: number;
  to: number;
  interval: number;
}
