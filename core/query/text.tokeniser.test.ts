import { describe, expect, it } from 'vitest';
import { normaliseQueryText } from './text.normalise';
import { tokenise } from './text.tokeniser';

/** Every token the sink receives, tagged by kind, in order. */
function tokens(text: string): string[] {
  const out: string[] = [];
  tokenise(normaliseQueryText(text), {
    word: (token) => out.push(token),
    joined: (form) => out.push(`+${form}`),
    tag: (token) => out.push(token),
  });
  return out;
}

describe('tokenise', () => {
  it('splits on spaces and punctuation', () => {
    expect(tokens('Indomie, enak!!! (banget)...mantap')).toEqual(['indomie', 'enak', 'banget', 'mantap']);
  });

  it('splits on emoji and symbols', () => {
    expect(tokens('enak😋banget✨')).toEqual(['enak', 'banget']);
  });

  it('keeps letters and digits together', () => {
    expect(tokens('indomie2 5g')).toEqual(['indomie2', '5g']);
  });

  it('splits on underscores and apostrophes in plain text', () => {
    expect(tokens("mie_goreng indomie's")).toEqual(['mie', 'goreng', 'indomie', 's']);
  });

  it('reports hashtags, then their words', () => {
    expect(tokens('#IndomieSeleraku #mie_goreng')).toEqual(['#indomieseleraku', 'indomieseleraku', '#mie_goreng', 'mie', 'goreng']);
  });

  it('reports handles with inner dots but without a final full stop', () => {
    expect(tokens('cc @Budi.Santoso.')).toEqual(['cc', '@budi.santoso', 'budi', 'santoso']);
  });

  it('does not treat # or @ inside a word as a tag', () => {
    expect(tokens('budi@mail.com c#')).toEqual(['budi', 'mail', 'com', 'c']);
  });

  it('needs a tag character after # or @', () => {
    expect(tokens('# @ #!')).toEqual([]);
  });

  it('joins a hyphenated clitic to the word before it', () => {
    expect(tokens('indomie-nya HP-nyalah')).toEqual(['indomie', '+indomienya', 'hp', '+hpnyalah']);
  });

  it('keeps ordinary hyphenated words apart', () => {
    expect(tokens('coca-cola kata-kata indomie-nyaman')).toEqual(['coca', 'cola', 'kata', 'kata', 'indomie', 'nyaman']);
  });

  it('keeps non-Latin words whole', () => {
    expect(tokens('美味しい ラーメン')).toEqual(['美味しい', 'ラーメン']);
  });
});
