import { strippedForms } from './clitics';
import { FILTER_FIELD_NAMES, FILTER_FIELDS, type FilterField } from './filter-fields';
import type { MatchableMention } from './mention.types';
import { normaliseQueryText } from './text.normalise';
import { tokenise, type TokenSink } from './text.tokeniser';

/** A mention normalised and indexed once, so every compiled query only does set lookups on it. */
export interface PreparedMention {
  /** Words, their clitic-stripped and hyphen-joined forms, `#hashtags` and `@handles`. */
  readonly terms: ReadonlySet<string>;
  /** Words in reading order, for phrases and `prefix*` terms. */
  readonly words: readonly string[];
  /** `#hashtags` and `@handles` in reading order, for `#prefix*` and `@prefix*` terms. */
  readonly tags: readonly string[];
  /** Filter field values, normalised as the field's spec says; null when the mention has none. */
  readonly fields: Readonly<Record<FilterField, string | null>>;
}

class MentionIndexer implements TokenSink {
  readonly terms = new Set<string>();
  readonly words: string[] = [];
  readonly tags: string[] = [];

  word(token: string): void {
    this.words.push(token);
    this.addWithStrippedForms(token);
  }

  joined(form: string): void {
    this.addWithStrippedForms(form);
  }

  tag(token: string): void {
    this.tags.push(token);
    this.terms.add(token);
  }

  private addWithStrippedForms(token: string): void {
    this.terms.add(token);
    for (const form of strippedForms(token)) this.terms.add(form);
  }
}

function readFields(mention: MatchableMention): Record<FilterField, string | null> {
  const fields = {} as Record<FilterField, string | null>;
  for (const name of FILTER_FIELD_NAMES) {
    const spec = FILTER_FIELDS[name];
    const raw = spec.read(mention);
    const value = raw == null ? '' : spec.normalise(raw);
    fields[name] = value === '' ? null : value;
  }
  return fields;
}

/** Normalises and indexes a mention in a single pass over its text; do it once per mention. */
export function prepareMention(mention: MatchableMention): PreparedMention {
  const indexer = new MentionIndexer();
  tokenise(normaliseQueryText(mention.text), indexer);
  return { terms: indexer.terms, words: indexer.words, tags: indexer.tags, fields: readFields(mention) };
}
