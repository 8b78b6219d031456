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
}
