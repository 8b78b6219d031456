import { tokenMatchesWord } from './clitics';
import { prepareMention, type PreparedMention } from './mention.prepare';
import type { MatchableMention } from './mention.types';
import type { FilterNode, PhraseNode, QueryNode, WatchQuery } from './watch-query.ast';
import { WatchQuerySyntaxError } from './watch-query.errors';
import { parseWatchQuery } from './watch-query.parser';

export type WatchQueryMatcher = (mention: PreparedMention) => boolean;

function hasTerm(term: string): WatchQueryMatcher {
  return (m) => m.terms.has(term);
}

function anyStartsWith(list: readonly string[], prefix: string): boolean {
  for (const item of list) if (item.startsWith(prefix)) return true;
  return false;
}

function phrase(words: readonly string[]): WatchQueryMatcher {
  const length = words.length;
  return (m) => {
    // Every word of a phrase is indexed on its own, so the set rejects nearly every mention cheaply.
    for (const word of words) if (!m.terms.has(word)) return false;
    const sequence = m.words;
    scan: for (let start = 0; start + length <= sequence.length; start++) {
      for (let k = 0; k < length; k++) {
        if (!tokenMatchesWord(sequence[start + k] ?? '', words[k] ?? '')) continue scan;
      }
      return true;
    }
    return false;
  };
}

function filter({ field, value }: FilterNode): WatchQueryMatcher {
  return (m) => m.fields[field] === value;
}

function handle(value: string, prefix: boolean): WatchQueryMatcher {
  const tag = `@${value}`;
  if (prefix) return (m) => anyStartsWith(m.tags, tag) || (m.fields.author?.startsWith(value) ?? false);
  return (m) => m.terms.has(tag) || m.fields.author === value;
}

function phraseOrWord({ words }: PhraseNode): WatchQueryMatcher {
  const [only] = words;
  return words.length === 1 && only !== undefined ? hasTerm(only) : phrase(words);
}

/** Rough relative cost, so AND and OR try the set lookups before scans and give up or succeed early. */
function cost(node: QueryNode): number {
  switch (node.type) {
    case 'and':
    case 'or':
      return node.children.reduce((sum, child) => sum + cost(child), 0);
    case 'not':
      return cost(node.child);
    case 'phrase':
      return node.words.length > 1 ? 4 : 1;
    case 'word':
    case 'hashtag':
    case 'handle':
      return node.prefix ? 8 : 1;
    case 'filter':
      return 1;
  }
}

function cheapestFirst(children: readonly QueryNode[]): WatchQueryMatcher[] {
  return [...children].sort((a, b) => cost(a) - cost(b)).map(compileNode);
}

function allOf(matchers: WatchQueryMatcher[]): WatchQueryMatcher {
  return (m) => {
    for (const matcher of matchers) if (!matcher(m)) return false;
    return true;
  };
}

function anyOf(matchers: WatchQueryMatcher[]): WatchQueryMatcher {
  return (m) => {
    for (const matcher of matchers) if (matcher(m)) return true;
    return false;
  };
}

function compileNode(node: QueryNode): WatchQueryMatcher {
  switch (node.type) {
    case 'and':
      return allOf(cheapestFirst(node.children));
    case 'or':
      return anyOf(cheapestFirst(node.children));
    case 'not': {
      const inner = compileNode(node.child);
      return (m) => !inner(m);
    }
    case 'word':
      return node.prefix ? (m) => anyStartsWith(m.words, node.value) : hasTerm(node.value);
    case 'phrase':
      return phraseOrWord(node);
    case 'hashtag': {
      const tag = `#${node.value}`;
      return node.prefix ? (m) => anyStartsWith(m.tags, tag) : hasTerm(tag);
    }
    case 'handle':
      return handle(node.value, node.prefix);
    case 'filter':
      return filter(node);
  }
}

/** Turns a parsed query into a closure over set lookups; compile once, run on every prepared mention. */
export function compileWatchQuery(query: WatchQuery): WatchQueryMatcher {
  return compileNode(query);
}

/** One-off convenience that parses, compiles and prepares on every call; throws `WatchQuerySyntaxError`. */
export function matchWatchQuery(source: string, mention: MatchableMention): boolean {
  const parsed = parseWatchQuery(source);
  if (!parsed.ok) throw new WatchQuerySyntaxError(parsed.error);
  return compileWatchQuery(parsed.query)(prepareMention(mention));
}
