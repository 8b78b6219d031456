import { describe, expect, it } from 'vitest';
import { findSyntaxProblem, pointAt } from './query-syntax';

describe('pointAt', () => {
  it('puts the caret under the offending character', () => {
    expect(pointAt('kopi AND (basi', 9)).toEqual({ line: 'kopi AND (basi', caret: '         ^' });
  });

  it('shows only the line that holds the position in a multi-line query', () => {
    expect(pointAt('kopi\nOR )', 8)).toEqual({ line: 'OR )', caret: '   ^' });
  });

  it('points just past the end when the query ends too early', () => {
    expect(pointAt('"kopi', 5)).toEqual({ line: '"kopi', caret: '     ^' });
  });
});

describe('findSyntaxProblem', () => {
  it('accepts a valid query and an empty one', () => {
    expect(findSyntaxProblem('"kopi nusantara" AND (basi OR kecewa) -promo', 'id')).toBeNull();
    expect(findSyntaxProblem('   ', 'id')).toBeNull();
  });

  it('reports an unclosed parenthesis in the requested language', () => {
    const problem = findSyntaxProblem('kopi AND (basi', 'id');
    expect(problem?.code).toBe('unclosed_paren');
    expect(problem?.message).toContain('belum ditutup');
    expect(findSyntaxProblem('kopi AND (basi', 'en')?.message).toContain('never closed');
  });
});
