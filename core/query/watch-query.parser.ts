import type { QueryNode, WatchQuery } from './watch-query.ast';
import { WatchQuerySyntaxError, type ParseResult } from './watch-query.errors';
import { lex, type Lexeme } from './watch-query.lexer';
import { failQuery } from './watch-query.messages';
import { termFromLexeme } from './watch-query.terms';

/** Lexemes that can begin an operand, which is what makes juxtaposition an implicit AND. */
function startsOperand(lexeme: Lexeme): boolean {
  switch (lexeme.kind) {
    case 'word':
    case 'phrase':
    case 'filter':
    case 'lparen':
    case 'not':
    case 'minus':
      return true;
    default:
      return false;
  }
}

/** Flattens `a AND (b AND c)` into one node, so equivalent queries get one canonical shape. */
function combine(type: 'and' | 'or', operands: QueryNode[]): QueryNode {
  const children = operands.flatMap((node) => (node.type === type ? node.children : [node]));
  const [only] = children;
  return children.length === 1 && only !== undefined ? only : { type, children };
}

/**
 * Recursive descent over:
 *   query   := or END
 *   or      := and (OR and)*
 *   and     := unary ((AND)? unary)*
 *   unary   := (NOT | "-") unary | primary
 *   primary := "(" or ")" | word | phrase | filter
 * Each level takes `after`, the lexeme before the operand it parses, to say what was left dangling.
 */
class Parser {
  private index = 0;

  constructor(
    private readonly source: string,
    private readonly lexemes: readonly Lexeme[],
  ) {}

  parseQuery(): WatchQuery {
    const first = this.peek();
    if (first.kind === 'end') failQuery('empty_query', 0, {});
    const query = this.parseOr();
    const rest = this.peek();
    // `and` consumes every operand and `or` every OR, so only a stray ")" can be left over.
    if (rest.kind !== 'end') failQuery('unmatched_paren', rest.start, {});
    return query;
  }

  private peek(): Lexeme {
    // The lexer always ends with an `end` lexeme, and `advance` never moves past it.
    return this.lexemes[this.index] ?? { kind: 'end', start: this.source.length, end: this.source.length };
  }

  private advance(): Lexeme {
    const lexeme = this.peek();
    if (lexeme.kind !== 'end') this.index += 1;
    return lexeme;
  }

  private text(lexeme: Lexeme | undefined): string {
    return lexeme === undefined ? '' : this.source.slice(lexeme.start, lexeme.end);
  }

  private parseOr(after?: Lexeme): QueryNode {
    const operands = [this.parseAnd(after)];
    while (this.peek().kind === 'or') {
      const operator = this.advance();
      operands.push(this.parseAnd(operator));
    }
    return combine('or', operands);
  }

  private parseAnd(after?: Lexeme): QueryNode {
    const operands = [this.parseUnary(after)];
    for (let next = this.peek(); ; next = this.peek()) {
      if (next.kind === 'and') operands.push(this.parseUnary(this.advance()));
      else if (startsOperand(next)) operands.push(this.parseUnary());
      else break;
    }
    return combine('and', operands);
  }

  private parseUnary(after?: Lexeme): QueryNode {
    const next = this.peek();
    if (next.kind !== 'not' && next.kind !== 'minus') return this.parsePrimary(after);
    this.advance();
    return { type: 'not', child: this.parseUnary(next) };
  }

  private parsePrimary(after?: Lexeme): QueryNode {
    const next = this.advance();
    switch (next.kind) {
      case 'word':
      case 'phrase':
      case 'filter':
        return termFromLexeme(next);
      case 'lparen': {
        const inner = this.parseOr(next);
        // `or` stops only at ")" or the end, so anything but ")" means the end came first.
        if (this.advance().kind !== 'rparen') failQuery('unclosed_paren', next.start, {});
        return inner;
      }
      case 'end':
        return failQuery('unexpected_end', next.start, { after: this.text(after) });
      default:
        return failQuery('unexpected_token', next.start, { token: this.text(next) });
    }
  }
}

/** Parses a watch query; syntax errors come back as values, never thrown. */
export function parseWatchQuery(source: string): ParseResult {
  try {
    return { ok: true, query: new Parser(source, lex(source)).parseQuery() };
  } catch (error) {
    if (error instanceof WatchQuerySyntaxError) return { ok: false, error: error.error };
    throw error;
  }
}
