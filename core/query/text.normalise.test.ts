import { describe, expect, it } from 'vitest';
import { normaliseHandle, normaliseLanguage, normaliseQueryText, normaliseValue, wordCharWidth } from './text.normalise';

describe('normaliseQueryText', () => {
  it('lower-cases', () => {
    expect(normaliseQueryText('IndoMIE Goreng')).toBe('indomie goreng');
  });

  it('strips accents from precomposed and decomposed characters alike', () => {
    expect(normaliseQueryText('Café CRÈME brûlée')).toBe('cafe creme brulee');
    expect(normaliseQueryText('cafe\u0301')).toBe('cafe');
  });

  it('folds compatibility forms such as full-width letters and ligatures', () => {
    expect(normaliseQueryText('Ｉｎｄｏｍｉｅ')).toBe('indomie');
    expect(normaliseQueryText('ﬁlm')).toBe('film');
  });

  it('folds "fancy font" mathematical letters people paste into posts', () => {
    expect(normaliseQueryText('𝐈𝐧𝐝𝐨𝐦𝐢𝐞')).toBe('indomie');
  });

  it('lower-cases capitals that only appear after decomposition', () => {
    expect(normaliseQueryText('ℌ')).toBe('h');
  });

  it('reads the dotted capital I as a plain i', () => {
    expect(normaliseQueryText('İNDOMIE')).toBe('indomie');
  });

  it('leaves emoji and non-Latin letters in place', () => {
    expect(normaliseQueryText('Enak 😋 美味')).toBe('enak 😋 美味');
  });

  it('strips marks outside the Latin block too', () => {
    expect(normaliseQueryText('मिर्च')).toBe(normaliseQueryText('मरच'));
  });

  it('is idempotent', () => {
    for (const s of ['Café', 'Ｉｎｄｏｍｉｅ', 'İ', '𝐈𝐧𝐝𝐨', 'plain']) {
      expect(normaliseQueryText(normaliseQueryText(s))).toBe(normaliseQueryText(s));
    }
  });
});

describe('field normalisers', () => {
  it('drops the @ in front of handles and folds them', () => {
    expect(normaliseHandle(' @Budí_99 ')).toBe('budi_99');
  });

  it('trims and folds plain values', () => {
    expect(normaliseValue('  Instagram ')).toBe('instagram');
  });

  it('compares languages on the primary subtag and reads the legacy "in" as Indonesian', () => {
    expect(normaliseLanguage('ID-id')).toBe('id');
    expect(normaliseLanguage('in')).toBe('id');
    expect(normaliseLanguage('en_US')).toBe('en');
  });
});

describe('wordCharWidth', () => {
  it('counts letters and digits, including astral letters as two units', () => {
    expect(wordCharWidth('a', 0)).toBe(1);
    expect(wordCharWidth('7', 0)).toBe(1);
    expect(wordCharWidth('é', 0)).toBe(1);
    expect(wordCharWidth('𠀀', 0)).toBe(2);
  });

  it('gives 0 for punctuation, space, emoji and past the end', () => {
    for (const s of ['-', ' ', '_', '#', '😋']) expect(wordCharWidth(s, 0)).toBe(0);
    expect(wordCharWidth('a', 1)).toBe(0);
  });
});
