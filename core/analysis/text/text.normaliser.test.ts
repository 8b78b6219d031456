import { describe, expect, it } from 'vitest';
import { normaliseText } from './text.normaliser';

function words(text: string): string {
  return normaliseText(text).words.join(' ');
}

describe('normaliseText', () => {
  it('lower-cases and strips accents', () => {
    expect(words('CAFÉ Enak')).toBe('cafe enak');
  });

  it('leaves handles, URLs and punctuation out of the words', () => {
    expect(words('@IndomieID kok gini?! https://t.co/x www.a.com')).toBe('kok begini');
  });

  it('splits camel-case hashtags and keeps them as hashtag tokens', () => {
    const result = normaliseText('#KecewaBerat #SaveKPKNow #indomie_enak');
    expect(result.words).toEqual(['kecewa', 'berat', 'save', 'kpk', 'now', 'indomie', 'enak']);
    expect(result.tokens.map((token) => token.norm)).toEqual(['#kecewaberat', '#savekpknow', '#indomie_enak']);
  });

  it('segments all-lower-case hashtags into known words, and expands slang inside them', () => {
    expect(words('#kecewaberat')).toBe('kecewa berat');
    expect(words('#gakmaulagi')).toBe('tidak mau lagi');
  });

  it('keeps an all-lower-case hashtag whole when it cannot be covered by known words', () => {
    expect(words('#tokopedia #xyzqwerty')).toBe('tokopedia xyzqwerty');
  });

  it('puts emoji and emoticons into signals, not words', () => {
    const result = normaliseText('parah 😡😡 :( 👍🏽 :-)');
    expect(result.words).toEqual(['parah']);
    expect(result.signals).toEqual(['😡', '😡', ':(', '👍', ':)']);
  });

  it('reads laughter as one word', () => {
    expect(words('wkwkwk hahahaha awokawok xixixi WKWKWKWK')).toBe('haha haha haha haha haha');
  });

  it('squeezes runs of three or more letters to the known form', () => {
    expect(words('bangettt maaaaaf sakiiiit tungguuuu kerennnn')).toBe('banget maaf sakit tunggu keren');
  });

  it('keeps legitimate double letters', () => {
    expect(words('maaf saat tunggu sakit')).toBe('maaf saat tunggu sakit');
  });

  it('squeezes an unknown word to single letters and drops an emphatic doubled last letter', () => {
    expect(words('tokopediaaaa bangett kerenn')).toBe('tokopedia banget keren');
  });

  it('undoes leetspeak when it yields a known word', () => {
    expect(words('b4ik s4y4 g0bl0k')).toBe('baik saya goblok');
  });

  it('keeps digits in words that are not leetspeak', () => {
    expect(words('covid19 mp3')).toBe('covid19 mp3');
  });

  it('reads amounts with units', () => {
    expect(words('50rb 2jt')).toBe('50 ribu 2 juta');
  });

  it('reduces reduplication, written with a 2 or a hyphen', () => {
    expect(words('kecewa2 kecewa-kecewa anak2nya')).toBe('kecewa kecewa anak nya');
  });

  it('keeps reduplications with their own meaning', () => {
    expect(words('hati-hati hati2 kupu-kupu')).toBe('hati-hati hati-hati kupu-kupu');
  });

  it('splits other hyphenated words into their parts', () => {
    expect(words('anti-korupsi')).toBe('anti korupsi');
  });

  it('splits possessive clitics and particles', () => {
    expect(words('makanannya rumahku bukumu dialah apakah rumahnyalah')).toBe('makanan nya rumah ku buku mu dia lah apakah rumah nya lah');
    expect(words('indomienya hp-nya')).toBe('indomie nya hp nya');
  });

  it('does not break words that only look like they end in a clitic', () => {
    expect(words('punya hanya tanya sekolah salah masalah buku kuku ilmu walaupun langkah')).toBe(
      'punya hanya tanya sekolah salah masalah buku kuku ilmu walaupun langkah',
    );
  });

  it('splits the proclitics ku- and kau- only before a known word', () => {
    expect(words('kutunggu kauambil kurang kuning kucing')).toBe('ku tunggu kau ambil kurang kuning kucing');
  });

  it('expands slang, including multi-word expansions', () => {
    expect(words('gak ga nggak engga bgt mantul gpp')).toBe('tidak tidak tidak tidak banget mantap betul tidak apa apa');
  });

  it('expands slang after squeezing and clitic splitting', () => {
    expect(words('gakkk temennya')).toBe('tidak teman nya');
  });

  it('expands English text-speak and contractions', () => {
    expect(words("idk u r gr8 don't it's")).toBe('i do not know you r great do not it is');
  });

  it('normalises profanity variants to the plain form', () => {
    expect(words('ANJIRRR anjay njir b4ngs4t')).toBe('anjing anjing anjing bangsat');
  });

  it('keeps numbers as words', () => {
    expect(words('antri 3 jam, harga 10.000')).toBe('antri 3 jam harga 10.000');
  });

  it('records boundaries between sentences, lines, links, emoji and hashtags', () => {
    const result = normaliseText('makanan basi. pelayanan buruk\nlama 😡 banget #KecewaBerat lagi');
    expect(result.words).toEqual(['makanan', 'basi', 'pelayanan', 'buruk', 'lama', 'banget', 'kecewa', 'berat', 'lagi']);
    expect(result.breaks).toEqual([2, 4, 5, 6, 8]);
  });

  it('is empty for empty text', () => {
    expect(normaliseText('')).toEqual({ tokens: [], words: [], signals: [], breaks: [] });
  });

  it('handles long runs without slowing down', () => {
    const long = `${'a'.repeat(5000)} ${'wk'.repeat(2000)} ${'!'.repeat(3000)}`;
    expect(normaliseText(long).words).toEqual(['a', 'haha']);
  });
});
