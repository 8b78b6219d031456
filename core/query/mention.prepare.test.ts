import { describe, expect, it } from 'vitest';
import { prepareMention } from './mention.prepare';

describe('prepareMention', () => {
  const prepared = prepareMention({
    text: 'Indomienya ENAK! #IndomieSeleraku cc @Budi.S HP-nya café',
    platform: 'Instagram',
    language: 'in',
    authorHandle: '@Siti_A',
  });

  it('indexes words, their clitic-stripped and hyphen-joined forms, hashtags and handles', () => {
    for (const term of ['indomienya', 'indomie', 'enak', '#indomieseleraku', '@budi.s', 'hp', 'hpnya', 'cafe']) {
      expect(prepared.terms.has(term)).toBe(true);
    }
  });

  it('keeps the words in reading order for phrases', () => {
    expect(prepared.words).toEqual(['indomienya', 'enak', 'indomieseleraku', 'cc', 'budi', 's', 'hp', 'cafe']);
  });

  it('keeps hashtags and handles in reading order for prefix terms', () => {
    expect(prepared.tags).toEqual(['#indomieseleraku', '@budi.s']);
  });

  it('normalises the filter fields once', () => {
    expect(prepared.fields).toEqual({ lang: 'id', platform: 'instagram', author: 'siti_a' });
  });

  it('uses null for absent or blank fields', () => {
    expect(prepareMention({ text: 'x', platform: 'x', language: null, authorHandle: '  ' }).fields).toEqual({
      lang: null,
      platform: 'x',
      author: null,
    });
    expect(prepareMention({ text: 'x', platform: 'x' }).fields.author).toBeNull();
  });

  it('handles an empty text', () => {
    const empty = prepareMention({ text: '', platform: 'x' });
    expect(empty.terms.size).toBe(0);
    expect(empty.words).toEqual([]);
  });
});
