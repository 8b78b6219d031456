import { describe, expect, it } from 'vitest';
import { CLITIC_TAILS, strippedForms, tokenMatchesWord } from './clitics';

describe('strippedForms', () => {
  it.each([
    ['indomienya', ['indomie']],
    ['bukulah', ['buku']],
    ['kenapakah', ['kenapa']],
    ['siapapun', ['siapa']],
    ['ibuku', ['ibu']],
    ['rumahmu', ['rumah']],
  ])('strips the single clitic from %s', (token, forms) => {
    expect(strippedForms(token)).toEqual(forms);
  });

  it('strips a particle and then the possessive inside it', () => {
    expect(strippedForms('indomienyalah')).toEqual(['indomienya', 'indomie']);
    expect(strippedForms('rumahkupun')).toEqual(['rumahku', 'rumah']);
  });

  it('keeps stems of exactly three letters', () => {
    expect(strippedForms('dialah')).toEqual(['dia']);
    expect(strippedForms('akulah')).toEqual(['aku']);
  });

  it.each(['kulah', 'buku', 'punya', 'tanya', 'kamu', 'xlnya', 'hpnya'])('refuses to leave a stem under three letters in %s', (token) => {
    expect(strippedForms(token)).toEqual([]);
  });

  it('does not strip a possessive that stands outside a particle', () => {
    // -lah before -nya is not Indonesian word order, so only the outer -nya goes.
    expect(strippedForms('makanlahnya')).toEqual(['makanlah']);
  });

  it('returns nothing for words without a clitic ending', () => {
    expect(strippedForms('indomie')).toEqual([]);
    expect(strippedForms('goreng')).toEqual([]);
  });

  it('accepts the known over-stripping of words that merely end like a clitic', () => {
    // A trade-off of indexing stripped forms: `masalah` (problem) is also indexed as `masa`.
    expect(strippedForms('masalah')).toEqual(['masa']);
  });
});

describe('tokenMatchesWord', () => {
  it('matches the word itself and the word with clitics', () => {
    expect(tokenMatchesWord('indomie', 'indomie')).toBe(true);
    expect(tokenMatchesWord('indomienyalah', 'indomie')).toBe(true);
  });

  it('does not match a mere prefix', () => {
    expect(tokenMatchesWord('indomieku2', 'indomie')).toBe(false);
    expect(tokenMatchesWord('indonesia', 'indo')).toBe(false);
  });
});

describe('CLITIC_TAILS', () => {
  it('lists the single clitics and possessive + particle pairs', () => {
    for (const tail of ['nya', 'ku', 'mu', 'lah', 'kah', 'pun', 'nyalah', 'kupun', 'mukah']) {
      expect(CLITIC_TAILS.has(tail)).toBe(true);
    }
    expect(CLITIC_TAILS.has('lahnya')).toBe(false);
  });
});
