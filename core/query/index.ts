export type {
  AndNode,
  FilterNode,
  HandleNode,
  HashtagNode,
  NotNode,
  OrNode,
  PhraseNode,
  QueryNode,
  TermNode,
  WatchQuery,
  WordNode,
} from './watch-query.ast';
export type { MatchableMention } from './mention.types';
export type { PreparedMention } from './mention.prepare';
export type { ParseResult, QueryErrorCode, QueryErrorParams, QuerySyntaxError } from './watch-query.errors';
export type { QueryErrorLocale } from './watch-query.messages';
export type { WatchQueryMatcher } from './watch-query.compiler';
export type { FilterField, FilterFieldSpec } from './filter-fields';

export { prepareMention } from './mention.prepare';
export { parseWatchQuery } from './watch-query.parser';
export { compileWatchQuery, matchWatchQuery } from './watch-query.compiler';
export { formatWatchQuery } from './watch-query.formatter';
export { describeQueryError } from './watch-query.messages';
export { WatchQuerySyntaxError } from './watch-query.errors';
export { normaliseQueryText } from './text.normalise';
export { FILTER_FIELDS, FILTER_FIELD_NAMES } from './filter-fields';
