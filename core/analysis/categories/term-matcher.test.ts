import { describe, expect, it } from 'vitest';
import { compileTermMatcher } from './term-matcher';

describe('compileTermMatcher', () => {
  const matcher = compileTermMatcher(['racun', 'belum sampai', 'tidak bisa login', 'tidak bisa', 'data bocor']);

  it('matches single words directly and through their root', () => {
    expect([...matcher.findTerms(['saya', 'keracunan'])]).toEqual(['racun']);
    expect([...matcher.findTerms(['makanannya', 'diracun'])]).toEqual(['racun']);
  });

  it('matches phrases on whole consecutive words, including overlapping ones', () => {
    expect([...matcher.findTerms(['paket', 'belum', 'sampai'])]).toEqual(['belum sampai']);
    expect([...matcher.findTerms(['belum', 'juga', 'sampai'])]).toEqual([]);
    expect([...matcher.findTerms(['aku', 'tidak', 'bisa', 'login'])].sort()).toEqual(['tidak bisa', 'tidak bisa login']);
  });

  it('does not match a phrase cut off at the end of the text', () => {
    expect([...matcher.findTerms(['data'])]).toEqual([]);
  });

  it('can switch root matching off', () => {
    expect([...compileTermMatcher(['racun'], { roots: false }).findTerms(['keracunan'])]).toEqual([]);
  });
});
