import { describe, expect, it } from 'vitest';
import { checkTone } from './check-tone';
import type { ToneContext } from './tone.types';

function mismatch(text: string, answering: ToneContext['answering']) {
  return checkTone(text, { answering }).find((f) => f.rule === 'language_mismatch');
}

describe('language mismatch', () => {
  it('warns when an Indonesian mention is answered in English', () => {
    const finding = mismatch('Thank you for letting us know, we are checking your order now.', {
      text: 'Min, pesanan saya kok belum dikirim ya?',
    });
    expect(finding?.severity).toBe('warn');
    expect(finding?.explanation).toEqual({ key: 'tone.language_mismatch.explanation_id', params: { expected: 'id', found: 'en' } });
  });

  it('warns when an English mention is answered in Indonesian', () => {
    const finding = mismatch('Terima kasih sudah mengabari, pesanan Kakak sedang kami cek.', { language: 'en' });
    expect(finding?.explanation.params).toEqual({ expected: 'en', found: 'id' });
  });

  it('answers a regional language in Indonesian without a warning', () => {
    expect(mismatch('Mohon maaf Kak, pesanan sedang kami cek sekarang.', { language: 'jv' })).toBeUndefined();
  });

  it('stays quiet when the languages match, the draft is too short or the mention unclear', () => {
    expect(mismatch('Terima kasih sudah mengabari, pesanan sedang kami cek.', { language: 'id' })).toBeUndefined();
    expect(mismatch('Thanks!', { language: 'id' })).toBeUndefined();
    expect(mismatch('Thank you for letting us know, we are checking your order now.', { text: '👍👍' })).toBeUndefined();
  });
});
