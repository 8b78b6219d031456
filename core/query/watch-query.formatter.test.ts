import { describe, expect, it } from 'vitest';
import type { QueryNode } from './watch-query.ast';
import { formatWatchQuery } from './watch-query.formatter';
import { parseWatchQuery } from './watch-query.parser';

function parse(source: string): QueryNode {
  const result = parseWatchQuery(source);
  if (!result.ok) throw new Error(result.error.message);
  return result.query;
}

const canonical = (source: string): string => formatWatchQuery(parse(source));

describe('formatWatchQuery', () => {
  it.each([
    ['Indomie  enak', 'indomie AND enak'],
    ['indomie -pedas', 'indomie AND NOT pedas'],
    ['a OR b c', 'a OR b AND c'],
    ['(a OR b) c', '(a OR b) AND c'],
    ['NOT (a b)', 'NOT (a AND b)'],
    ['-(a OR b)', 'NOT (a OR b)'],
    ['--a', 'NOT NOT a'],
    ['((a))', 'a'],
    ['a (b c)', 'a AND b AND c'],
    ['"Mie   GORENG"', '"mie goreng"'],
    ['coca-cola', '"coca cola"'],
    ['"AND"', '"and"'],
    ['#IndomieSeleraku @Budi.S', '#indomieseleraku AND @budi.s'],
    ['Indo* #indo* @budi*', 'indo* AND #indo* AND @budi*'],
    ['LANG:in Platform:Instagram author:@Budi', 'lang:id AND platform:instagram AND author:budi'],
    ['platform:"Google Play"', 'platform:"google play"'],
    ['café', 'cafe'],
  ])('prints %s as %s', (source, expected) => {
    expect(canonical(source)).toBe(expected);
  });

  it.each([
    'indomie enak -pedas OR "mie sedap" lang:id',
    '(indomie OR supermi) (enak OR mantap) -(pedas OR mahal)',
    'NOT (a OR b) OR NOT c d',
    '#indomie* OR @indomie OR author:"budi" platform:"google play"',
    'a (b OR (c -(d OR e)))',
    'hp-nya kenapa* "mie-goreng enak"',
  ])('round-trips %s: parsing the canonical form gives the same query', (source) => {
    const query = parse(source);
    const text = formatWatchQuery(query);
    expect(parse(text)).toEqual(query);
    expect(formatWatchQuery(parse(text))).toBe(text);
  });

  it('keeps parentheses a hand-built OR needs inside an AND', () => {
    const query: QueryNode = {
      type: 'and',
      children: [
        {
          type: 'or',
          children: [
            { type: 'word', value: 'a', prefix: false },
            { type: 'word', value: 'b', prefix: false },
          ],
        },
        { type: 'not', child: { type: 'word', value: 'c', prefix: false } },
      ],
    };
    expect(formatWatchQuery(query)).toBe('(a OR b) AND NOT c');
  });
});
