import { describe, expect, it } from 'vitest';
import { tokenizeText } from './text.tokenizer';

function kinds(text: string): string[] {
  return tokenizeText(text).map((token) => `${token.kind}:${token.norm}`);
}

describe('tokenizeText', () => {
  it('types words, handles, hashtags, URLs and punctuation', () => {
    expect(kinds('Halo @Budi.Santoso, cek https://t.co/AbC!! #Promo')).toEqual([
      'word:halo',
      'handle:@budi.santoso',
      'punct:,',
      'word:cek',
      'url:https://t.co/abc',
      'punct:!',
      'hashtag:#promo',
    ]);
  });

  it('keeps the raw text of every token', () => {
    expect(tokenizeText('MAAAF #KecewaBerat').map((token) => token.raw)).toEqual(['MAAAF', '#KecewaBerat']);
  });

  it('reads bare domains and www links as URLs, but not words joined by a full stop', () => {
    expect(kinds('lihat bit.ly/x1 www.toko.id/a. enak.banget')).toEqual([
      'word:lihat',
      'url:bit.ly/x1',
      'url:www.toko.id/a',
      'punct:.',
      'word:enak',
      'punct:.',
      'word:banget',
    ]);
  });

  it('does not take an e-mail address for a handle', () => {
    expect(kinds('budi@mail.com').some((token) => token.startsWith('handle'))).toBe(false);
  });

  it('keeps emoji sequences whole and folds skin tones', () => {
    const tokens = tokenizeText('👍🏽👨‍👩‍👧🇮🇩1️⃣❤️');
    expect(tokens.map((token) => token.kind)).toEqual(['emoji', 'emoji', 'emoji', 'emoji', 'emoji']);
    expect(tokens.map((token) => token.norm)).toEqual(['👍', '👨‍👩‍👧', '🇮🇩', '1️⃣', '❤']);
  });

  it('finds emoticons with canonical forms, but not inside words or times', () => {
    expect(kinds(':-) :((( :V xD <3 T_T')).toEqual([
      'emoticon::)',
      'emoticon::(',
      'emoticon::v',
      'emoticon:xD',
      'emoticon:<3',
      'emoticon:T_T',
    ]);
    expect(kinds('jam 10:30').some((token) => token.startsWith('emoticon'))).toBe(false);
    expect(kinds('xDaftar')).toEqual(['word:xdaftar']);
  });

  it('reads numbers with separators as numbers, mixed forms as words', () => {
    expect(kinds('10.000 3,5 50rb #1')).toEqual(['number:10.000', 'number:3,5', 'word:50rb', 'punct:#', 'number:1']);
    expect(kinds('harga 10.000')).toEqual(['word:harga', 'number:10.000']);
  });

  it('reads rupiah written against the amount as the currency and the amount', () => {
    expect(kinds('Rp10.000 rp25.000,00')).toEqual(['word:rp', 'number:10.000', 'word:rp', 'number:25.000,00']);
    expect(kinds('rp10k')).toEqual(['word:rp', 'word:10k']);
    expect(kinds('rpg rp')).toEqual(['word:rpg', 'word:rp']);
    expect(kinds('harp10')).toEqual(['word:harp10']);
  });

  it('reads ©, ® and ™ as text unless an emoji is asked for', () => {
    expect(kinds('Siaga® ©2026 Kopi™').some((token) => token.startsWith('emoji'))).toBe(false);
    expect(kinds('©\uFE0F')).toEqual(['emoji:©']);
  });

  it('joins hyphenated and apostrophe words into one token', () => {
    expect(kinds("kecewa-kecewa don't hp-nya")).toEqual(['word:kecewa-kecewa', "word:don't", 'word:hp-nya']);
  });

  it('gives a word token its folded, squeezed, de-leeted surface form', () => {
    expect(kinds('BANGETTT Café b4ik')).toEqual(['word:banget', 'word:cafe', 'word:baik']);
  });

  it('handles empty and whitespace-only text', () => {
    expect(tokenizeText('')).toEqual([]);
    expect(tokenizeText(' \n\t\u200b ')).toEqual([]);
  });
});
