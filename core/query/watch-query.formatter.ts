import type { QueryNode, TermNode, WatchQuery } from './watch-query.ast';

/** Binding strength; a child binding more loosely than its context needs parentheses. */
const PRECEDENCE = { or: 1, and: 2, not: 3, term: 4 } as const;

function precedence(node: QueryNode): number {
  return node.type === 'or' || node.type === 'and' || node.type === 'not' ? PRECEDENCE[node.type] : PRECEDENCE.term;
}

/** Filter values are bare unless something in them would end or change the lexeme. */
function filterValue(value: string): string {
  return value === '' || /[\s()"]/.test(value) ? `"${value}"` : value;
}

function formatTerm(node: TermNode): string {
  switch (node.type) {
    case 'word':
      return node.prefix ? `${node.value}*` : node.value;
    case 'phrase':
      return `"${node.words.join(' ')}"`;
    case 'hashtag':
      return `#${node.value}${node.prefix ? '*' : ''}`;
    case 'handle':
      return `@${node.value}${node.prefix ? '*' : ''}`;
    case 'filter':
      return `${node.field}:${filterValue(node.value)}`;
  }
}

function format(node: QueryNode, context: number): string {
  const text = formatUnwrapped(node);
  return precedence(node) < context ? `(${text})` : text;
}

function formatUnwrapped(node: QueryNode): string {
  switch (node.type) {
    case 'or':
      return node.children.map((child) => format(child, PRECEDENCE.or)).join(' OR ');
    case 'and':
      return node.children.map((child) => format(child, PRECEDENCE.and)).join(' AND ');
    case 'not':
      return `NOT ${format(node.child, PRECEDENCE.not)}`;
    default:
      return formatTerm(node);
  }
}

/**
 * The canonical text of a query: normalised terms, explicit upper-case operators, and parentheses
 * only where precedence needs them. Parsing the result gives back an equal query.
 */
export function formatWatchQuery(query: WatchQuery): string {
  return format(query, PRECEDENCE.or);
}
