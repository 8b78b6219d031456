import { describe, expect, it } from 'vitest';
import { prepareMention } from './mention.prepare';
import type { MatchableMention } from './mention.types';
import { compileWatchQuery, matchWatchQuery } from './watch-query.compiler';
import { WatchQuerySyntaxError } from './watch-query.errors';
import { parseWatchQuery } from './watch-query.parser';

function mention(text: string, extra: Partial<MatchableMention> = {}): MatchableMention {
  return { text, platform: 'twitter', language: 'id', authorHandle: 'someone', ...extra };
}

/** Whether `query` matches a mention with `text` (and optional other fields). */
function matches(query: string, text: string, extra: Partial<MatchableMention> = {}): boolean {
  return matchWatchQuery(query, mention(text, extra));
}

describe('matching words', () => {
  it('ignores case on both sides', () => {
    expect(matches('INDOMIE', 'indomie enak')).toBe(true);
    expect(matches('indomie', 'INDOMIE ENAK')).toBe(true);
  });

  it('ignores accents on both sides', () => {
    expect(matches('cafe', 'Ngopi di Café dulu')).toBe(true);
    expect(matches('café', 'ngopi di cafe')).toBe(true);
    expect(matches('cafe', 'ngopi di cafe\u0301')).toBe(true);
  });

  it('matches whole words only', () => {
    expect(matches('mie', 'indomie enak')).toBe(false);
    expect(matches('indo', 'indomie')).toBe(false);
  });

  it('splits the text on punctuation', () => {
    expect(matches('indomie', 'beli:indomie,enak!')).toBe(true);
    expect(matches('enak', '(indomie)enak...')).toBe(true);
  });

  it('finds a word inside a hashtag or handle of the same word', () => {
    expect(matches('indomie', 'makan #indomie')).toBe(true);
    expect(matches('indomie', 'halo @indomie')).toBe(true);
  });
});

describe('matching Indonesian clitics', () => {
  it.each([
    ['indomie', 'indomienya enak'],
    ['indomie', 'indomielah yang terbaik'],
    ['kenapa', 'kenapakah harganya naik'],
    ['siapa', 'siapapun suka'],
    ['indomie', 'indomieku habis'],
    ['indomie', 'indomiemu mana'],
  ])('finds %s in "%s"', (query, text) => {
    expect(matches(query, text)).toBe(true);
  });

  it('finds a word under a possessive and a particle together', () => {
    expect(matches('indomie', 'indomienyalah juaranya')).toBe(true);
    expect(matches('indomienya', 'indomienyalah juaranya')).toBe(true);
  });

  it('finds a word before a hyphenated clitic', () => {
    expect(matches('indomie', 'indomie-nya enak')).toBe(true);
    expect(matches('indomie', 'Indomie-Nyalah!')).toBe(true);
  });

  it('finds short words before a hyphenated clitic, where the hyphen marks the boundary', () => {
    expect(matches('hp', 'HP-nya rusak lagi')).toBe(true);
    expect(matches('xl', 'sinyal XL-nya hilang')).toBe(true);
  });

  it('strips only when at least three letters remain', () => {
    expect(matches('ku', 'kulah')).toBe(false);
    expect(matches('bu', 'buku baru')).toBe(false);
    expect(matches('xl', 'xlnya lemot')).toBe(false);
    expect(matches('dia', 'dialah orangnya')).toBe(true);
  });

  it('does not strip the query', () => {
    expect(matches('indomienya', 'indomie enak')).toBe(false);
  });

  it('does not take another word starting with the query for a clitic form', () => {
    expect(matches('indomie', 'indomienyaman')).toBe(false);
    expect(matches('indomie', 'indomie-nyaman')).toBe(true);
  });
});

describe('matching phrases', () => {
  it('matches consecutive words, ignoring punctuation between them', () => {
    expect(matches('"mie goreng"', 'enaknya mie goreng ini')).toBe(true);
    expect(matches('"mie goreng"', 'mie, goreng')).toBe(true);
  });

  it('does not match the words apart or in another order', () => {
    expect(matches('"mie goreng"', 'mie rebus dan nasi goreng')).toBe(false);
    expect(matches('"mie goreng"', 'goreng mie')).toBe(false);
  });

  it('tolerates clitics on every word of the phrase', () => {
    expect(matches('"indomie enak"', 'indomienya enaklah')).toBe(true);
    expect(matches('"indomie enak"', 'indomie-nya enak')).toBe(true);
  });

  it('finds the phrase after a false start', () => {
    expect(matches('"mie goreng"', 'mie mie goreng')).toBe(true);
    expect(matches('"a b a c"', 'a b a b a c')).toBe(true);
  });

  it('matches a hyphenated query word as a phrase', () => {
    expect(matches('coca-cola', 'minum Coca Cola')).toBe(true);
    expect(matches('coca-cola', 'minum coca-cola')).toBe(true);
    expect(matches('coca-cola', 'cola coca')).toBe(false);
  });

  it('matches a one-word phrase like the word', () => {
    expect(matches('"indomie"', 'indomienya')).toBe(true);
  });
});

describe('matching hashtags and handles', () => {
  it('matches a hashtag case-insensitively', () => {
    expect(matches('#IndomieSeleraku', 'mantap #indomieseleraku')).toBe(true);
    expect(matches('#indomieseleraku', 'mantap #INDOMIESELERAKU')).toBe(true);
  });

  it('does not match the plain word for a hashtag query', () => {
    expect(matches('#indomie', 'indomie enak')).toBe(false);
  });

  it('matches a hashtag prefix', () => {
    expect(matches('#indomie*', '#IndomieSeleraku')).toBe(true);
    expect(matches('#indomie*', 'indomieseleraku')).toBe(false);
  });

  it('matches a handle mentioned in the text', () => {
    expect(matches('@indomie', 'halo @Indomie, kok naik?')).toBe(true);
    expect(matches('@budi.santoso', 'cc @budi.santoso.')).toBe(true);
  });

  it('matches a handle that wrote the mention', () => {
    expect(matches('@indomie', 'promo hari ini', { authorHandle: 'Indomie' })).toBe(true);
    expect(matches('@indomie', 'promo hari ini', { authorHandle: '@indomie' })).toBe(true);
  });

  it('does not match a handle query on the plain word', () => {
    expect(matches('@indomie', 'indomie enak')).toBe(false);
  });

  it('matches a handle prefix in the text or the author', () => {
    expect(matches('@budi*', 'cc @budi_99')).toBe(true);
    expect(matches('@budi*', 'halo', { authorHandle: 'budiman' })).toBe(true);
    expect(matches('@budi*', 'halo', { authorHandle: null })).toBe(false);
  });
});

describe('matching filters', () => {
  it('filters on language', () => {
    expect(matches('indomie lang:id', 'indomie', { language: 'id' })).toBe(true);
    expect(matches('indomie lang:id', 'indomie', { language: 'en' })).toBe(false);
    expect(matches('lang:id', 'indomie', { language: 'in' })).toBe(true);
  });

  it('does not match a language filter when the language is unknown', () => {
    expect(matches('lang:id', 'indomie', { language: null })).toBe(false);
    expect(matches('indomie -lang:en', 'indomie', { language: null })).toBe(true);
  });

  it('filters on platform, case-insensitively', () => {
    expect(matches('platform:instagram', 'x', { platform: 'Instagram' })).toBe(true);
    expect(matches('platform:instagram', 'x', { platform: 'tiktok' })).toBe(false);
  });

  it('filters on the author handle only, not on mentions of it', () => {
    expect(matches('author:budi', 'x', { authorHandle: '@Budi' })).toBe(true);
    expect(matches('author:budi', 'cc @budi', { authorHandle: 'siti' })).toBe(false);
  });

  it('compares quoted filter values', () => {
    expect(matches('platform:"google play"', 'x', { platform: 'Google Play' })).toBe(true);
  });
});

describe('matching prefixes', () => {
  it('matches any word starting with the prefix', () => {
    expect(matches('indo*', 'Indonesia juara')).toBe(true);
    expect(matches('indo*', 'makan indomie')).toBe(true);
    expect(matches('indo*', 'mindo')).toBe(false);
  });

  it('matches a prefix inside a hashtag word', () => {
    expect(matches('indomie*', '#IndomieSeleraku')).toBe(true);
  });
});

describe('matching boolean structure', () => {
  it('applies AND, OR and NOT', () => {
    const query = 'indomie (enak OR mantap) -pedas';
    expect(matches(query, 'indomie enak')).toBe(true);
    expect(matches(query, 'indomie mantap')).toBe(true);
    expect(matches(query, 'indomie enak tapi pedas')).toBe(false);
    expect(matches(query, 'indomie saja')).toBe(false);
  });

  it('applies precedence: NOT before AND before OR', () => {
    expect(matches('a OR b c', 'a')).toBe(true);
    expect(matches('a OR b c', 'b')).toBe(false);
    expect(matches('NOT a b', 'b')).toBe(true);
    expect(matches('NOT a b', 'a b')).toBe(false);
  });

  it('treats lower-case and/or/not as words that must be present', () => {
    expect(matches('mie and telur', 'mie telur')).toBe(false);
    expect(matches('mie and telur', 'mie and telur')).toBe(true);
  });

  it('gives the same answer whatever order AND and OR children are evaluated in', () => {
    const text = 'indomie enak di instagram';
    expect(matches('"indomie enak" platform:twitter', text)).toBe(matches('platform:twitter "indomie enak"', text));
    expect(matches('indo* OR mie', text)).toBe(matches('mie OR indo*', text));
  });
});

describe('compileWatchQuery', () => {
  it('compiles once and runs on many prepared mentions', () => {
    const parsed = parseWatchQuery('#indomie OR "mie goreng"');
    if (!parsed.ok) throw new Error(parsed.error.message);
    const matcher = compileWatchQuery(parsed.query);
    const texts = ['#indomie', 'mie goreng', 'mie rebus', ''];
    expect(texts.map((text) => matcher(prepareMention(mention(text))))).toEqual([true, true, false, false]);
  });
});

describe('matchWatchQuery', () => {
  it('throws a WatchQuerySyntaxError carrying the error', () => {
    expect(() => matches('indomie AND', 'indomie')).toThrow(WatchQuerySyntaxError);
    expect(() => matches('indomie AND', 'indomie')).toThrow('Expected a word, phrase or "(" after AND at position 11');
  });
});
