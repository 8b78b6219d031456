import type { MatchableMention } from './mention.types';
import { normaliseHandle, normaliseLanguage, normaliseValue } from './text.normalise';

export interface FilterFieldSpec {
  /** The mention's raw value for this field. */
  read(mention: MatchableMention): string | null | undefined;
  /** Applied to both the mention's value and the query's value, so they compare with `===`. */
  normalise(value: string): string;
  /** Shown in error messages. */
  example: string;
}

/** Every `field:value` filter the language knows. Adding a filter is one line here. */
export const FILTER_FIELDS = {
  lang: { read: (m) => m.language, normalise: normaliseLanguage, example: 'lang:id' },
  platform: { read: (m) => m.platform, normalise: normaliseValue, example: 'platform:instagram' },
  author: { read: (m) => m.authorHandle, normalise: normaliseHandle, example: 'author:budi' },
} satisfies Record<string, FilterFieldSpec>;

export type FilterField = keyof typeof FILTER_FIELDS;

export const FILTER_FIELD_NAMES = Object.keys(FILTER_FIELDS) as FilterField[];

export function isFilterField(name: string): name is FilterField {
  return Object.hasOwn(FILTER_FIELDS, name);
}
