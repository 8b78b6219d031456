import { describe, expect, it } from 'vitest';
import { readDraftWords } from './draft-words';
import { PhraseIndex, compilePhrase } from './phrase-pattern';

function find(patterns: string[], text: string): string[] {
  const index = new PhraseIndex(patterns.map((p) => compilePhrase(p, p)));
  const draft = readDraftWords(text);
  return index.findPhrases(draft.words).map((m) => text.slice(draft.wordStarts[m.from], draft.wordEnds[m.to - 1]));
}

describe('compilePhrase', () => {
  it('refuses a phrase that starts with an optional word or a gap', () => {
    expect(() => compilePhrase('yang? salah', 0)).toThrow(/required word/);
    expect(() => compilePhrase('* salah', 0)).toThrow(/required word/);
  });
});

describe('PhraseIndex', () => {
  it('matches words as the slang lexicon normalises them', () => {
    expect(find(['tidak usah panik'], 'gak usah panik')).toEqual(['gak usah panik']);
    expect(find(['tidak usah panik'], 'nggak usah panik')).toEqual(['nggak usah panik']);
    expect(find(['kamu salah'], 'lu salah')).toEqual(['lu salah']);
  });

  it('takes one of several words in a place', () => {
    expect(find(['salah baca|lihat'], 'salah lihat')).toEqual(['salah lihat']);
    expect(find(['salah baca|lihat'], 'salah kirim')).toEqual([]);
  });

  it('skips optional words and gaps, never across punctuation', () => {
    expect(find(['anda yang? salah'], 'anda salah')).toEqual(['anda salah']);
    expect(find(['anda yang? salah'], 'anda yang salah')).toEqual(['anda yang salah']);
    expect(find(['sudah * bilang'], 'sudah dari tadi kami bilang')).toEqual(['sudah dari tadi kami bilang']);
    expect(find(['sudah * bilang'], 'sudah. Kami bilang')).toEqual([]);
    expect(find(['kakak salah'], 'Maaf kak, salah input dari kami')).toEqual([]);
  });

  it('matches clitic forms and contractions word by word', () => {
    expect(find(["didn't read"], 'you did not read')).toEqual(['did not read']);
    expect(find(["didn't read"], 'you didn’t read')).toEqual(['didn’t read']);
    expect(find(['kesalahan kami sepenuhnya'], 'kesalahan kami sepenuhnya')).toEqual(['kesalahan kami sepenuhnya']);
  });
});
