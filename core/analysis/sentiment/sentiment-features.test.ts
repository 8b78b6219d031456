import { describe, expect, it } from 'vitest';
import { extractSentimentFeatures, markWords, type FeatureConfig } from './sentiment-features';
import { normalisedOf } from './sentiment-test-model';
import { normaliseText } from '../text';
import { ADVERSATIVES, SCOPE_BREAKERS } from './sentiment-cues';

const config: FeatureConfig = { dimBits: 16, charMin: 3, charMax: 5, charWeight: 0.5, lexiconWeight: 1 };
const lexicon = new Map([
  ['good', 1.9],
  ['😡', -2.5],
  ['😍', 2.7],
]);

describe('negation scope', () => {
  it('marks the words after an Indonesian negator up to a contrast', () => {
    const { negated } = markWords('makanan tidak enak tapi murah'.split(' '));
    expect(negated).toEqual([false, false, true, false, false]);
  });

  it('ends at a clause boundary from the normaliser', () => {
    const { words, breaks } = normaliseText('pelayanannya gak ramah, kecewa berat');
    expect(words).toEqual(['pelayanan', 'nya', 'tidak', 'ramah', 'kecewa', 'berat']);
    expect(markWords(words, breaks).negated).toEqual([false, false, false, true, false, false]);
    expect(markWords(words).negated).toEqual([false, false, false, true, true, true]);
  });

  it('reaches three words and no further', () => {
    const { negated } = markWords('belum pernah sekali pun ke sini'.split(' '));
    expect(negated).toEqual([false, true, true, true, false, false]);
  });

  it.each(['bukan', 'jangan', 'kurang', 'not', 'no', 'never', "don't", 'isnt'])('treats %s as a negator', (negator) => {
    expect(markWords([negator, 'bagus']).negated).toEqual([false, true]);
  });

  it('gives a negated word features of its own', () => {
    const plain = extractSentimentFeatures(normalisedOf('enak'), { ...config, charWeight: 0 }, lexicon);
    const negated = extractSentimentFeatures(normalisedOf('tidak enak'), { ...config, charWeight: 0 }, lexicon);
    expect(negated.indices).not.toContain(plain.indices[0]);
  });

  it('flips lexicon valence under negation', () => {
    const positive = extractSentimentFeatures(normalisedOf('good'), { ...config, charWeight: 0 }, lexicon);
    const negated = extractSentimentFeatures(normalisedOf('not good'), { ...config, charWeight: 0 }, lexicon);
    // Dense features: log1p(positive), log1p(negative), balance bin.
    expect(positive.values.slice(-3, -1)).toEqual([Math.log1p(1.9), 0]);
    expect(negated.values.slice(-3, -1)).toEqual([0, Math.log1p(1.9 * 0.74)]);
  });
});

describe('intensifiers', () => {
  it('marks the word after a pre-intensifier and before a post-intensifier', () => {
    expect(markWords('sangat enak'.split(' ')).intensified).toEqual([false, true]);
    expect(markWords('mahal banget'.split(' ')).intensified).toEqual([true, false]);
    expect(markWords('very good'.split(' ')).intensified).toEqual([false, true]);
  });

  it('adds a feature for the intensified word', () => {
    const plain = extractSentimentFeatures(normalisedOf('x enak'), { ...config, charWeight: 0, lexiconWeight: 0 }, lexicon);
    const intense = extractSentimentFeatures(normalisedOf('sangat enak'), { ...config, charWeight: 0, lexiconWeight: 0 }, lexicon);
    expect(intense.indices.length).toBe(plain.indices.length + 1);
  });
});

describe('emoji', () => {
  it('turns each signal into a feature and its valence into the lexicon features', () => {
    const none = extractSentimentFeatures(normalisedOf('pesanan datang'), config, lexicon);
    const angry = extractSentimentFeatures(normalisedOf('pesanan datang', ['😡']), config, lexicon);
    const happy = extractSentimentFeatures(normalisedOf('pesanan datang', ['😍']), config, lexicon);
    expect(angry.indices.length).toBe(none.indices.length + 1 + 3);
    expect(angry.indices).not.toEqual(happy.indices);
    expect(angry.values.at(-2)).toBeCloseTo(Math.log1p(2.5));
    expect(happy.values.at(-3)).toBeCloseTo(Math.log1p(2.7));
  });
});

describe('character n-grams', () => {
  it('gives a misspelt word most of its n-grams', () => {
    const only = { ...config, lexiconWeight: 0 };
    const a = new Set(extractSentimentFeatures(normalisedOf('mengecewakan'), only, lexicon).indices);
    const b = extractSentimentFeatures(normalisedOf('mengecewakn'), only, lexicon).indices;
    expect(b.filter((i) => a.has(i)).length).toBeGreaterThan(b.length / 2);
  });
});

describe('contrast features', () => {
  const words = { ...config, charWeight: 0, lexiconWeight: 0 };

  it('come from adversatives, which also break a negation scope', () => {
    for (const word of ADVERSATIVES) expect(SCOPE_BREAKERS.has(word)).toBe(true);
    expect(markWords('enak tapi mahal tapi ramah'.split(' ')).contrastAt).toBe(1);
    expect(markWords('enak walaupun mahal'.split(' ')).contrastAt).toBe(-1);
  });

  it('gives the words after an adversative a feature more, and only with the switch on', () => {
    const count = (text: string, contrast: boolean) =>
      extractSentimentFeatures(normalisedOf(text), { ...words, contrast }, lexicon).indices.length;
    // `makanan enak tapi mahal`: 4 unigrams and 3 bigrams, plus `mahal` after `tapi`.
    expect(count('makanan enak tapi mahal', false)).toBe(7);
    expect(count('makanan enak tapi mahal', true)).toBe(8);
    expect(count('makanan enak dan murah', true)).toBe(7);
    expect(count('good food but slow service', true)).toBe(count('good food but slow service', false) + 2);
  });

  it('keeps a negated word after the adversative apart from the plain one', () => {
    const indices = (text: string, contrast: boolean) =>
      extractSentimentFeatures(normalisedOf(text), { ...words, contrast }, lexicon).indices;
    const added = (text: string) => indices(text, true).filter((bucket) => !indices(text, false).includes(bucket));
    const [plain] = added('murah tapi enak');
    expect(plain).toBeDefined();
    expect(added('murah tapi tidak enak')).toHaveLength(2);
    expect(added('murah tapi tidak enak')).not.toContain(plain);
  });
});

describe('text-shape features', () => {
  const bare: FeatureConfig = { ...config, charWeight: 0, lexiconWeight: 0 };
  const shaped: FeatureConfig = { ...bare, shape: true };
  const extra = (text: string) => {
    const without = extractSentimentFeatures(normaliseText(text), bare, lexicon).indices;
    const withShape = extractSentimentFeatures(normaliseText(text), shaped, lexicon).indices;
    return withShape.filter((index) => !without.includes(index));
  };

  it('gives an Indonesian text its length band and number count, and a feature for each of ?, ! and :', () => {
    expect(extra('promo hari ini')).toHaveLength(2);
    expect(extra('promo hari ini?')).toHaveLength(3);
    expect(extra('fpi: kami melihat ada ketidakadilan!')).toHaveLength(4);
  });

  it('tells texts apart by length band and by how many numbers they hold', () => {
    // Three to six words share a band (log2 of the word count + 1, rounded down).
    const short = extra('harga naik lagi');
    expect(extra('harga naik lagi dong')).toEqual(short);
    expect(extra('harga naik lagi minggu ini padahal gaji tetap saja sama')).not.toEqual(short);
    expect(extra('harga naik 10 persen')).not.toEqual(extra('harga naik tinggi sekali'));
    expect(extra('harga naik 10 persen 20 kali')).not.toEqual(extra('harga naik 10 persen tinggi kali'));
  });

  it('gives English texts none', () => {
    expect(extra('is the delivery late again?')).toEqual([]);
  });
});
