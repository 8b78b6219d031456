import type { FilterField } from './filter-fields';

/**
 * Parsed watch query. Term values are already normalised (folded, without `#`/`@`), so the compiler
 * and formatter never normalise again. Nodes carry no source positions, so two queries that mean the
 * same thing in the same canonical form are deep-equal.
 */
export type WatchQuery = QueryNode;

export type QueryNode = AndNode | OrNode | NotNode | TermNode;
export type TermNode = WordNode | PhraseNode | HashtagNode | HandleNode | FilterNode;

/** All children must match. Nested ANDs are flattened by the parser. */
export interface AndNode {
  readonly type: 'and';
  readonly children: readonly QueryNode[];
}

/** Any child must match. Nested ORs are flattened by the parser. */
export interface OrNode {
  readonly type: 'or';
  readonly children: readonly QueryNode[];
}

export interface NotNode {
  readonly type: 'not';
  readonly child: QueryNode;
}

/** One word, matched with clitic tolerance; with `prefix`, any word starting with `value`. */
export interface WordNode {
  readonly type: 'word';
  readonly value: string;
  readonly prefix: boolean;
}

/** Consecutive words, each matched with clitic tolerance. */
export interface PhraseNode {
  readonly type: 'phrase';
  readonly words: readonly string[];
}

export interface HashtagNode {
  readonly type: 'hashtag';
  /** Without the `#`. */
  readonly value: string;
  readonly prefix: boolean;
}

/** A mention of `@value` in the text, or a post by `value`. */
export interface HandleNode {
  readonly type: 'handle';
  /** Without the `@`. */
  readonly value: string;
  readonly prefix: boolean;
}

export interface FilterNode {
  readonly type: 'filter';
  readonly field: FilterField;
  readonly value: string;
}
