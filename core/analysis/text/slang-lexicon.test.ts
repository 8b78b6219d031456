import { describe, expect, it } from 'vitest';
import { SLANG_LEXICON_DATA } from './slang-lexicon.data';
import { SLANG_CLASSES, SLANG_ENTRIES, SLANG_LEXICON, lookupSlang, parseSlangLexicon, type SlangClass } from './slang-lexicon';

describe('slang lexicon data', () => {
  it('holds at least 1,500 entries', () => {
    expect(SLANG_ENTRIES.length).toBeGreaterThanOrEqual(1500);
  });

  it('has no duplicate keys', () => {
    const seen = new Set<string>();
    const duplicates = SLANG_ENTRIES.filter((entry) => (seen.has(entry.slang) ? true : (seen.add(entry.slang), false)));
    expect(duplicates.map((entry) => entry.slang)).toEqual([]);
    expect(SLANG_LEXICON.size).toBe(SLANG_ENTRIES.length);
  });

  it('never maps an entry to itself', () => {
    expect(SLANG_ENTRIES.filter((entry) => entry.standard === entry.slang).map((entry) => entry.slang)).toEqual([]);
  });

  it('keys are single lower-case tokens the tokenizer can produce', () => {
    expect(SLANG_ENTRIES.filter((entry) => !/^[a-z0-9]+(?:'[a-z0-9]+)*$/.test(entry.slang)).map((entry) => entry.slang)).toEqual([]);
  });

  it('values are lower-case words in normal form: none of them is itself a key', () => {
    const bad = SLANG_ENTRIES.filter(
      (entry) => !/^[a-z]+(?: [a-z]+)*$/.test(entry.standard) || entry.words.some((word) => SLANG_LEXICON.has(word)),
    );
    expect(bad.map((entry) => `${entry.slang} = ${entry.standard}`)).toEqual([]);
  });

  it('uses every class', () => {
    const used = new Set(SLANG_ENTRIES.map((entry) => entry.class));
    expect([...used].sort()).toEqual([...SLANG_CLASSES].sort());
  });

  it('leaves out words whose informal reading would destroy a common standard meaning', () => {
    for (const word of ['sayang', 'kaya', 'sma', 'bet', 'nak', 'oleh', 'awan', 'item', 'larang']) expect(lookupSlang(word)).toBeUndefined();
  });

  it('rejects malformed data', () => {
    expect(() => parseSlangLexicon('yg = yang')).toThrow(/malformed/);
    expect(() => parseSlangLexicon('[nonsense]\nyg = yang')).toThrow(/unknown slang class/);
    expect(parseSlangLexicon('[abbrev]\n# comment\n\nyg = yang')).toEqual([
      { slang: 'yg', standard: 'yang', words: ['yang'], class: 'abbrev' },
    ]);
    expect(SLANG_LEXICON_DATA.length).toBeGreaterThan(0);
  });
});

describe('slang lexicon spot checks per class', () => {
  const cases: [SlangClass, string, string][] = [
    ['abbrev', 'yg', 'yang'],
    ['abbrev', 'bgt', 'banget'],
    ['abbrev', 'gpp', 'tidak apa apa'],
    ['abbrev', 'ongkir', 'ongkos kirim'],
    ['informal', 'gak', 'tidak'],
    ['informal', 'nggak', 'tidak'],
    ['informal', 'engga', 'tidak'],
    ['informal', 'ngeselin', 'menyebalkan'],
    ['informal', 'kadaluarsa', 'kedaluwarsa'],
    ['slang', 'mantul', 'mantap betul'],
    ['slang', 'mager', 'malas gerak'],
    ['slang', 'baper', 'bawa perasaan'],
    ['english', 'u', 'you'],
    ['english', 'gr8', 'great'],
    ['english', 'idk', 'i do not know'],
    ['english', "don't", 'do not'],
    ['regional', 'ora', 'tidak'],
    ['regional', 'piye', 'bagaimana'],
    ['regional', 'kumaha', 'bagaimana'],
    ['religious', 'insyallah', 'insyaallah'],
    ['religious', 'aamiin', 'amin'],
    ['profanity', 'anjir', 'anjing'],
    ['profanity', 'anjay', 'anjing'],
    ['profanity', 'njir', 'anjing'],
    ['profanity', 'gblk', 'goblok'],
    ['profanity', 'wtf', 'what the fuck'],
  ];
  it.each(cases)('%s: %s → %s', (cls, slang, standard) => {
    const entry = lookupSlang(slang);
    expect(entry?.standard).toBe(standard);
    expect(entry?.class).toBe(cls);
  });
});
