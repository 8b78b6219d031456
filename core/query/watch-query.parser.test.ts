import { describe, expect, it } from 'vitest';
import type { QueryNode } from './watch-query.ast';
import { parseWatchQuery } from './watch-query.parser';

const word = (value: string, prefix = false): QueryNode => ({ type: 'word', value, prefix });
const phrase = (...words: string[]): QueryNode => ({ type: 'phrase', words });
const and = (...children: QueryNode[]): QueryNode => ({ type: 'and', children });
const or = (...children: QueryNode[]): QueryNode => ({ type: 'or', children });
const not = (child: QueryNode): QueryNode => ({ type: 'not', child });

function parse(source: string): QueryNode {
  const result = parseWatchQuery(source);
  if (!result.ok) throw new Error(result.error.message);
  return result.query;
}

describe('parseWatchQuery: structure', () => {
  it('parses a single word', () => {
    expect(parse('Indomie')).toEqual(word('indomie'));
  });

  it('reads juxtaposition as AND', () => {
    expect(parse('indomie enak')).toEqual(parse('indomie AND enak'));
    expect(parse('indomie enak')).toEqual(and(word('indomie'), word('enak')));
  });

  it('binds AND tighter than OR', () => {
    expect(parse('a OR b c')).toEqual(or(word('a'), and(word('b'), word('c'))));
    expect(parse('a b OR c')).toEqual(or(and(word('a'), word('b')), word('c')));
    expect(parse('a AND b OR c AND d')).toEqual(or(and(word('a'), word('b')), and(word('c'), word('d'))));
  });

  it('binds NOT tighter than AND', () => {
    expect(parse('NOT a b')).toEqual(and(not(word('a')), word('b')));
    expect(parse('a OR NOT b c')).toEqual(or(word('a'), and(not(word('b')), word('c'))));
  });

  it('reads -term as NOT term', () => {
    expect(parse('indomie -pedas')).toEqual(and(word('indomie'), not(word('pedas'))));
    expect(parse('indomie -pedas')).toEqual(parse('indomie NOT pedas'));
    expect(parse('-"mie sedap"')).toEqual(not(phrase('mie', 'sedap')));
    expect(parse('--a')).toEqual(not(not(word('a'))));
  });

  it('lets parentheses override precedence', () => {
    expect(parse('(a OR b) c')).toEqual(and(or(word('a'), word('b')), word('c')));
    expect(parse('NOT (a OR b)')).toEqual(not(or(word('a'), word('b'))));
    expect(parse('-(a b)')).toEqual(not(and(word('a'), word('b'))));
  });

  it('handles nested parentheses', () => {
    expect(parse('((a))')).toEqual(word('a'));
    expect(parse('a (b OR (c -(d OR e)))')).toEqual(and(word('a'), or(word('b'), and(word('c'), not(or(word('d'), word('e')))))));
  });

  it('flattens nested ANDs and ORs', () => {
    expect(parse('a (b c)')).toEqual(and(word('a'), word('b'), word('c')));
    expect(parse('(a OR b) OR c')).toEqual(or(word('a'), word('b'), word('c')));
  });

  it('reads lower-case and, or, not as plain words', () => {
    expect(parse('mie and telur')).toEqual(and(word('mie'), word('and'), word('telur')));
    expect(parse('"AND"')).toEqual(phrase('and'));
  });
});

describe('parseWatchQuery: terms', () => {
  it('parses phrases into normalised words', () => {
    expect(parse('"Mie  GORENG, Café"')).toEqual(phrase('mie', 'goreng', 'cafe'));
  });

  it('turns a bare word that splits into several words into a phrase', () => {
    expect(parse('coca-cola')).toEqual(phrase('coca', 'cola'));
    expect(parse('mie_goreng')).toEqual(phrase('mie', 'goreng'));
  });

  it('keeps a hyphenated clitic joined in the query', () => {
    expect(parse('hp-nya')).toEqual(word('hpnya'));
  });

  it('parses hashtags and handles, normalised and without their sigil', () => {
    expect(parse('#IndomieSeleraku')).toEqual({ type: 'hashtag', value: 'indomieseleraku', prefix: false });
    expect(parse('@Budi.Santoso')).toEqual({ type: 'handle', value: 'budi.santoso', prefix: false });
  });

  it('parses a trailing * as a prefix term', () => {
    expect(parse('Indo*')).toEqual(word('indo', true));
    expect(parse('#indo*')).toEqual({ type: 'hashtag', value: 'indo', prefix: true });
    expect(parse('@budi*')).toEqual({ type: 'handle', value: 'budi', prefix: true });
  });

  it('parses filters with normalised values', () => {
    expect(parse('lang:ID')).toEqual({ type: 'filter', field: 'lang', value: 'id' });
    expect(parse('Platform:Instagram')).toEqual({ type: 'filter', field: 'platform', value: 'instagram' });
    expect(parse('author:@Budi')).toEqual({ type: 'filter', field: 'author', value: 'budi' });
  });

  it('accepts quoted filter values', () => {
    expect(parse('author:"@Budi"')).toEqual({ type: 'filter', field: 'author', value: 'budi' });
    expect(parse('platform:"google play"')).toEqual({ type: 'filter', field: 'platform', value: 'google play' });
  });

  it('combines filters with terms', () => {
    expect(parse('indomie lang:id -platform:tiktok')).toEqual(
      and(word('indomie'), { type: 'filter', field: 'lang', value: 'id' }, not({ type: 'filter', field: 'platform', value: 'tiktok' })),
    );
  });
});
