import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitSearchTerms, toFts5Query } from './search';

describe('splitSearchTerms', () => {
  it('splits words on anything that is not a letter or digit', () => {
    expect(splitSearchTerms('indomie, goreng!  rasa-baru 2026')).toEqual({
      phrases: [],
      words: ['indomie', 'goreng', 'rasa', 'baru', '2026'],
    });
  });

  it('keeps quoted phrases together and the other words apart', () => {
    expect(splitSearchTerms('kecewa "mie instan" pelayanan')).toEqual({ phrases: ['mie instan'], words: ['kecewa', 'pelayanan'] });
  });

  it('keeps letters with diacritics and non-Latin scripts', () => {
    expect(splitSearchTerms('café naïve 東京')).toEqual({ phrases: [], words: ['café', 'naïve', '東京'] });
  });

  it('drops empty phrases and an unclosed quote', () => {
    expect(splitSearchTerms('"" "!!" promo')).toEqual({ phrases: [], words: ['promo'] });
    expect(splitSearchTerms('"mie instan')).toEqual({ phrases: [], words: ['mie', 'instan'] });
  });
});

describe('toFts5Query', () => {
  it('makes words of three letters or more into prefixes, so suffixes such as -nya still match', () => {
    expect(toFts5Query('kecewa')).toBe('"kecewa"*');
    expect(toFts5Query('mie enak')).toBe('"mie"* "enak"*');
  });

  it('matches words shorter than three letters exactly', () => {
    expect(toFts5Query('di ya')).toBe('"di" "ya"');
  });

  it('matches phrases as phrases, first', () => {
    expect(toFts5Query('pelayanan "mie instan"')).toBe('"mie instan" "pelayanan"*');
  });

  it('returns null when there is nothing to search for', () => {
    expect(toFts5Query('')).toBeNull();
    expect(toFts5Query('   ')).toBeNull();
    expect(toFts5Query('*"() - :^')).toBeNull();
  });

  it('never passes FTS5 operators or syntax through', () => {
    const query = toFts5Query('indomie OR NOT text:iklan* NEAR(a b) ^awal "tanda " kutip');
    expect(query).toBe('"tanda" "indomie"* "OR" "NOT"* "text"* "iklan"* "NEAR"* "a" "b" "awal"* "kutip"*');
  });
});

describe('toFts5Query against a real FTS5 index', () => {
  let db: SqliteDatabase.Database;
  const search = (input: string) => {
    const query = toFts5Query(input);
    if (!query) return [];
    return db
      .prepare('select rowid as id from docs where docs match ? order by rowid')
      .all(query)
      .map((r) => (r as { id: number }).id);
  };

  beforeAll(() => {
    db = new SqliteDatabase(':memory:');
    db.exec(`create virtual table docs using fts5(text, tokenize="unicode61 remove_diacritics 2")`);
    const insert = db.prepare('insert into docs(rowid, text) values (?, ?)');
    insert.run(1, 'Saya kecewanya bukan main sama pelayanan toko ini');
    insert.run(2, 'Mie instan rasa baru enak sekali');
    insert.run(3, 'Instan sekali pengirimannya, mie datang cepat');
    insert.run(4, 'Tidak ada keluhan, OR AND NOT semua baik');
  });
  afterAll(() => db.close());

  it('finds a word with an Indonesian suffix from its root', () => {
    expect(search('kecewa')).toEqual([1]);
  });

  it('requires every word and keeps phrases in order', () => {
    expect(search('mie instan')).toEqual([2, 3]);
    expect(search('"mie instan"')).toEqual([2]);
  });

  it('treats operator words and syntax characters in input as plain text instead of failing', () => {
    expect(() => search('"unclosed ( NEAR * : ^ - OR')).not.toThrow();
    expect(search('NOT')).toEqual([4]);
    expect(search('mie OR kecewa')).toEqual([]);
    expect(search('text:kecewa')).toEqual([]);
  });
});
