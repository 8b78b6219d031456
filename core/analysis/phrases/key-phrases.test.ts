import { describe, expect, it } from 'vitest';
import { normaliseText } from '../text';
import { extractKeyPhrases } from './key-phrases';

function phrases(text: string, limit?: number): string[] {
  return extractKeyPhrases(normaliseText(text), limit);
}

describe('extractKeyPhrases', () => {
  it('returns at most five phrases by default and honours the limit', () => {
    const text =
      'Paket saya sudah dua minggu belum sampai juga, kurirnya tidak bisa dihubungi dan customer service cuma kasih jawaban template';
    expect(phrases(text)).toHaveLength(5);
    expect(phrases(text, 2)).toHaveLength(2);
    expect(phrases(text, 0)).toEqual([]);
  });

  it('keeps a negation at the start of a phrase', () => {
    expect(phrases('Gak enak bgt rasanya')).toContain('tidak enak');
    expect(phrases('kurirnya tidak bisa dihubungi')).toContain('tidak bisa dihubungi');
  });

  it('keeps hashtags as #tag, ranked first, without repeating their words', () => {
    const result = phrases('Rasanya aneh dan bikin kecewa berat #KecewaBerat');
    expect(result[0]).toBe('#kecewaberat');
    expect(result.some((phrase) => phrase.includes('kecewa') && !phrase.startsWith('#'))).toBe(false);
  });

  it('never returns a phrase of only stop words or numbers', () => {
    expect(phrases('yang dan di ke 2024 100 itu sih')).toEqual([]);
  });

  it('never starts or ends a phrase with a stop word', () => {
    for (const phrase of phrases('saya pesan makanan yang enak di restoran itu tapi datang dingin dan basi')) {
      const words = phrase.split(' ');
      expect(['yang', 'di', 'itu', 'dan', 'saya', 'tapi']).not.toContain(words[0]);
      expect(['yang', 'di', 'itu', 'dan', 'saya', 'tapi']).not.toContain(words[words.length - 1]);
    }
  });

  it('prefers the informative longer phrase and does not also return its words alone', () => {
    const result = phrases('Makanannya keracunan massal, makanan keracunan lagi di sekolah');
    expect(result[0]).toBe('makanan keracunan massal');
    expect(result).not.toContain('keracunan');
    expect(result).not.toContain('makanan');
  });

  it('leaves clitics out of phrases', () => {
    expect(phrases('makanannya keracunan').join(' ')).not.toContain('nya');
  });

  it('does not join words across sentences, links or emoji', () => {
    const result = phrases('harga mahal. pelayanan lambat 😡 kurir kasar https://t.co/x antrean panjang');
    for (const phrase of result) expect(['mahal pelayanan', 'lambat kurir', 'kasar antrean']).not.toContain(phrase);
  });

  it('does not join two topics through a conjunction', () => {
    expect(phrases('kasirnya jutek dan antrian panjang')).not.toContain('jutek dan antrian');
  });

  it('ranks specific terms above common words', () => {
    const result = phrases('Indomaret cabang Sudirman pelayanan');
    expect(result[0]).toBe('indomaret cabang sudirman');
  });

  it('is empty for empty text', () => {
    expect(phrases('')).toEqual([]);
  });
});
