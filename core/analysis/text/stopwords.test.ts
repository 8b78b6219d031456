import { describe, expect, it } from 'vitest';
import { NEGATIONS, STOP_WORDS, isNegation, isStopWord } from './stopwords';

describe('stop words', () => {
  it('covers Indonesian and English function words', () => {
    for (const word of ['yang', 'dan', 'di', 'ini', 'itu', 'saya', 'nya', 'sih', 'the', 'and', 'is', 'you'])
      expect(isStopWord(word)).toBe(true);
  });

  it('keeps content words out', () => {
    for (const word of ['makanan', 'basi', 'kecewa', 'enak', 'refund', 'indomie', 'good']) expect(isStopWord(word)).toBe(false);
  });

  it('never treats a negation as a stop word', () => {
    for (const word of ['tidak', 'bukan', 'belum', 'jangan', 'kurang', 'not', 'no', 'never']) {
      expect(isNegation(word)).toBe(true);
      expect(isStopWord(word)).toBe(false);
    }
    for (const word of NEGATIONS) expect(STOP_WORDS.has(word)).toBe(false);
  });
});
