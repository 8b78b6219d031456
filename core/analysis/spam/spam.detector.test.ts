import { describe, expect, it } from 'vitest';
import { detectSpam } from './spam.detector';

const check = (text: string) => detectSpam(undefined, text);

describe('detectSpam', () => {
  it('passes ordinary complaints, even with a phone number, a promo word or one link', () => {
    for (const text of [
      'paket saya belum sampai, tolong dicek',
      'wa saya 081234567890 kok gak dibalas cs',
      'promo nya gak berlaku di outlet, gimana sih',
      'akun fb saya dibajak, tolong bantu',
      'wd saldo gagal terus dari kemarin',
      'slot pengiriman hari ini penuh',
      'diteror pinjol padahal gak pernah pinjam',
      'ini buktinya https://t.co/abc',
      'ga bisa follow akun resminya',
    ]) {
      expect(check(text).spam, text).toBe(false);
    }
  });

  it.each([
    ['slot gacor hari ini maxwin', 'gambling'],
    ['depo 10rb langsung wd, bonus jackpot', 'gambling'],
    ['PROMO diskon 50% ready stock', 'promotional'],
    ['klik link di bio kak', 'call-to-action'],
    ['dm for price', 'call-to-action'],
    ['follow back dong kak', 'follow-bait'],
    ['GIVEAWAY! follow, like dan tag 3 teman', 'giveaway'],
    ['cek http://a.com http://b.com http://c.com', 'many-urls'],
    ['#a #b #c #d #e #f #g #h #i #j #k', 'many-hashtags'],
    ['beli beli beli beli beli beli beli beli', 'repeated-words'],
  ])('flags %s (%s)', (text, reason) => {
    const verdict = check(text);
    expect(verdict.spam).toBe(true);
    expect(verdict.reasons).toContain(reason);
  });

  it('adds up weaker signals: promo words with a phone number', () => {
    const verdict = check('PROMO diskon 50% order via WA 0812-3456-7890');
    expect(verdict.spam).toBe(true);
    expect(verdict.reasons).toEqual(expect.arrayContaining(['promotional', 'phone-number']));
  });

  it('reports weak signals without calling the text spam', () => {
    expect(check('cek https://bit.ly/abc')).toEqual({ spam: false, reasons: ['url-shortener'] });
    expect(check('@a @b @c @d @e @f halo')).toEqual({ spam: false, reasons: ['many-handles'] });
    expect(check('aaaaaaaaaaaaaaaaaaaa')).toEqual({ spam: false, reasons: ['repeated-chars'] });
  });

  it('reads the normalised words when given (slang already expanded)', () => {
    const normalised = { tokens: [], words: ['slot', 'gacor', 'hari', 'ini'], signals: [] };
    expect(detectSpam(normalised, 'SLOT G4C0R hari ini').reasons).toContain('gambling');
  });

  it('lists the strongest reason first', () => {
    expect(check('slot gacor, cek https://bit.ly/x').reasons[0]).toBe('gambling');
  });
});
