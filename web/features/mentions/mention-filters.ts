import type { MentionFiltersQuery } from '../../api/mentions';

/** The mention filters as kept in the URL; an empty string means "not set". */
export interface MentionFilters {
  q: string;
  brandId: string;
  platform: string;
  language: string;
  author: string;
  /** `YYYY-MM-DD`, a day in the viewer's time zone. */
  from: string;
  to: string;
  sentiment: string;
  category: string;
  /** `hide` or `only` */
  spam: string;
  /** `1` shows only toxic mentions */
  toxic: string;
  cluster: string;
  /** A post's external id: the post and its replies and reshares. */
  post: string;
  /** Epoch ms: an exact time window, as an alert links to its mentions; wins over the days. */
  after: string;
  before: string;
}

export const FILTER_KEYS = [
  'q',
  'brandId',
  'platform',
  'language',
  'author',
  'from',
  'to',
  'sentiment',
  'category',
  'spam',
  'toxic',
  'cluster',
  'post',
  'after',
  'before',
] as const;

/** A toxicity score from which a mention counts as toxic in the filter. */
export const TOXIC_FROM = 0.5;
const SENTIMENT_VALUES = new Set(['negative', 'neutral', 'positive']);
const CATEGORY_VALUE = /^[a-z_]{2,40}$/;
const CLUSTER_VALUE = /^[0-9a-z]{1,64}$/;

export const EMPTY_FILTERS: MentionFilters = {
  q: '',
  brandId: '',
  platform: '',
  language: '',
  author: '',
  from: '',
  to: '',
  sentiment: '',
  category: '',
  spam: '',
  toxic: '',
  cluster: '',
  post: '',
  after: '',
  before: '',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const EPOCH_MS = /^\d{10,13}$/;

export function readMentionFilters(params: URLSearchParams): MentionFilters {
  const filters = { ...EMPTY_FILTERS };
  for (const key of FILTER_KEYS) filters[key] = params.get(key)?.trim() ?? '';
  if (!/^\d+$/.test(filters.brandId)) filters.brandId = '';
  if (!DAY.test(filters.from)) filters.from = '';
  if (!DAY.test(filters.to)) filters.to = '';
  if (!SENTIMENT_VALUES.has(filters.sentiment)) filters.sentiment = '';
  if (!CATEGORY_VALUE.test(filters.category)) filters.category = '';
  if (filters.spam !== 'hide' && filters.spam !== 'only') filters.spam = '';
  if (filters.toxic !== '1') filters.toxic = '';
  if (!CLUSTER_VALUE.test(filters.cluster)) filters.cluster = '';
  if (filters.post.length > 200) filters.post = '';
  if (!EPOCH_MS.test(filters.after)) filters.after = '';
  if (!EPOCH_MS.test(filters.before)) filters.before = '';
  return filters;
}

/**
 * Writes the filters into `params`, keeping unrelated parameters (such as the open mention)
 * and leaving out empty ones so shared links stay short.
 */
export function writeMentionFilters(filters: MentionFilters, params = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of FILTER_KEYS) {
    const value = filters[key].trim();
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

export function hasActiveFilters(filters: MentionFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key].trim() !== '');
}

/** A local calendar day's first or last millisecond, as an ISO instant. */
export function dayBoundary(day: string, edge: 'start' | 'end'): string | undefined {
  if (!DAY.test(day)) return undefined;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const at = edge === 'start' ? new Date(year, month - 1, date, 0, 0, 0, 0) : new Date(year, month - 1, date, 23, 59, 59, 999);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/** The filters as API query parameters; the "to" day is included in full. */
export function toMentionQuery(filters: MentionFilters): MentionFiltersQuery {
  const query: MentionFiltersQuery = {};
  if (filters.q.trim()) query.q = filters.q.trim();
  if (filters.brandId) query.brandId = Number(filters.brandId);
  if (filters.platform) query.platform = filters.platform;
  if (filters.language) query.language = filters.language;
  if (filters.author.trim()) query.author = filters.author.trim();
  const from = dayBoundary(filters.from, 'start');
  const to = dayBoundary(filters.to, 'end');
  if (from) query.from = from;
  if (to) query.to = to;
  if (filters.after) query.from = new Date(Number(filters.after)).toISOString();
  if (filters.before) query.to = new Date(Number(filters.before)).toISOString();
  if (filters.sentiment) query.sentiment = filters.sentiment;
  if (filters.category) query.category = filters.category;
  if (filters.spam === 'hide' || filters.spam === 'only') query.spam = filters.spam;
  if (filters.toxic === '1') query.minToxicity = TOXIC_FROM;
  if (filters.cluster) query.cluster = filters.cluster;
  if (filters.post) query.post = filters.post;
  return query;
}
