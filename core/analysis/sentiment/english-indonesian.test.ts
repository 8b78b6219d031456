import { describe, expect, it } from 'vitest';
import { ENGLISH_INDONESIAN, glossaryEntries, lookUpEnglish, renderEnglishAsIndonesian } from './english-indonesian';

describe('the English → Indonesian glossary', () => {
  it('has a few hundred well-formed entries, each English side once', () => {
    const entries = glossaryEntries();
    expect(entries.length).toBeGreaterThan(500);
    expect(entries.length).toBeLessThan(1600);
    for (const [english, indonesian] of entries) {
      expect(english).toMatch(/^[a-z][a-z'-]*( [a-z][a-z'-]*)?$/);
      expect(indonesian).toMatch(/^[a-z]+( [a-z]+)*$/);
    }
    const seen = new Set<string>();
    const repeated = entries.filter(([english]) => seen.has(english) || !seen.add(english));
    expect(repeated).toEqual([]);
    expect(ENGLISH_INDONESIAN.size).toBe(entries.length);
  });

  it('covers core sentiment words', () => {
    expect(ENGLISH_INDONESIAN.get('bad')).toEqual(['buruk']);
    expect(ENGLISH_INDONESIAN.get('never')).toEqual(['tidak', 'pernah']);
    expect(ENGLISH_INDONESIAN.get('delicious')).toEqual(['enak']);
  });

  it('looks up plain inflections', () => {
    expect(lookUpEnglish('delays')).toEqual(['keterlambatan']);
    expect(lookUpEnglish('crashing')).toEqual(['crash']);
    expect(lookUpEnglish('xyzzy')).toBeUndefined();
  });

  it('renders word by word, phrases first, carrying clause breaks', () => {
    const rendering = renderEnglishAsIndonesian(['the', 'food', 'was', 'not', 'good', 'customer', 'service', 'is', 'rude'], [5]);
    expect(rendering.words).toEqual(['makanan', 'tadinya', 'tidak', 'bagus', 'layanan', 'pelanggan', 'adalah', 'kasar']);
    expect(rendering.breaks).toEqual([4]);
  });
});
