import { describe, expect, it } from 'vitest';
import { joinList, splitList } from './rule-lists';

describe('rule lists', () => {
  it('splits on commas and new lines, trims, lower-cases and drops blanks and repeats', () => {
    expect(splitList(' Keracunan, basi,,\nBASI ,  belum   sampai ')).toEqual(['keracunan', 'basi', 'belum sampai']);
  });

  it('round-trips a list', () => {
    expect(splitList(joinList(['data bocor', 'kebocoran data']))).toEqual(['data bocor', 'kebocoran data']);
  });
});
